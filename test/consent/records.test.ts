import { expect } from '@open-wc/testing';
import { consent } from '../../src/consent/index.js';
import { resetConsent, sendSignal, storedConsent } from '../helpers/consent.js';
import { TENANT, TEST_API } from '../helpers/env.js';
import '../helpers/lit-warnings.js';

/** Lets requests through to the real reference API and keeps their responses. */
function watchFetch(): { responses: Promise<Response>[]; requests: RequestInit[]; stop: () => void } {
  const original = window.fetch;
  const responses: Promise<Response>[] = [];
  const requests: RequestInit[] = [];
  window.fetch = (input, init) => {
    requests.push(init ?? {});
    const response = original(input, init);
    responses.push(response);
    return response;
  };
  return { responses, requests, stop: () => (window.fetch = original) };
}

describe('proof-of-consent records', () => {
  afterEach(resetConsent);

  it('posts nothing unless configured', () => {
    const fetches = watchFetch();
    consent.acceptAll();
    fetches.stop();
    expect(fetches.requests).to.have.length(0);
  });

  it('posts the choice to the billing API, which stores it', async () => {
    const restore = sendSignal('globalPrivacyControl', true);
    consent.configure({ recordConsent: true, api: TEST_API, tenant: TENANT, revision: '2023-07-01' });
    const fetches = watchFetch();
    consent.set({ analytics: true }, 'preferences');
    fetches.stop();
    restore();
    expect(fetches.requests).to.have.length(1);
    const [request] = fetches.requests;
    expect(request).to.include({ method: 'POST', keepalive: true, credentials: 'omit' });
    const body = JSON.parse(request.body as string);
    expect(body).to.deep.include({
      consentId: storedConsent()!.id,
      revision: '2023-07-01',
      source: 'preferences',
      signals: { gpc: true, dnt: false },
    });
    expect(body.categories).to.deep.equal({ necessary: true, functional: false, analytics: true, marketing: false });
    const response = await fetches.responses[0];
    expect(response.status).to.equal(201);
    const record = await response.json();
    expect(record.id).to.match(/^cr-/);
  });

  it('keeps the choice when the API cannot be reached', async () => {
    consent.configure({ recordConsent: true, api: 'http://localhost:9', tenant: TENANT });
    consent.acceptAll();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(consent.has('marketing')).to.equal(true);
  });
});
