import { html, css, type PropertyValues } from 'lit';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { providedConfigContext, type ProvidedConfig } from '../../core/context.js';
import { toLocale } from '../../core/locale.js';

/**
 * @summary Gives every civicpay element inside it the billing API, tenant and language, so
 * each element needs no attributes of its own.
 *
 * @slot - Any content, including civicpay elements at any depth and inside shadow roots.
 * @tagname civic-provider
 */
export class CivicProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Base URL of the billing API (http or https). */
  @property() api?: string;

  /** Tenant id, such as `san-clemente`. */
  @property() tenant?: string;

  /** Language for the elements inside: `en` or `es`. */
  @property({ attribute: 'lang' }) override lang!: string;

  @provide({ context: providedConfigContext })
  protected provided: ProvidedConfig = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') || changed.has('tenant') || changed.has('lang')) {
      this.provided = { api: this.api, tenant: this.tenant, locale: toLocale(this.lang) };
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-provider': CivicProvider;
  }
}
