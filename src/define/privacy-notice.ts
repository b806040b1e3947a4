import { defineElement } from '../core/define.js';
import { CivicPrivacyNotice } from '../elements/privacy-notice/privacy-notice.js';

defineElement('civic-privacy-notice', CivicPrivacyNotice);
