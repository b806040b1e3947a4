import './provider.js';
