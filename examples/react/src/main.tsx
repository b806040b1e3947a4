import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'civicpay/define/guest-pay';
import 'civicpay/define/consent-banner';
import 'civicpay/define/provider';
import { App } from './App.js';
import './app.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
