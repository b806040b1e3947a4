import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../helpers/lit-warnings.js';
import { TENANT, TEST_API } from '../../helpers/env.js';
import { frameOf, mountFields, typeFields, validCard } from './helpers.js';

const cardNumber = validCard[0]!;
const securityCode = validCard[2]!;

async function openFrame(hash: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'payment';
  frame.src = `${TEST_API}/frame/payment-fields.html#${hash}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  (await fixture<HTMLElement>(html`<div></div>`)).append(frame);
  await loaded;
  return frame;
}

function describeValue(value: unknown): string {
  try {
    return typeof value === 'string' ? value : JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** What a hostile script on the host page can observe: every event, message, port message and DOM change. */
function spyOnPage(root: ShadowRoot | undefined) {
  const seen: string[] = [];
  const record = (value: unknown) => seen.push(describeValue(value));
  const types = [
    ...['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'change', 'paste', 'copy', 'cut'],
    ...['compositionend', 'focus', 'blur', 'focusin', 'focusout', 'click', 'pointerdown', 'submit'],
    ...['message', 'messageerror', 'selectionchange', 'securitypolicyviolation', 'change'],
  ];
  const onEvent = (event: Event) => {
    const target = event.target as Partial<HTMLInputElement> | null;
    record({
      type: event.type,
      key: (event as KeyboardEvent).key,
      data: (event as InputEvent | MessageEvent).data,
      value: target?.value,
      text: target?.textContent,
    });
  };
  for (const type of types) {
    window.addEventListener(type, onEvent, true);
    document.addEventListener(type, onEvent, true);
  }
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      record(mutation.target.textContent);
      record(mutation.oldValue);
      if (mutation.attributeName) record((mutation.target as Element).getAttribute(mutation.attributeName));
    }
  });
  const options = {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
    attributeOldValue: true,
    characterDataOldValue: true,
  };
  observer.observe(document, options);
  if (root) observer.observe(root, options);
  // Wraps every port's message handler, as a script that patched the page's prototypes could.
  const descriptor = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage')!;
  Object.defineProperty(MessagePort.prototype, 'onmessage', {
    configurable: true,
    set(handler: (event: MessageEvent) => void) {
      descriptor.set!.call(this, (event: MessageEvent) => {
        record(event.data);
        handler(event);
      });
    },
    get: descriptor.get,
  });
  const postMessage = MessagePort.prototype.postMessage;
  MessagePort.prototype.postMessage = function (this: MessagePort, ...args: Parameters<MessagePort['postMessage']>) {
    record(args[0]);
    return postMessage.apply(this, args);
  } as MessagePort['postMessage'];
  return {
    seen,
    stop() {
      for (const type of types) {
        window.removeEventListener(type, onEvent, true);
        document.removeEventListener(type, onEvent, true);
      }
      observer.disconnect();
      Object.defineProperty(MessagePort.prototype, 'onmessage', descriptor);
      MessagePort.prototype.postMessage = postMessage;
    },
  };
}

describe('<civic-payment-fields> security', () => {
  it('a hostile script listening to every event, message and mutation on the host page never sees the card number or security code', async () => {
    const element = await mountFields({ waitReady: false });
    const spy = spyOnPage(element.shadowRoot!);
    try {
      await waitUntil(() => element.ready, 'never ready', { timeout: 8000 });
      await typeFields(element, validCard);
      await sendKeys({ press: 'Tab' });
      const token = await element.submit();
      expect(frameOf(element).contentDocument).to.equal(null);
      // The token and its expiry are random-ish: drop them so their digits cannot match by chance.
      const everything = spy.seen.join('\n').replaceAll(token.token, '').replaceAll(token.expiresAt, '');
      expect(spy.seen.length).to.be.greaterThan(10);
      expect(everything).to.contain('4242'); // the last 4 does reach the host
      expect(everything).not.to.contain(cardNumber);
      expect(everything).not.to.contain('4242 4242');
      expect(everything).not.to.contain(securityCode);
      expect(everything).not.to.match(/"key":"\d"/);
    } finally {
      spy.stop();
    }
  });

  it('ignores a hello from a window that is not its parent, and still greets its parent', async () => {
    const frame = await openFrame(`tenant=${TENANT}&lang=en&method=card`);
    const sibling = await fixture<HTMLIFrameElement>(html`<iframe title="sibling"></iframe>`);
    const foreign = new MessageChannel();
    const foreignHeard: unknown[] = [];
    foreign.port1.onmessage = (event) => foreignHeard.push(event.data);
    // Runs postMessage in the sibling's realm, so the frame sees the sibling as the source.
    const siblingWindow = sibling.contentWindow as Window & { Function: FunctionConstructor };
    const post = new siblingWindow.Function('target', 'message', 'port', 'target.postMessage(message, "*", [port])');
    post(frame.contentWindow, { type: 'civic:hello', version: 1, theme: {} }, foreign.port2);
    await aTimeout(1000);
    expect(foreignHeard).to.deep.equal([]);

    const parent = new MessageChannel();
    const parentHeard: Array<{ type: string }> = [];
    parent.port1.onmessage = (event) => parentHeard.push(event.data);
    frame.contentWindow!.postMessage({ type: 'civic:hello', version: 1, theme: {} }, TEST_API, [parent.port2]);
    await waitUntil(() => parentHeard.some((message) => message.type === 'ready'), 'the parent was not greeted');
  });

  it('ignores window messages once the channel is set up: a second hello gets no port, a posted submit does nothing', async () => {
    const element = await mountFields();
    const window = frameOf(element).contentWindow!;
    const intruder = new MessageChannel();
    const heard: unknown[] = [];
    intruder.port1.onmessage = (event) => heard.push(event.data);
    window.postMessage({ type: 'civic:hello', version: 1, theme: {} }, '*', [intruder.port2]);
    window.postMessage({ type: 'submit', id: 1 }, '*');
    window.postMessage({ type: 'configure', method: 'bank', lang: 'es' }, '*');
    await aTimeout(800);
    expect(heard).to.deep.equal([]);
    expect(frameOf(element).title).to.contain('Card details');
    await typeFields(element, validCard);
    expect((await element.submit()).last4).to.equal('4242');
  });

  it('ignores malformed hellos and still accepts a good one', async () => {
    const frame = await openFrame(`tenant=${TENANT}`);
    const heard: Array<{ type: string }> = [];
    for (const bad of [
      { type: 'civic:hello', version: 2, theme: {} },
      { type: 'civic:hello', version: 1 },
      'civic:hello',
      null,
    ]) {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => heard.push(event.data);
      frame.contentWindow!.postMessage(bad, TEST_API, [channel.port2]);
    }
    await aTimeout(800);
    expect(heard).to.deep.equal([]);
    const good = new MessageChannel();
    good.port1.onmessage = (event) => heard.push(event.data);
    frame.contentWindow!.postMessage({ type: 'civic:hello', version: 1, theme: {} }, TEST_API, [good.port2]);
    await waitUntil(() => heard.some((message) => message.type === 'ready'), 'the good hello was not answered');
  });

  it('cannot be framed by a page on an origin no tenant allows', async () => {
    const page = `http://127.0.0.1:${location.port}/test/elements/payment-fields/fixtures/foreign-host.html`;
    const reports: Array<{ ready: boolean }> = [];
    const onMessage = (event: MessageEvent) => {
      if (event.origin === new URL(page).origin) reports.push(event.data);
    };
    window.addEventListener('message', onMessage);
    try {
      await fixture(html`<iframe title="foreign site" src=${page}></iframe>`);
      await waitUntil(() => reports.length > 0, 'the foreign page never reported', { timeout: 8000 });
      expect(reports[0]).to.deep.equal({ ready: false, loading: true });
    } finally {
      window.removeEventListener('message', onMessage);
    }
  });
});
