import { defineCatalog } from './catalog.js';

/** Strings of `<civic-payment-fields>` on the host page; the frame has its own (src/frame/messages.ts). */
export const paymentFieldsMessages = defineCatalog(
  'paymentFields',
  {
    frameTitleCard: 'Card details (secure form of the billing service)',
    frameTitleBank: 'Bank account details (secure form of the billing service)',
    loading: 'Loading the secure payment form…',
    failedToLoad:
      'The secure payment form did not load. Check your connection and try again. If it keeps happening, this page may not be set up to take payments; please contact the city.',
  },
  {
    frameTitleCard: 'Datos de la tarjeta (formulario seguro del servicio de facturación)',
    frameTitleBank: 'Datos de la cuenta bancaria (formulario seguro del servicio de facturación)',
    loading: 'Cargando el formulario de pago seguro…',
    failedToLoad:
      'El formulario de pago seguro no se cargó. Revise su conexión e inténtelo de nuevo. Si sigue ocurriendo, es posible que esta página no esté configurada para recibir pagos; comuníquese con la ciudad.',
  },
);
