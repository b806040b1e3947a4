import type { Translation } from '../catalog.js';
import type en from '../en/sessions.js';

/** Spanish strings of the sessions catalog (../sessions.ts). */
const es: Translation<typeof en> = {
  sessionsTitle: 'Dónde tiene la sesión iniciada',
  sessionsIntro:
    'Estos navegadores tienen la sesión iniciada en su cuenta. Si no reconoce alguno, cierre la sesión en todos los demás.',
  signInPrompt: 'Inicie sesión para ver dónde tiene la sesión iniciada.',
  browserOnSystem: (browser: string, system: string) => `${browser} en ${system}`,
  unknownBrowser: 'Navegador desconocido',
  thisBrowser: 'Este navegador, en uso ahora',
  lastUsed: (when: string) => `Último uso: ${when}`,
  signedInAt: (when: string) => `Inicio de sesión: ${when}`,
  onlyHere: 'No tiene la sesión iniciada en ningún otro lugar.',
  signOutOthers: 'Cerrar la sesión en todos los demás',
  confirmQuestion: (count: number) =>
    count === 1
      ? '¿Cerrar la sesión en el otro navegador? Aquí seguirá con la sesión iniciada.'
      : `¿Cerrar la sesión en los otros ${count} navegadores? Aquí seguirá con la sesión iniciada.`,
  confirmSignOut: 'Sí, cerrar esas sesiones',
  cancel: 'Cancelar',
  signingOut: 'Cerrando la sesión…',
  signedOutOthers: (count: number) =>
    count === 0
      ? 'No había otro navegador con la sesión iniciada.'
      : count === 1
        ? 'Se cerró la sesión en 1 navegador más.'
        : `Se cerró la sesión en otros ${count} navegadores.`,
  signOutFailed: 'No se cerró la sesión en los otros navegadores.',
};

export default es;
