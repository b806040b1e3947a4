import type { Translation } from '../catalog.js';
import type en from '../en/audit.js';

/** Spanish strings of the consent check (src/consent/audit-panel.ts). */
const es: Translation<typeof en> = {
  title: 'Revisión del consentimiento',
  intro:
    'Lo que esta página retiene hasta la elección de cookies y lo que carga sin preguntar. Solo lo ve quien añade ?civicpay-audit a la dirección.',
  gatedCaption: 'Scripts y marcos retenidos',
  ungatedCaption: 'No retenidos: scripts, marcos y píxeles que cargan desde otro sitio o escriben cookies',
  element: 'Elemento',
  categories: 'Categorías',
  ran: 'Se ejecutó',
  why: 'Por qué no, o qué corregir',
  kind: 'Tipo',
  found: 'Lo encontrado',
  yes: 'Sí',
  no: 'No',
  none: 'Ninguno.',
  waiting: (categories: string) => `Espera el consentimiento para: ${categories}.`,
  unknownCategory: (names: string) => `Categoría desconocida "${names}": use functional, analytics o marketing.`,
  blocked: (directive: string) => `La Content-Security-Policy de la página (${directive}) lo detuvo.`,
  failed: 'Su archivo no se cargó.',
  pending: 'Está por ejecutarse.',
  notTextPlain: 'No tiene type="text/plain", así que se ejecutó sin esperar el consentimiento.',
  badUrl: 'Su dirección no es http(s), así que nunca se carga.',
  otherSite: (origin: string) => `Carga desde otro sitio: ${origin}.`,
  writesCookies: 'Su código escribe cookies.',
  script: 'Script',
  iframe: 'Marco',
  pixel: 'Píxel',
  checkAgain: 'Revisar de nuevo',
  close: 'Cerrar',
};

export default es;
