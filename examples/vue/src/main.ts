import { createApp } from 'vue';
import 'civicpay/define/guest-pay';
import 'civicpay/define/consent-banner';
import 'civicpay/define/provider';
import App from './App.vue';
import './app.css';

createApp(App).mount('#app');
