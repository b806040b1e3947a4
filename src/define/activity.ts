import { defineElement } from '../core/define.js';
import { CivicActivity } from '../elements/activity/activity.js';

defineElement('civic-activity', CivicActivity);
