import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CivicElement } from '../../core/civic-element.js';
import { consentMessages } from '../../core/i18n/consent.js';
import { formatDate } from '../../core/locale.js';
import { isSafeUrl } from '../../core/safe-url.js';
import { baseStyles, tokens } from '../../core/styles.js';
import { consent } from '../../consent/engine.js';
import {
  fetchPrivacyNotice,
  NoticeFormatError,
  parsePrivacyNotice,
  type NoticeBlock,
  type PrivacyNotice,
} from '../../consent/privacy-notice.js';
import { noticeStyles } from './privacy-notice.styles.js';

const signalsSectionId = 'privacy-signals';

/**
 * @summary Renders a structured privacy notice (title, "Last Updated" date, table of contents,
 * sections of paragraphs and lists) from JSON, as text only, never HTML. A last section, written
 * from the live consent settings, says how the site answers Global Privacy Control and Do Not
 * Track, so the notice cannot drift from what the site does. Prints cleanly.
 *
 * @csspart notice - The whole notice.
 * @csspart title - The notice's title.
 * @csspart updated - The "Last Updated" line.
 * @csspart toc - The table of contents.
 * @csspart section - Each section.
 * @csspart heading - Each section's heading.
 * @csspart signals - The generated section on privacy signals.
 * @csspart settings-button - "Cookie settings".
 * @csspart error - The message shown when the notice cannot be loaded or read.
 */
export class CivicPrivacyNotice extends CivicElement {
  static override styles = [tokens, baseStyles, noticeStyles];

  /** Address of the notice's JSON (http(s) or relative). */
  @property() src?: string;

  /** The notice itself, instead of `src`. Checked like a fetched one. */
  @property({ attribute: false }) notice?: unknown;

  @state() private shown?: PrivacyNotice;
  @state() private failed = false;
  private loading?: AbortController;
  private unsubscribe?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    // The generated section quotes the live settings: redraw when they or the signal change.
    this.unsubscribe = consent.onChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.loading?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('notice') && this.notice !== undefined) this.show(() => parsePrivacyNotice(this.notice));
    else if (changed.has('src') && this.src) void this.load(this.src);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('shown') && this.shown && location.hash)
      this.goTo(decodeURIComponent(location.hash.slice(1)), false);
  }

  private show(read: () => PrivacyNotice): void {
    try {
      this.shown = read();
      this.failed = false;
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    this.shown = undefined;
    this.failed = true;
    console.warn(`civicpay: privacy notice: ${(error as Error).message}`);
  }

  private async load(src: string): Promise<void> {
    this.loading?.abort();
    if (!isSafeUrl(src)) return this.fail(new NoticeFormatError('src must be an http(s) or relative URL'));
    const loading = (this.loading = new AbortController());
    try {
      const notice = await fetchPrivacyNotice(src, loading.signal);
      this.show(() => notice);
    } catch (error) {
      if (!loading.signal.aborted) this.fail(error);
    }
  }

  /** In-page anchors cannot cross the shadow root, so the table of contents scrolls itself. */
  private goTo(id: string, updateAddress = true): void {
    const heading = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
    if (!heading) return;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
    if (updateAddress) history.replaceState(history.state, '', `#${id}`);
  }

  private onTocClick(event: MouseEvent, id: string): void {
    event.preventDefault();
    this.goTo(id);
  }

  protected override render() {
    const t = this.localize(consentMessages);
    if (this.failed) return html`<p role="alert" part="error" class="error">${t('noticeError')}</p>`;
    const notice = this.shown;
    if (!notice) return nothing;
    const contents = [...notice.sections, { id: signalsSectionId, heading: t('signalsHeading') }];
    return html`<article part="notice" lang=${notice.lang ?? nothing}>
      <h1 part="title">${notice.title}</h1>
      <p part="updated">${t('lastUpdated', formatDate(notice.lastUpdated, this.locale))}</p>
      <nav part="toc" aria-label=${t('contents')} lang=${this.locale}>
        <ol>
          ${contents.map(
            ({ id, heading }) =>
              html`<li>
                <a href="#${id}" @click=${(event: MouseEvent) => this.onTocClick(event, id)}>${heading}</a>
              </li>`,
          )}
        </ol>
      </nav>
      ${notice.sections.map(
        (section) =>
          html`<section part="section" aria-labelledby=${section.id}>
            <h2 part="heading" id=${section.id} tabindex="-1">${section.heading}</h2>
            ${section.blocks.map(renderBlock)}
          </section>`,
      )}
      ${this.renderSignalsSection()}
    </article>`;
  }

  private renderSignalsSection() {
    const t = this.localize(consentMessages);
    const { honorDoNotTrack } = consent.settings();
    const { signal } = consent.state();
    return html`<section part="section signals" aria-labelledby=${signalsSectionId} lang=${this.locale}>
      <h2 part="heading" id=${signalsSectionId} tabindex="-1">${t('signalsHeading')}</h2>
      <p>${t('signalsGpc')} ${t(honorDoNotTrack ? 'dntHonoured' : 'dntIgnored')}</p>
      ${signal ? html`<p>${t('signalHonoured', t(signal))}</p>` : nothing}
      <button
        class="secondary"
        part="settings-button"
        @click=${(event: Event) => consent.showPreferences(event.currentTarget as HTMLElement)}
      >
        ${t('preferencesTitle')}
      </button>
    </section>`;
  }
}

function renderBlock(block: NoticeBlock) {
  if (block.type === 'list')
    return html`<ul>
      ${block.items.map((item) => html`<li>${item}</li>`)}
    </ul>`;
  if (block.type === 'subheading') return html`<h3>${block.text}</h3>`;
  return html`<p>${block.text}</p>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-privacy-notice': CivicPrivacyNotice;
  }
}
