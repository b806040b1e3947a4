import './provider.js';
import './guest-pay.js';
