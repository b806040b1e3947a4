import type { Billing } from './billing.js';

export class AccountSelectionEvent extends Event {
  constructor(
    readonly accountId: string | undefined,
    readonly reason: 'selected' | 'pay',
  ) {
    super('change');
  }
}

/**
 * The account the resident chose in `<civic-balance>`, shared with `<civic-activity>` and
 * `<civic-guest-pay>` on the same page. `requestPayment` is "Pay now": the payment flow listens.
 */
export class AccountSelection extends EventTarget {
  #accountId: string | undefined;

  get accountId(): string | undefined {
    return this.#accountId;
  }

  select(accountId: string | undefined): void {
    if (accountId === this.#accountId) return;
    this.#accountId = accountId;
    this.dispatchEvent(new AccountSelectionEvent(accountId, 'selected'));
  }

  requestPayment(accountId: string): void {
    this.#accountId = accountId;
    this.dispatchEvent(new AccountSelectionEvent(accountId, 'pay'));
  }
}

const selections = new WeakMap<Billing, AccountSelection>();

export function accountSelectionFor(billing: Billing): AccountSelection {
  let selection = selections.get(billing);
  if (!selection) {
    selection = new AccountSelection();
    billing.session.addEventListener('change', () => {
      if (!billing.session.signedIn) selection?.select(undefined);
    });
    selections.set(billing, selection);
  }
  return selection;
}
