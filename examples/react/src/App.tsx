import { useEffect, useState } from 'react';
import type { CivicConsentChangeEvent, CivicPaymentFailedEvent, CivicPaymentSucceededEvent } from 'civicpay';

const api = import.meta.env.VITE_CIVICPAY_API ?? 'http://localhost:8787';

/** Guest pay and the cookie banner on one page, told the API and tenant by a provider. */
export function App() {
  const [status, setStatus] = useState('');
  const [analytics, setAnalytics] = useState(false);

  const paid = (event: CivicPaymentSucceededEvent) => setStatus(`Paid: confirmation ${event.payment.confirmation}`);
  const failed = (event: CivicPaymentFailedEvent) => setStatus(`Not paid (${event.code})`);

  // The consent engine announces a choice on `document`, whichever element it was made in.
  useEffect(() => {
    const consentChanged = (event: CivicConsentChangeEvent) => setAnalytics(event.categories.analytics);
    document.addEventListener('civic-consent-change', consentChanged);
    return () => document.removeEventListener('civic-consent-change', consentChanged);
  }, []);

  return (
    <civic-provider api={api} tenant="san-clemente" lang="en">
      <main>
        <h1>Pay your water bill</h1>
        <civic-guest-pay oncivic-payment-succeeded={paid} oncivic-payment-failed={failed} />
        <p role="status" id="app-status">
          {status}
        </p>
        <p id="app-analytics">Analytics cookies: {analytics ? 'allowed' : 'off'}</p>
      </main>
      <civic-consent-banner />
    </civic-provider>
  );
}
