import type { ReactiveController } from 'lit';
import type { CivicElement } from './civic-element.js';
import { billingFor, type Billing } from './billing.js';
import { accountSelectionFor, type AccountSelection, type AccountSelectionEvent } from './account-selection.js';
import type { SessionChangeEvent } from './session.js';

/**
 * Connects an account element to the page's shared session and account selection for its
 * api + tenant, so signing in or out, or choosing an account, anywhere on the page re-renders it. Add it before any Task that reads `billing`:
 * controllers run in the order they were added, and the Task must see the current session.
 */
export class SessionController implements ReactiveController {
  #billing: Billing | undefined;

  constructor(
    private readonly host: CivicElement,
    private readonly onChange?: (event: SessionChangeEvent) => void,
    private readonly onSelection?: (event: AccountSelectionEvent) => void,
  ) {
    host.addController(this);
  }

  /** The shared client and session, or undefined while the element is not configured. */
  get billing(): Billing | undefined {
    return this.#billing;
  }

  /** The account chosen in `<civic-balance>`, shared with activity and the payment flow. */
  get selection(): AccountSelection | undefined {
    return this.#billing && accountSelectionFor(this.#billing);
  }

  get signedIn(): boolean {
    return this.#billing?.session.signedIn ?? false;
  }

  hostConnected(): void {
    this.#follow();
  }

  /** Config (api, tenant, provider) may have changed since the last render. */
  hostUpdate(): void {
    this.#follow();
  }

  hostDisconnected(): void {
    this.#unsubscribe();
    this.#billing = undefined;
  }

  #follow(): void {
    const config = this.host.config;
    const next = config.ok ? billingFor(config.api, config.tenant) : undefined;
    if (next === this.#billing) return;
    this.#unsubscribe();
    this.#billing = next;
    next?.session.addEventListener('change', this.#changed);
    this.selection?.addEventListener('change', this.#selected);
  }

  #unsubscribe(): void {
    this.#billing?.session.removeEventListener('change', this.#changed);
    this.selection?.removeEventListener('change', this.#selected);
  }

  #selected = (event: Event): void => {
    this.onSelection?.(event as AccountSelectionEvent);
    this.host.requestUpdate();
  };

  #changed = (event: Event): void => {
    this.onChange?.(event as SessionChangeEvent);
    this.host.requestUpdate();
  };
}
