import { defineElement } from '../core/define.js';
import { CivicContactInfo } from '../elements/contact-info/contact-info.js';

defineElement('civic-contact-info', CivicContactInfo);
