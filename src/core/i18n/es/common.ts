import type { Translation } from '../catalog.js';
import type en from '../en/common.js';

/** Spanish strings of the common catalog (../common.ts). */
const es: Translation<typeof en> = {
  configMissing: (names: string) =>
    `Este servicio no está configurado correctamente. Datos faltantes: ${names}. Comuníquese con el equipo del sitio web de la ciudad.`,
  configInvalidApi:
    'Este servicio no está configurado correctamente: la dirección web del servicio de facturación no es válida. Comuníquese con el equipo del sitio web de la ciudad.',
  loading: 'Cargando…',
  retry: 'Intentar de nuevo',
  close: 'Cerrar',
  errorNetwork: 'No pudimos comunicarnos con el servicio de facturación. Revise su conexión e inténtelo de nuevo.',
  errorTimeout: 'El servicio de facturación tardó demasiado en responder. Inténtelo de nuevo.',
  errorServer: 'El servicio de facturación tuvo un problema. Inténtelo de nuevo en unos minutos.',
  errorInvalidResponse: 'El servicio de facturación envió una respuesta que no pudimos leer. Inténtelo más tarde.',
  errorUnknownTenant: 'No encontramos esta ciudad en el servicio de facturación. Comuníquese con la ciudad.',
  errorOriginNotAllowed:
    'Esta página todavía no está configurada para usar el servicio de facturación de la ciudad. Comuníquese con el equipo del sitio web de la ciudad.',
  errorRateLimited: (wait: string) => `Por su seguridad, esto está en pausa. Podrá intentarlo de nuevo en ${wait}.`,
  waitSeconds: (seconds: number) => (seconds === 1 ? '1 segundo' : `${seconds} segundos`),
  waitMinutes: (minutes: number) => (minutes === 1 ? '1 minuto' : `${minutes} minutos`),
  securityCheck: 'Haciendo una breve verificación de seguridad…',
  errorSecurityCheck: 'La verificación de seguridad no terminó. Inténtelo de nuevo.',
  errorGeneric: 'Algo salió mal. Inténtelo de nuevo.',
};

export default es;
