import { html, nothing } from 'lit';
import type { AccountMessages } from '../../core/i18n/account.js';
import type { Translate } from '../../core/i18n/catalog.js';

export type PasswordError = 'errorPasswordMissing' | 'errorPasswordWrong';

/** Where the API's proof step stands for the change being saved. */
export type PasswordStep =
  { kind: 'not-asked' } | { kind: 'asked'; password: string; error: PasswordError | undefined };

export const PASSWORD_FIELD_ID = 'current-password';

/** Whether a change needs the proof the API asks for: the email or the mailing address changes. */
export function needsProof(changed: readonly string[]): boolean {
  return changed.includes('email') || changed.includes('mailingAddress');
}

/** The current-password field the form shows once the API has asked for proof. */
export function renderPasswordField(
  step: PasswordStep,
  t: Translate<AccountMessages>,
  onInput: (password: string) => void,
) {
  if (step.kind !== 'asked') return nothing;
  const id = PASSWORD_FIELD_ID;
  const describedBy = step.error ? `${id}-hint ${id}-error` : `${id}-hint`;
  return html`<div class="field" part="password-confirmation">
    <label for=${id}>${t('currentPasswordLabel')}</label>
    <span class="hint" id=${`${id}-hint`}>${t('currentPasswordHint')}</span>
    <input
      id=${id}
      name=${id}
      type="password"
      autocomplete="current-password"
      aria-required="true"
      aria-invalid=${step.error ? 'true' : 'false'}
      aria-describedby=${describedBy}
      .value=${step.password}
      @input=${(e: InputEvent) => onInput((e.target as HTMLInputElement).value)}
    />
    ${step.error ? html`<p class="field-error" id=${`${id}-error`}>${t(step.error)}</p>` : nothing}
  </div>`;
}
