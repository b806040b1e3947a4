import { defineElement } from '../core/define.js';
import { CivicBalance } from '../elements/balance/balance.js';

defineElement('civic-balance', CivicBalance);
