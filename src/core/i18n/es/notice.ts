import type { Translation } from '../catalog.js';
import type en from '../en/notice.js';

/** Spanish strings of the notice catalog (../notice.ts). */
const es: Translation<typeof en> = {
  contents: 'Contenido',
  signalsHeading: 'Señales de privacidad',
  signalsGpc:
    'Respetamos la señal Control Global de Privacidad: mientras su navegador la envíe, las cookies opcionales permanecen desactivadas a menos que usted las active.',
  dntHonoured: 'Tratamos la señal No Rastrear de la misma manera.',
  dntIgnored: 'No respondemos a la señal No Rastrear.',
  noticeError: 'No se pudo mostrar el aviso de privacidad.',
  leavingTitle: 'Está saliendo de este sitio',
  leavingBody: (host: string) =>
    `No controlamos ${host}. Las políticas de privacidad y seguridad de ese sitio pueden ser distintas de las nuestras.`,
  configAllow: 'Esta página indica un sitio que no necesita aviso con algo que no es una dirección web.',
  continue: 'Continuar',
  stay: 'Quedarse',
};

export default es;
