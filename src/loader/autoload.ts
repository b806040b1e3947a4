import { CivicErrorEvent } from '../core/page-events.js';
import { warnSecondCopy } from '../core/define.js';
import { elementLocale } from '../core/element-locale.js';
import type { Locale } from '../core/locale.js';
import { isChunkLoadError, type ChunkRuntime } from './chunk-runtime.js';
import { loaderMessages } from './messages.js';
import { clearPlaceholder, focusInto, showFailure, showLoading } from './placeholder.js';

const PROVIDER = 'civic-provider';

/**
 * Finds civicpay tags on the page — in the HTML, added later, or inside open shadow roots — and
 * loads each one's code (and its strings in the element's language) once, from the chunks the
 * runtime knows. Until the code arrives the element shows a loading message; if it cannot
 * arrive, a message with Try again, and a `civic-error` naming the file and the reason.
 */
export class Autoloader {
  private readonly loads = new Map<string, Promise<void>>();
  private readonly waiting = new Map<string, Set<HTMLElement>>();
  private readonly watched = new WeakSet<Node>();
  private readonly warned = new Set<string>();
  private readonly observer = new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => node instanceof Element && this.discover(node));
    }
  });

  constructor(private readonly runtime: ChunkRuntime) {}

  /** Looks through `root` now, and again whenever something is added to it. */
  watch(root: Document | ShadowRoot): void {
    if (this.watched.has(root)) return;
    this.watched.add(root);
    this.observer.observe(root, { childList: true, subtree: true });
    this.discover(root);
  }

  /** Looks through `root` and every open shadow root inside it once. */
  discover(root: ParentNode): void {
    const elements = root instanceof Element ? [root, ...root.querySelectorAll('*')] : root.querySelectorAll('*');
    for (const element of elements) {
      if (element.shadowRoot) this.watch(element.shadowRoot);
      if (element.localName.startsWith('civic-')) this.found(element as HTMLElement);
    }
  }

  /** Loads the code of `tag` (a tag name, with or without `civic-`); resolves once it is defined. */
  load(tag: string, locale: Locale = 'en'): Promise<void> {
    const name = tag.startsWith('civic-') ? tag : `civic-${tag}`;
    if (!this.runtime.manifest.names.includes(name)) {
      this.warnUnknown(name);
      return Promise.resolve();
    }
    let pending = this.loads.get(name);
    if (!pending) {
      pending = this.fetchAndDefine(name, locale);
      this.loads.set(name, pending);
      pending.catch((error: unknown) => {
        this.loads.delete(name);
        const { file, reason } = describe(error);
        console.error(`civicpay: the code of <${name}> did not load: ${file} (${reason}).`);
      });
    }
    return pending;
  }

  private found(element: HTMLElement): void {
    const tag = element.localName;
    const ours = this.runtime.manifest.names.includes(tag);
    if (customElements.get(tag)) {
      if (ours && !this.loads.has(tag))
        warnSecondCopy(`<${tag}> was defined before civicpay's loader by another script, which keeps it.`);
      return;
    }
    if (!ours) return this.warnUnknown(tag);
    const waiting = this.waiting.get(tag) ?? new Set();
    this.waiting.set(tag, waiting.add(element));
    // The provider only wraps other elements: a message inside it would hide them.
    if (tag !== PROVIDER) showLoading(element);
    this.loadFor(element);
  }

  private loadFor(element: HTMLElement): void {
    this.load(element.localName, elementLocale(element)).catch((error: unknown) => this.failed(element, error));
  }

  /**
   * Fetches the tag's chunks and its strings at once, then runs them. A waiting provider runs
   * first, so the widgets inside it find it when they start.
   */
  private async fetchAndDefine(tag: string, locale: Locale): Promise<void> {
    await this.runtime.index();
    const { tags } = this.runtime.manifest;
    const [entry, strings] = tags[tag];
    const entries = tag !== PROVIDER && this.waiting.has(PROVIDER) ? [tags[PROVIDER][0], entry] : [entry];
    await this.runtime.load([...entries, ...strings[locale]]);
    // Emptied before the code runs: an element takes its root over as it upgrades, and renders
    // before whatever the root holds then. A chunk may define elements it imports, too.
    const arriving = [...this.waiting].filter(([name]) => this.runtime.loaded(tags[name][0]));
    const focused = arriving.flatMap(([name, elements]) =>
      name === PROVIDER ? [] : [...elements].filter(clearPlaceholder),
    );
    for (const id of entries) this.runtime.run(id);
    for (const [name, elements] of arriving) {
      this.waiting.delete(name);
      elements.forEach((element) => element.shadowRoot && this.watch(element.shadowRoot));
    }
    focused.forEach((element) => void focusInto(element));
  }

  private failed(element: HTMLElement, error: unknown): void {
    if (element.localName === PROVIDER) return;
    const retry = () => {
      showLoading(element, element.shadowRoot?.activeElement !== null);
      this.loadFor(element);
    };
    showFailure(element, retry);
    const { file, reason } = describe(error);
    const message = loaderMessages[elementLocale(element)].failed;
    element.dispatchEvent(new CivicErrorEvent('code_unavailable', message, file, reason));
  }

  private warnUnknown(tag: string): void {
    this.warnOnce(`<${tag}> is not a civicpay element; they are ${this.runtime.manifest.names.join(', ')}.`);
  }

  private warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(`civicpay: ${message}`);
  }
}

function describe(error: unknown): { file: string; reason: string } {
  return isChunkLoadError(error) ? error : { file: 'civicpay.min.js', reason: String(error) };
}
