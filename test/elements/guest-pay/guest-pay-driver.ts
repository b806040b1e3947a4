import { waitUntil } from '@open-wc/testing';
import type { CivicGuestPay } from '../../../src/elements/guest-pay/guest-pay.js';

/** Reads and drives `<civic-guest-pay>` the way a resident does: by what is on screen. */
export class GuestPayDriver {
  constructor(readonly el: CivicGuestPay) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  /** The visible step's section. */
  get section(): HTMLElement {
    return this.root.querySelector<HTMLElement>('section.step:not([hidden])')!;
  }

  get heading(): string {
    return this.section.querySelector('h2')!.textContent!.replace(/\s+/g, ' ').trim();
  }

  get currentStepLabel(): string | undefined {
    return this.root.querySelector('[aria-current="step"]')?.textContent?.replace(/\s+/g, ' ').trim();
  }

  get message(): string {
    return this.root.querySelector('#flow-message')!.textContent!.trim();
  }

  get status(): string {
    return this.root.querySelector('[role="status"]')!.textContent!.trim();
  }

  input(name: string): HTMLInputElement {
    return this.section.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  }

  fieldError(name: string): string {
    return this.section.querySelector(`#${name}-error`)!.textContent!.trim();
  }

  /** Text of the visible summary, one "term: detail" per row. */
  summary(): Record<string, string> {
    const rows = [...this.section.querySelectorAll('dl > div')];
    return Object.fromEntries(
      rows.map((row) => [row.querySelector('dt')!.textContent!.trim(), row.querySelector('dd')!.textContent!.trim()]),
    );
  }

  button(label: string | RegExp): HTMLButtonElement {
    const buttons = [...this.section.querySelectorAll('button')];
    const found = buttons.find((button) =>
      typeof label === 'string' ? button.textContent!.trim() === label : label.test(button.textContent!.trim()),
    );
    if (!found) throw new Error(`No button "${label}" in ${buttons.map((b) => b.textContent!.trim()).join(', ')}`);
    return found;
  }

  async type(name: string, value: string): Promise<void> {
    const input = this.input(name);
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new FocusEvent('blur'));
    await this.el.updateComplete;
  }

  async choose(label: string): Promise<void> {
    const radio = [...this.section.querySelectorAll<HTMLLabelElement>('label.choice')].find(
      (l) => l.textContent!.trim() === label,
    );
    radio!.querySelector('input')!.click();
    await this.el.updateComplete;
  }

  async click(label: string | RegExp): Promise<void> {
    this.button(label).click();
    await this.el.updateComplete;
  }

  async idle(): Promise<void> {
    await waitUntil(() => this.status === '', 'the element stayed busy', { timeout: 10_000 });
    await this.el.updateComplete;
  }

  async untilStep(label: string): Promise<void> {
    await waitUntil(() => this.currentStepLabel?.startsWith(label), '', { timeout: 10_000 }).catch(() => {
      throw new Error(`Never reached step "${label}": on "${this.currentStepLabel}", message "${this.message}"`);
    });
    await this.idle();
  }

  /**
   * Finds a utility account and, unless `amount` is null, types the amount: the browser tests
   * share one server, so what is due changes as other tests pay the same demo account.
   */
  async findAccount(number = '482910375', zip = '92672', amount: string | null = '84.17'): Promise<void> {
    await this.idle();
    await this.type('number', number);
    await this.type('zip', zip);
    await this.click('Find my bill');
    await this.untilStep('Amount');
    if (amount !== null) await this.type('amount', amount);
  }

  /** From a found bill to the review step, paying by `method`. */
  async toReview(
    method: 'Credit or debit card' | 'Bank account (checking or savings)' = 'Credit or debit card',
  ): Promise<void> {
    await this.click('Continue');
    await this.untilStep('Payment method');
    if (this.section.querySelector('fieldset')) await this.choose(method);
    await this.click('Continue');
    await this.untilStep('Review and pay');
  }
}
