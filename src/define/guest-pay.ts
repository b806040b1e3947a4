import './payment-fields.js';
import { defineElement } from '../core/define.js';
import { CivicGuestPay } from '../elements/guest-pay/guest-pay.js';

defineElement('civic-guest-pay', CivicGuestPay);
