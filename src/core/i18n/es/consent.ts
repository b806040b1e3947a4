import type { Translation } from '../catalog.js';
import type en from '../en/consent.js';

/** Spanish strings of the consent catalog (../consent.ts). */
const es: Translation<typeof en> = {
  bannerTitle: 'Cookies en este sitio',
  bannerIntro:
    'Usamos cookies necesarias para el sitio. ¿Podemos usar también cookies de personalización, tendencias de uso y publicidad?',
  noticeChanged: 'Nuestro aviso de privacidad cambió. Vuelva a elegir sus preferencias de cookies.',
  gpc: 'Control Global de Privacidad',
  dnt: 'No Rastrear',
  signalHonoured: (signal: string) =>
    `Su navegador envía la señal ${signal}: las cookies opcionales permanecen desactivadas a menos que usted las active.`,
  readNotice: 'Aviso de privacidad',
  lastUpdated: (date: string) => `Última actualización: ${date}`,
  configNotice: 'Esta página da al aviso de privacidad un enlace o una fecha no válidos.',
  acceptAll: 'Aceptar todas',
  rejectAll: 'Rechazar todas',
  manage: 'Administrar preferencias',
  saved: 'Guardado.',
  reloadNeeded: 'Guardado. Vuelva a cargar la página para detener funciones ya activas.',
  preferencesTitle: 'Configuración de cookies',
  alwaysOn: 'Siempre activas.',
  necessary: 'Necesarias',
  necessaryAbout: 'Mantienen el sitio seguro y en funcionamiento.',
  functional: 'Personalización',
  functionalAbout: 'Recuerdan preferencias como el idioma.',
  analytics: 'Tendencias de uso',
  analyticsAbout: 'Cuentan visitas con cookies y etiquetas de píxel.',
  marketing: 'Publicidad y datos compartidos con terceros',
  marketingAbout: 'Permiten que terceros usen cookies para publicidad.',
  save: 'Guardar elección',
  close: 'Cerrar',
};

export default es;
