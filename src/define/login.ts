import { defineElement } from '../core/define.js';
import { CivicLogin } from '../elements/login/login.js';

defineElement('civic-login', CivicLogin);
