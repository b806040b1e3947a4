import { expect, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html } from 'lit';
import '../helpers/lit-warnings.js';
import { Autoloader } from '../../src/loader/autoload.js';
import type { ChunkLoadError, ChunkRuntime } from '../../src/loader/chunk-runtime.js';
import type { CivicErrorEvent } from '../../src/core/page-events.js';

let unique = 0;

/** A tag no other test has defined: custom elements cannot be defined twice on one page. */
const freshTag = (name: string) => `civic-${name}-${++unique}`;

/**
 * The runtime as the loader sees it, over chunks that define small Lit elements instead of
 * fetched files; the real runtime and its files are tested end to end (test/e2e/loader.e2e.mjs).
 */
function chunksFor(tags: string[], options: { failFirst?: number; delay?: () => Promise<void> } = {}) {
  const requests: string[][] = [];
  const arrived = new Set<string>();
  let failures = options.failFirst ?? 0;
  const runtime = Object.assign(() => undefined, {
    manifest: {
      boot: 'boot',
      index: 'index',
      names: tags,
      chunks: {},
      tags: Object.fromEntries(tags.map((tag) => [tag, [`${tag}.code`, { en: [`${tag}.en`], es: [`${tag}.es`] }]])),
    },
    script: document.createElement('script'),
    index: () => Promise.resolve(),
    async load(ids: readonly string[]) {
      requests.push([...ids]);
      await (options.delay?.() ?? nextFrame());
      if (failures-- > 0) {
        throw Object.assign(new Error('no'), { file: `chunks/${ids[0]}.js`, reason: 'not-found' }) as ChunkLoadError;
      }
      ids.forEach((id) => arrived.add(id));
    },
    loaded: (id: string) => arrived.has(id),
    run(id: string) {
      const tag = id.replace(/\.code$/, '');
      if (!customElements.get(tag)) customElements.define(tag, class extends Widget {});
      return {};
    },
  }) as unknown as ChunkRuntime;
  return { runtime, requests };
}

/** A promise the test resolves when it chooses: a chunk that arrives only when told to. */
function gated() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { wait: () => opened, open };
}

class Widget extends LitElement {
  static override properties = { value: {} };
  value = 'empty';
  override render() {
    return html`<p part="content">value: ${this.value}</p>`;
  }
}

function make(tag: string, attributes: Record<string, string> = {}, ...children: Node[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** A place of its own for each test: an open shadow root on a fresh host. */
function placeWith(...children: Node[]): ShadowRoot {
  const host = make('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.append(...children);
  return root;
}

const rendered = (element: Element | null) => element?.shadowRoot?.querySelector('[part="content"]')?.textContent;

describe('the loader', () => {
  it('starts loading every tag already in the page together, each with its strings in its language', async () => {
    const [first, second] = [freshTag('a'), freshTag('b')];
    const gate = gated();
    const { runtime, requests } = chunksFor([first, second], { delay: gate.wait });
    const root = placeWith(make(first), make('p', {}, make(second, { lang: 'es' })));
    new Autoloader(runtime).watch(root);
    await waitUntil(() => requests.length === 2, 'the second load waited for the first');
    gate.open();
    expect(requests).to.deep.equal([
      [`${first}.code`, `${first}.en`],
      [`${second}.code`, `${second}.es`],
    ]);
    await waitUntil(() => rendered(root.querySelector(second)) === 'value: empty');
    expect(rendered(root.querySelector(first))).to.equal('value: empty');
  });

  it('shows a loading message in the tag until its code arrives, in the tag’s language', async () => {
    const gate = gated();
    const tag = freshTag('slow');
    const { runtime } = chunksFor([tag], { delay: gate.wait });
    const root = placeWith(make(tag, { lang: 'es' }));
    new Autoloader(runtime).watch(root);
    const element = root.querySelector(tag)!;
    const status = element.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent).to.equal('Cargando…');
    await expect(element).to.be.accessible();
    gate.open();
    await waitUntil(() => rendered(element) === 'value: empty');
    expect(element.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
  });

  it('loads a tag added after the page loaded, once for many of them', async () => {
    const tag = freshTag('late');
    const { runtime, requests } = chunksFor([tag]);
    const root = placeWith();
    new Autoloader(runtime).watch(root);
    root.append(document.createElement(tag), document.createElement(tag));
    await waitUntil(() => [...root.querySelectorAll(tag)].every((element) => rendered(element) === 'value: empty'));
    expect(requests).to.have.length(1);
  });

  it('finds a tag inside an open shadow root, present at the start or added later', async () => {
    const [early, late] = [freshTag('early'), freshTag('shadowed')];
    const { runtime } = chunksFor([early, late]);
    const section = make('section');
    const root = placeWith(section);
    const inner = section.attachShadow({ mode: 'open' });
    inner.append(make(early));
    new Autoloader(runtime).watch(root);
    const host = make('div');
    host.attachShadow({ mode: 'open' }).append(make(late));
    root.append(host);
    await waitUntil(() => rendered(host.shadowRoot!.querySelector(late)) === 'value: empty');
    expect(rendered(inner.querySelector(early))).to.equal('value: empty');
  });

  it('keeps a property the page set before the code arrived', async () => {
    const tag = freshTag('early-property');
    const { runtime } = chunksFor([tag]);
    const root = placeWith(make(tag));
    (root.querySelector(tag) as unknown as { value: string }).value = 'set by the page';
    new Autoloader(runtime).watch(root);
    await customElements.whenDefined(tag);
    await waitUntil(() => rendered(root.querySelector(tag)) === 'value: set by the page');
  });

  it('says when the code cannot load, fires civic-error with the file and why, and tries again from the keyboard', async () => {
    const tag = freshTag('broken');
    const gate = gated();
    const { runtime, requests } = chunksFor([tag], {
      failFirst: 1,
      delay: () => (requests.length > 1 ? gate.wait() : nextFrame()),
    });
    const root = placeWith(make(tag));
    const element = root.querySelector(tag)!;
    const failed = oneEvent(element, 'civic-error') as Promise<CivicErrorEvent>;
    new Autoloader(runtime).watch(root);
    const event = await failed;
    expect([event.code, event.file, event.reason]).to.deep.equal([
      'code_unavailable',
      `chunks/${tag}.code.js`,
      'not-found',
    ]);
    const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('could not load');
    await expect(element).to.be.accessible();
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(element.shadowRoot!.activeElement?.getAttribute('role')).to.equal('status');
    gate.open();
    await waitUntil(() => rendered(element) === 'value: empty');
    expect(requests).to.have.length(2);
  });

  it('warns, naming it, about a civic- tag that is not a civicpay element, and about one the page defined itself', async () => {
    const ours = freshTag('taken');
    customElements.define(ours, class extends HTMLElement {});
    const { runtime, requests } = chunksFor([ours]);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      new Autoloader(runtime).watch(placeWith(make('civic-logn'), make('civic-logn'), make(ours)));
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('<civic-logn> is not a civicpay element');
    expect(warnings[1]).to.contain(`<${ours}> was defined before civicpay's loader`);
    expect(requests).to.deep.equal([]);
  });
});
