import { defineElement } from '../core/define.js';
import { CivicSessions } from '../elements/sessions/sessions.js';

defineElement('civic-sessions', CivicSessions);
