import type { Translation } from '../catalog.js';
import type en from '../en/payment-fields.js';

/** Spanish strings of the paymentFields catalog (../payment-fields.ts). */
const es: Translation<typeof en> = {
  frameTitleCard: 'Datos de la tarjeta (formulario seguro del servicio de facturación)',
  frameTitleBank: 'Datos de la cuenta bancaria (formulario seguro del servicio de facturación)',
  loading: 'Cargando el formulario de pago seguro…',
  failedToLoad:
    'El formulario de pago seguro no se cargó. Revise su conexión e inténtelo de nuevo. Si sigue ocurriendo, es posible que esta página no esté configurada para recibir pagos; comuníquese con la ciudad.',
};

export default es;
