// The payment frame: runs on the billing API's origin inside <civic-payment-fields>. It trusts
// one hello from its parent window whose origin is on the tenant's allowlist, then talks only
// over the MessageChannel port that came with it. Nothing here logs or stores what is typed.
import { h } from './dom.js';
import { applyDocumentLocale, frameText } from './messages.js';
import { isHello, type FrameLocale, type PaymentMethodType } from './protocol.js';
import { FrameSession } from './session.js';
import { loadTenant } from './tenant.js';
import { applyTheme } from './theme.js';

const params = new URLSearchParams(location.hash.slice(1));
const locale: FrameLocale = params.get('lang') === 'es' ? 'es' : 'en';
const method: PaymentMethodType = params.get('method') === 'bank' ? 'bank' : 'card';
const root = document.getElementById('payment-fields')!;
const tenant = loadTenant(params.get('tenant') ?? '');
tenant.catch(() => undefined);
applyDocumentLocale(locale);

let session: FrameSession | undefined;
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  if (session) session.post({ type: 'csp-violation', directive: event.effectiveDirective });
  else violations.push(event.effectiveDirective);
});

function say(key: 'refused' | 'unavailable'): void {
  root.replaceChildren(h('p', { class: 'notice', role: 'alert' }, frameText(locale)(key)));
}

let answered = false;
async function onHello(event: MessageEvent): Promise<void> {
  if (answered || event.source !== window.parent || window.parent === window) return;
  if (!isHello(event.data) || event.ports.length !== 1) return;
  answered = true;
  window.removeEventListener('message', onHello);
  const [port] = event.ports as [MessagePort];
  let config;
  try {
    config = await tenant;
  } catch (code) {
    say('unavailable');
    port.postMessage({ type: 'unavailable', code: String(code) });
    return;
  }
  if (!config.allowedOrigins.includes(event.origin)) {
    say('refused');
    port.close();
    return;
  }
  applyTheme(event.data.theme);
  session = new FrameSession(port, config, root, locale, method);
  for (const directive of violations.splice(0)) session.post({ type: 'csp-violation', directive });
}

window.addEventListener('message', onHello);
