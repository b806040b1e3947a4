import { css } from '../consent-shared/css.js';
import { html, nothing } from 'lit/html.js';
import { formatDate } from '../../core/locale.js';
import { isSafeUrl } from '../../core/safe-url.js';
import { consent } from '../../consent/engine.js';
import {
  fetchPrivacyNotice,
  parsePrivacyNotice,
  signalsId,
  type NoticeBlock,
  type PrivacyNotice,
} from '../../consent/privacy-notice.js';
import { ConsentElement } from '../consent-shared/consent-element.js';
import { consentMessages } from '../../core/i18n/consent.js';
import { noticeMessages } from '../../core/i18n/notice.js';
import { consentStyles } from '../consent-shared/consent.styles.js';

/**
 * @summary Renders a structured privacy notice (title, "Last Updated" date, table of contents,
 * sections of paragraphs, subheadings and lists) from JSON, as text only, never HTML, and prints
 * cleanly. Its last section is written from the live consent settings and says how the site
 * answers Global Privacy Control and Do Not Track, so the notice cannot drift from what the site
 * does; it ends with a "Cookie settings" button. A notice that cannot be loaded or fails the
 * format shows an error in its place. The format is documented in docs/elements/civic-privacy-notice.md.
 *
 * @csspart notice - The whole notice.
 * @csspart title - The notice's title.
 * @csspart updated - The "Last Updated" line.
 * @csspart toc - The table of contents.
 * @csspart section - Each section, the generated one included.
 * @csspart signals - The generated section on privacy signals.
 * @csspart settings-button - "Cookie settings".
 * @csspart error - The message shown when the notice cannot be loaded or read.
 *
 * @fires civic-error - `invalid_config`, once, when the notice cannot be loaded or read.
 * @tagname civic-privacy-notice
 */
export class CivicPrivacyNotice extends ConsentElement {
  /** @internal */
  static override catalogs = [consentMessages, noticeMessages];
  static override styles = [
    consentStyles,
    css`
      h2 {
        margin-top: 1.5em;
        font-size: 1.375em;
      }
      [role='alert'] {
        color: var(--_error);
      }
      @media print {
        nav,
        button {
          display: none;
        }
      }
    `,
  ];

  static override observedAttributes = ['lang', 'src'];

  private shown?: PrivacyNotice;
  private failed = false;
  private loading?: AbortController;
  private given?: unknown;

  /** The notice as an object, instead of `src`; checked like a fetched one. */
  get notice(): unknown {
    return this.given;
  }

  set notice(notice: unknown) {
    this.given = notice;
    void this.show(async () => parsePrivacyNotice(notice));
  }

  /** `src`: address of the notice's JSON (http(s) or relative). */
  override attributeChangedCallback(name?: string): void {
    const src = this.getAttribute('src');
    if (name === 'src' && src) {
      void this.show(async (signal) => {
        if (!isSafeUrl(src)) throw new TypeError('src must be an http(s) or relative URL');
        return fetchPrivacyNotice(src, signal);
      });
    }
    super.attributeChangedCallback();
  }

  private async show(read: (signal: AbortSignal) => Promise<PrivacyNotice>): Promise<void> {
    this.loading?.abort();
    const { signal } = (this.loading = new AbortController());
    try {
      const notice = await read(signal);
      if (signal.aborted) return;
      [this.shown, this.failed] = [notice, false];
    } catch (error) {
      if (signal.aborted) return;
      [this.shown, this.failed] = [undefined, true];
      console.warn(`civicpay: privacy notice: ${(error as Error).message}`);
    }
    this.requestUpdate();
  }

  /** In-page links cannot reach into a shadow root, so the table of contents scrolls itself. */
  private goTo(id: string): void {
    const heading = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
    if (!heading) return;
    heading.scrollIntoView();
    heading.focus({ preventScroll: true });
    history.replaceState(history.state, '', `#${id}`);
  }

  protected render() {
    const { t, shown: notice } = this;
    const n = this.localize(noticeMessages);
    // A notice that cannot be loaded or read is the page's configuration to fix.
    if (this.failed) this.reportConfigProblem('noticeError', n('noticeError'));
    else this.reportConfigProblem();
    if (this.failed) return html`<p role="alert" part="error" lang=${this.locale}>${n('noticeError')}</p>`;
    if (!notice) return nothing;
    const contents = [...notice.sections, { id: signalsId, heading: n('signalsHeading') }];
    return html`<article part="notice" lang=${notice.lang ?? nothing}>
      <h1 part="title">${notice.title}</h1>
      <p part="updated" lang=${this.locale}>${t('lastUpdated', formatDate(notice.lastUpdated, this.locale))}</p>
      <nav part="toc" aria-label=${n('contents')}>
        <ol>
          ${contents.map(
            ({ id, heading }) =>
              html`<li lang=${id === signalsId ? this.locale : nothing}>
                <a
                  href="#${id}"
                  @click=${(event: Event) => {
                    event.preventDefault();
                    this.goTo(id);
                  }}
                  >${heading}</a
                >
              </li>`,
          )}
        </ol>
      </nav>
      ${notice.sections.map(
        ({ id, heading, blocks }) =>
          html`<section part="section">
            <h2 id=${id} tabindex="-1">${heading}</h2>
            ${blocks.map(renderBlock)}
          </section>`,
      )}
      <section part="section signals" lang=${this.locale}>
        <h2 id=${signalsId} tabindex="-1">${n('signalsHeading')}</h2>
        <p>${n('signalsGpc')} ${n(consent.settings().honorDoNotTrack ? 'dntHonoured' : 'dntIgnored')}</p>
        ${consent.state().signal ? html`<p>${t('signalHonoured', t(consent.state().signal!))}</p>` : nothing}
        <button part="settings-button" @click=${(event: Event) => consent.showPreferences(event.target as HTMLElement)}>
          ${t('preferencesTitle')}
        </button>
      </section>
    </article>`;
  }
}

function renderBlock(block: NoticeBlock) {
  if (block.type === 'list')
    return html`<ul>
      ${block.items.map((item) => html`<li>${item}</li>`)}
    </ul>`;
  return block.type === 'subheading' ? html`<h3>${block.text}</h3>` : html`<p>${block.text}</p>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-privacy-notice': CivicPrivacyNotice;
  }
}
