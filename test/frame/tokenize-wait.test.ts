import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { FrameSession } from '../../src/frame/session.js';
import type { FrameMessage } from '../../src/frame/protocol.js';
import '../helpers/lit-warnings.js';

// The frame runs on the billing origin, where axe cannot reach, and the test server's per-address
// and per-card limits are raised far past what a test can send; so the frame's session runs here,
// on a channel of its own, and only its tokenize request is answered with the 429 the reference
// API sends when it slows tokenizing down (problem+json `rate_limited`, Retry-After in seconds).
const realFetch = window.fetch;
const { title, documentElement } = document;
const lang = documentElement.lang;

function answerTokenizeWith429(retryAfter: string): string[] {
  const sent: string[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.endsWith('/v1/tenants/san-clemente/payment-methods')) return realFetch(input, init);
    sent.push(url);
    return Response.json(
      { type: 'about:blank', title: 'Too Many Requests', status: 429, code: 'rate_limited' },
      { status: 429, headers: { 'content-type': 'application/problem+json', 'retry-after': retryAfter } },
    );
  };
  return sent;
}

async function startFrame(locale: 'en' | 'es') {
  const root = await fixture<HTMLElement>(html`<main></main>`);
  const channel = new MessageChannel();
  const received: FrameMessage[] = [];
  channel.port2.onmessage = (event) => received.push(event.data as FrameMessage);
  const tenant = {
    id: 'san-clemente',
    allowedOrigins: [],
    paymentMethods: ['card' as const],
    cardBrands: ['visa' as const],
  };
  new FrameSession(channel.port1, tenant, root, locale, 'card');
  const fill = (id: string, value: string) => {
    const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  fill('cardNumber', '4242424242424242');
  fill('expiry', '12/39');
  fill('securityCode', '123');
  fill('cardName', 'Alex Rivera');
  fill('postalCode', '92672');
  return { root, port: channel.port2, received };
}

const texts = {
  en: 'For your security, payment details cannot be checked right now. You can try again in 2 minutes.',
  es: 'Por su seguridad, los datos de pago no se pueden verificar en este momento. Podrá intentarlo de nuevo en 2 minutos.',
};

describe('the payment frame when the API slows tokenizing down (429)', () => {
  afterEach(() => {
    window.fetch = realFetch;
    document.title = title;
    documentElement.lang = lang;
  });

  for (const locale of ['en', 'es'] as const) {
    it(`says in words how long to wait, politely, instead of a generic failure (${locale})`, async () => {
      const sent = answerTokenizeWith429('120');
      const { root, port, received } = await startFrame(locale);
      port.postMessage({ type: 'submit', id: 1 });
      await waitUntil(() => received.some((m) => m.type === 'result'), 'no result from the frame');
      expect(sent).to.have.length(1);
      expect(received.find((m) => m.type === 'result')).to.deep.equal({ type: 'result', id: 1, error: 'rate_limited' });
      const notice = root.querySelector('.notice')!;
      expect(notice.getAttribute('role')).to.equal('status');
      expect(notice.textContent).to.equal(texts[locale]);
      expect(received).to.deep.include({ type: 'announce', message: texts[locale] });
      expect(root.textContent).not.to.match(/Something went wrong|Algo salió mal/);
      expect(root.querySelector<HTMLInputElement>('#cardNumber')!.value, 'what was typed stays').to.equal(
        '4242 4242 4242 4242',
      );
      await expect(root).to.be.accessible();
    });
  }

  it('follows a language switch, and clears the wait at the next try', async () => {
    const sent = answerTokenizeWith429('120');
    const { root, port, received } = await startFrame('en');
    port.postMessage({ type: 'submit', id: 1 });
    await waitUntil(() => received.some((m) => m.type === 'result'));
    port.postMessage({ type: 'configure', method: 'card', lang: 'es' });
    await waitUntil(() => root.querySelector('.notice')?.textContent === texts.es, 'the wait in Spanish');

    window.fetch = () => Promise.reject(new TypeError('offline'));
    port.postMessage({ type: 'submit', id: 2 });
    await waitUntil(() => received.filter((m) => m.type === 'result').length === 2);
    expect(sent).to.have.length(1);
    expect(root.querySelector('.notice')!.textContent).to.equal('');
  });
});
