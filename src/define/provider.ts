import { defineElement } from '../core/define.js';
import { CivicProvider } from '../elements/provider/provider.js';

defineElement('civic-provider', CivicProvider);
