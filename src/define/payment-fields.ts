import { defineElement } from '../core/define.js';
import { CivicPaymentFields } from '../elements/payment-fields/payment-fields.js';

defineElement('civic-payment-fields', CivicPaymentFields);
