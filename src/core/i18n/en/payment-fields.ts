/** English strings of the paymentFields catalog (../payment-fields.ts). */
const en = {
  frameTitleCard: 'Card details (secure form of the billing service)',
  frameTitleBank: 'Bank account details (secure form of the billing service)',
  loading: 'Loading the secure payment form…',
  failedToLoad:
    'The secure payment form did not load. Check your connection and try again. If it keeps happening, this page may not be set up to take payments; please contact the city.',
};

export default en;
