import { caretAfterDigits, formatCardNumber } from './card-format.js';
import type { FrameText, TextKey } from './messages.js';
import { showFieldError, type FieldView, type FormView } from './form.js';
import type { FieldName, ValidationContext } from './fields.js';
import type { CardBrand } from './validators/card-brands.js';
import { detectBrand } from './validators/card-brands.js';
import { digitsOf } from './validators/digits.js';
import type { Expiry } from './validators/expiry.js';
import type { FieldCheck } from '../core/field-check.js';

export interface FormEvents {
  onCompleteChange(complete: boolean): void;
  onAnnounce(message: string): void;
  onEnter(): void;
}

/**
 * Validation for one rendered form: errors appear after the resident edits and leaves a field,
 * or on submit, and are announced through the host; `complete` follows every keystroke.
 */
export class FormController {
  private readonly edited = new Set<FieldName>();
  private complete = false;

  constructor(
    readonly view: FormView,
    private readonly t: FrameText,
    private readonly acceptedBrands: readonly CardBrand[],
    private readonly events: FormEvents,
  ) {
    view.form.addEventListener('input', (event) => this.onInput(event));
    view.form.addEventListener('focusout', (event) => this.onLeave(event));
    view.form.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
      event.preventDefault();
      this.events.onEnter();
    });
  }

  private field(name: FieldName): FieldView | undefined {
    return this.view.fields.find((view) => view.spec.name === name);
  }

  private context(): ValidationContext {
    return { acceptedBrands: this.acceptedBrands, brand: this.brand(), now: new Date() };
  }

  private brand(): CardBrand | undefined {
    const number = this.field('cardNumber');
    return number ? detectBrand(digitsOf(number.input.value)) : undefined;
  }

  private checkOf(view: FieldView): FieldCheck<unknown, TextKey> {
    return view.spec.validate(view.input.value, this.context());
  }

  private errorOf(view: FieldView): TextKey | undefined {
    const check = this.checkOf(view);
    return check.ok ? undefined : check.error;
  }

  private show(view: FieldView, key: TextKey | undefined): void {
    showFieldError(view, key ? this.t(key) : undefined);
  }

  private onInput(event: Event): void {
    const view = this.view.fields.find((candidate) => candidate.input === event.target);
    if (!view) return;
    this.edited.add(view.spec.name);
    if (view.spec.name === 'cardNumber') this.onCardNumberInput(view);
    // Once an error is showing, it follows the typing so the resident sees it clear.
    if (view.input.hasAttribute('aria-invalid')) this.show(view, this.errorOf(view));
    this.updateComplete();
  }

  private onCardNumberInput(view: FieldView): void {
    const input = view.input;
    const digitsBeforeCaret = digitsOf(input.value.slice(0, input.selectionStart ?? input.value.length)).length;
    if (/^[\d\s-]*$/.test(input.value)) {
      input.value = formatCardNumber(digitsOf(input.value));
      const caret = caretAfterDigits(input.value, digitsBeforeCaret);
      input.setSelectionRange(caret, caret);
    }
    const brand = this.brand();
    if (this.view.brand) this.view.brand.textContent = brand ? this.t.catalog.brandDetected(this.t(brand)) : '';
    const code = this.field('securityCode');
    if (code?.hint) code.hint.textContent = this.t(brand === 'amex' ? 'securityCodeHint4' : 'securityCodeHint3');
    if (code?.input.hasAttribute('aria-invalid')) this.show(code, this.errorOf(code));
  }

  private onLeave(event: FocusEvent): void {
    const view = this.view.fields.find((candidate) => candidate.input === event.target);
    if (!view || !this.edited.has(view.spec.name)) return;
    const key = this.errorOf(view);
    const wasShowing = view.error.textContent;
    this.show(view, key);
    if (key && wasShowing !== view.error.textContent) this.events.onAnnounce(view.error.textContent ?? '');
  }

  private updateComplete(): void {
    const complete = this.view.fields.every((view) => !this.errorOf(view));
    if (complete === this.complete) return;
    this.complete = complete;
    this.events.onCompleteChange(complete);
  }

  isComplete(): boolean {
    return this.complete;
  }

  /** Shows every error, focuses the first invalid field and announces all errors; true when valid. */
  validateAll(): boolean {
    const invalid = this.view.fields.filter((view) => {
      const key = this.errorOf(view);
      this.show(view, key);
      return key !== undefined;
    });
    if (invalid.length === 0) return true;
    invalid[0]!.input.focus();
    this.events.onAnnounce(invalid.map((view) => view.error.textContent).join(' '));
    return false;
  }

  /** Puts the billing API's 422 field errors on the fields they name. */
  showServerErrors(errors: Array<{ field: FieldName; key: TextKey }>): void {
    for (const { field, key } of errors) {
      const view = this.field(field);
      if (view) this.show(view, key);
    }
    const first = this.view.fields.find((view) => view.input.hasAttribute('aria-invalid'));
    first?.input.focus();
    this.events.onAnnounce(
      this.view.fields
        .map((view) => view.error.textContent)
        .join(' ')
        .trim(),
    );
  }

  /** The request body for the billing API, from the fields' checked values; call only after `validateAll()` returned true. */
  requestBody(): Record<string, unknown> {
    const value = (name: FieldName) => {
      const check = this.checkOf(this.field(name)!);
      return check.ok ? check.value : undefined;
    };
    if (this.view.method === 'bank') {
      return {
        type: 'bank',
        routingNumber: value('routingNumber'),
        accountNumber: value('accountNumber'),
        accountType: this.view.accountType!(),
        holderName: value('holderName'),
      };
    }
    const expiry = value('expiry') as Expiry;
    return {
      type: 'card',
      number: value('cardNumber'),
      expMonth: expiry.month,
      expYear: expiry.year,
      cvc: value('securityCode'),
      name: value('cardName'),
      zip: value('postalCode'),
    };
  }

  /** The security code may be used once only: it is gone from the page once a token exists. */
  clearSecurityCode(): void {
    const code = this.field('securityCode');
    if (!code) return;
    code.input.value = '';
    this.edited.delete('securityCode');
    this.updateComplete();
  }

  focusFirst(): void {
    this.view.fields[0]?.input.focus();
  }
}
