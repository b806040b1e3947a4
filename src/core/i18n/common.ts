import { defineCatalog } from './catalog.js';

/** Strings every element may show: configuration and API failures, shared buttons. */
export const common = defineCatalog(
  'common',
  {
    configMissing: (names: string) =>
      `This service is not set up correctly: missing ${names}. Please contact the city's website team.`,
    configInvalidApi:
      "This service is not set up correctly: the billing service's web address is not valid. Please contact the city's website team.",
    loading: 'Loading…',
    retry: 'Try again',
    close: 'Close',
    errorNetwork: 'We could not reach the billing service. Check your connection and try again.',
    errorTimeout: 'The billing service took too long to answer. Please try again.',
    errorServer: 'The billing service had a problem. Please try again in a few minutes.',
    errorInvalidResponse: 'The billing service sent an answer we could not read. Please try again later.',
    errorUnknownTenant: 'This city could not be found in the billing service. Please contact the city.',
    errorRateLimited: (seconds: number) =>
      seconds > 90
        ? `Too many attempts. Please wait ${Math.ceil(seconds / 60)} minutes and try again.`
        : `Too many attempts. Please wait ${seconds} ${seconds === 1 ? 'second' : 'seconds'} and try again.`,
    errorGeneric: 'Something went wrong. Please try again.',
  },
  {
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
    errorRateLimited: (seconds: number) =>
      seconds > 90
        ? `Demasiados intentos. Espere ${Math.ceil(seconds / 60)} minutos e inténtelo de nuevo.`
        : `Demasiados intentos. Espere ${seconds} ${seconds === 1 ? 'segundo' : 'segundos'} e inténtelo de nuevo.`,
    errorGeneric: 'Algo salió mal. Inténtelo de nuevo.',
  },
);
