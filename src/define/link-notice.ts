import { defineElement } from '../core/define.js';
import { CivicLinkNotice } from '../elements/link-notice/link-notice.js';

defineElement('civic-link-notice', CivicLinkNotice);
