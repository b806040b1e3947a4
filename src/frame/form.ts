import { h } from './dom.js';
import type { FrameText, TextKey } from './messages.js';
import type { PaymentMethodType } from './protocol.js';
import { bankFields, cardFields, type FieldName, type FieldSpec } from './fields.js';
import type { CardBrand } from './validators/card-brands.js';

export interface FieldView {
  spec: FieldSpec;
  input: HTMLInputElement;
  hint: HTMLElement | undefined;
  error: HTMLElement;
}

export interface FormView {
  method: PaymentMethodType;
  form: HTMLFormElement;
  fields: FieldView[];
  /** Card form only: the detected brand, as text. */
  brand?: HTMLElement;
  /** Bank form only: the checked account type. */
  accountType?: () => 'checking' | 'savings';
}

function field(spec: FieldSpec, hintText?: string): FieldView {
  const hintId = `${spec.name}-hint`;
  const errorId = `${spec.name}-error`;
  const hint = hintText === undefined ? undefined : h('p', { id: hintId, class: 'hint' }, hintText);
  const error = h('p', { id: errorId, class: 'error' });
  const input = h('input', {
    id: spec.name,
    name: spec.name,
    type: 'text',
    autocomplete: spec.autocomplete ?? 'off',
    inputmode: spec.numeric ? 'numeric' : undefined,
    spellcheck: 'false',
    autocapitalize: spec.numeric ? 'off' : 'words',
    maxlength: String(spec.maxLength),
    'aria-describedby': hint ? `${hintId} ${errorId}` : errorId,
  });
  return { spec, input, hint, error };
}

function row(view: FieldView, label: string, ...extra: HTMLElement[]): HTMLElement {
  const labelElement = h('label', { for: view.spec.name }, label);
  const parts = [labelElement, ...(view.hint ? [view.hint] : []), view.input, ...extra, view.error];
  return h('div', { class: view.spec.half ? 'field half' : 'field' }, ...parts);
}

export function brandList(brands: readonly CardBrand[], t: FrameText): string {
  const names = brands.map((brand) => t(brand));
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${t('or')} ${names.at(-1)}`;
}

export function buildCardForm(t: FrameText, acceptedBrands: readonly CardBrand[]): FormView {
  const hints: Partial<Record<FieldName, string>> = {
    cardNumber: t.catalog.cardNumberHint(brandList(acceptedBrands, t)),
    expiry: t('expiryHint'),
    securityCode: t('securityCodeHint3'),
  };
  const fields = cardFields.map((spec) => field(spec, hints[spec.name]));
  const brand = h('p', { id: 'cardNumber-brand', class: 'brand' });
  const [number] = fields;
  number!.input.setAttribute('aria-describedby', `cardNumber-hint cardNumber-brand cardNumber-error`);
  const rows = fields.map((view) =>
    view === number ? row(view, t(view.spec.label), brand) : row(view, t(view.spec.label)),
  );
  const form = h('form', { novalidate: '', 'aria-label': t('formCard') }, h('div', { class: 'grid' }, ...rows));
  return { method: 'card', form, fields, brand };
}

export function buildBankForm(t: FrameText): FormView {
  const hints: Partial<Record<FieldName, TextKey>> = {
    routingNumber: 'routingNumberHint',
    accountNumber: 'accountNumberHint',
  };
  const fields = bankFields.map((spec) => {
    const hint = hints[spec.name];
    return field(spec, hint ? t(hint) : undefined);
  });
  const radio = (value: 'checking' | 'savings') =>
    h(
      'label',
      { class: 'choice' },
      h('input', { type: 'radio', name: 'accountType', value, ...(value === 'checking' ? { checked: '' } : {}) }),
      t(value),
    );
  const accountType = h('fieldset', {}, h('legend', {}, t('accountType')), radio('checking'), radio('savings'));
  const [routing, account, holder] = fields.map((view) => row(view, t(view.spec.label)));
  const form = h('form', { novalidate: '', 'aria-label': t('formBank') }, routing!, account!, accountType, holder!);
  const checked = () =>
    (form.querySelector<HTMLInputElement>('input[name=accountType]:checked')?.value ?? 'checking') as
      'checking' | 'savings';
  return { method: 'bank', form, fields, accountType: checked };
}

/** Shows or clears a field's error; an error is tied to its field by aria-invalid and aria-describedby. */
export function showFieldError(view: FieldView, message: string | undefined): void {
  view.error.textContent = message ?? '';
  if (message) view.input.setAttribute('aria-invalid', 'true');
  else view.input.removeAttribute('aria-invalid');
}
