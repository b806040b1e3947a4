import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { Profile } from '../../api/schemas.js';
import { isBillingError } from '../../api/errors.js';
import { CivicElement } from '../../core/civic-element.js';
import { SessionController } from '../../core/session-controller.js';
import { keepFocusInside } from '../../core/focus.js';
import { renderConfigProblem } from '../../core/config-problem.js';
import { commonErrorMessage } from '../../core/error-message.js';
import { loadFailure, loadingLine } from '../../core/load-states.js';
import { CivicContactUpdatedEvent } from '../../core/events.js';
import { common } from '../../core/i18n/common.js';
import { account as catalog, type AccountMessages } from '../../core/i18n/account.js';
import type { Translate } from '../../core/i18n/catalog.js';
import { tokens, baseStyles } from '../../core/styles.js';
import { contactInfoStyles } from './contact-info.styles.js';
import {
  changesFrom,
  checkField,
  contactFields,
  fieldOfPath,
  validate,
  valuesOf,
  type ChangedField,
  type ContactError,
  type ContactField,
  type ContactValues,
} from './contact-form.js';
import {
  needsProof,
  PASSWORD_FIELD_ID,
  renderPasswordField,
  type PasswordError,
  type PasswordStep,
} from './password-confirmation.js';

interface FieldSpec {
  label: keyof AccountMessages & string;
  autocomplete: string;
  type?: string;
  inputmode?: string;
  hint?: keyof AccountMessages & string;
  optional?: boolean;
}

const fieldSpecs: Record<ContactField, FieldSpec> = {
  email: { label: 'emailLabel', autocomplete: 'email', type: 'email' },
  home: { label: 'homePhoneLabel', autocomplete: 'home tel-national', type: 'tel', hint: 'phoneHint', optional: true },
  mobile: {
    label: 'mobilePhoneLabel',
    autocomplete: 'mobile tel-national',
    type: 'tel',
    hint: 'phoneHint',
    optional: true,
  },
  fax: { label: 'faxLabel', autocomplete: 'fax tel-national', type: 'tel', hint: 'phoneHint', optional: true },
  line1: { label: 'line1Label', autocomplete: 'address-line1' },
  line2: { label: 'line2Label', autocomplete: 'address-line2', optional: true },
  city: { label: 'cityLabel', autocomplete: 'address-level2' },
  state: { label: 'stateLabel', autocomplete: 'address-level1', hint: 'stateHint' },
  zip: { label: 'zipLabel', autocomplete: 'postal-code', inputmode: 'numeric', hint: 'zipHint' },
};

const changedLabels: Record<ChangedField, keyof AccountMessages & string> = {
  email: 'emailLabel',
  'phones.home': 'homePhoneLabel',
  'phones.mobile': 'mobilePhoneLabel',
  'phones.fax': 'faxLabel',
  mailingAddress: 'addressLegend',
};

type Message = { kind: 'error' | 'success'; text: string } | undefined;

/**
 * @summary Shows and edits the signed-in resident's email, phone numbers and mailing address.
 *
 * Values are checked as the resident types and reported once they leave a field or press
 * Save. Phone numbers are saved as `(949) 555-0123`, ZIP codes as 12345 or 12345-6789. Only
 * changed fields are sent; the billing API keeps a history of every change. When the API wants
 * proof for an email or mailing-address change (the sign-in is not recent), the form asks for the
 * current password, keeps everything typed, and sends the password with the change.
 *
 * @csspart base - The element's root.
 * @csspart form - The contact form.
 * @csspart error-summary - The list of problems shown after Save.
 * @csspart message - Save confirmations and failures (a live region).
 * @csspart password-confirmation - The current-password field, shown once the API asks for proof.
 * @csspart signed-out - The prompt shown when nobody is signed in.
 * @csspart loading - Shown while the contact details load.
 * @csspart error - A loading failure with Try again.
 * @csspart alert - A loading failure, or the problems found on Save, for screen readers (an assertive
 * live region, empty until then).
 * @csspart button - Every button.
 *
 * @cssprop [--civic-color-error=#b3261e] - Field errors and the error summary.
 * @cssprop [--civic-color-success=#1e6b3a] - The saved confirmation.
 * @cssprop [--civic-color-border=#767676] - Field and group borders.
 * @cssprop [--civic-radius=4px] - Corners of fields, groups and buttons.
 * @cssprop [--civic-spacing=1rem] - Space between parts.
 * @cssprop [--civic-focus-ring=3px solid #1a73e8] - Outline of the focused control.
 *
 * @fires civic-contact-updated - After a save; `event.profile` is the saved profile and
 * `event.changed` names what changed (`email`, `phones.home`, `phones.mobile`, `phones.fax`, `mailingAddress`).
 * @tagname civic-contact-info
 */
export class CivicContactInfo extends CivicElement {
  /** @internal */
  static override catalogs = [common, catalog];
  static override styles = [tokens, baseStyles, contactInfoStyles];

  @state() private values: ContactValues | undefined;
  @state() private touched = new Set<ContactField>();
  @state() private submitted = false;
  @state() private serverErrors: Partial<Record<ContactField, ContactError>> = {};
  @state() private busy = false;
  @state() private message: Message;
  /** The problems the live region announced at the last Save, as they were then. */
  @state() private announcedProblems: Array<[ContactField, ContactError]> = [];
  @state() private passwordStep: PasswordStep = { kind: 'not-asked' };

  private profile: Profile | undefined;
  private readonly session = new SessionController(this);

  private readonly load = new Task(this, {
    task: async ([client, signedIn], { signal }) => {
      if (!client || !signedIn) return;
      this.show(await client.getProfile({ signal }));
    },
    args: () => [this.session.billing?.client, this.session.signedIn] as const,
  });

  private show(profile: Profile): void {
    this.profile = profile;
    this.values = valuesOf(profile);
    this.touched = new Set();
    this.submitted = false;
    this.serverErrors = {};
    this.announcedProblems = [];
    this.passwordStep = { kind: 'not-asked' };
  }

  /** Client-side problems plus any the API reported for values not changed since. */
  private get errors(): Partial<Record<ContactField, ContactError>> {
    return this.values ? { ...validate(this.values), ...this.serverErrors } : {};
  }

  private shownError(field: ContactField): ContactError | undefined {
    return this.submitted || this.touched.has(field) ? this.errors[field] : undefined;
  }

  private edit(field: ContactField, value: string): void {
    if (!this.values) return;
    this.values = { ...this.values, [field]: value };
    if (this.serverErrors[field]) {
      const { [field]: _dropped, ...rest } = this.serverErrors;
      this.serverErrors = rest;
    }
  }

  /** On leaving a field: report its problem from now on, and show a valid value in its saved format. */
  private leave(field: ContactField): void {
    // Signing out removes the focused field mid-render, which blurs it: nothing to mark then.
    if (!this.session.signedIn || this.load.status !== TaskStatus.COMPLETE) return;
    this.touched = new Set(this.touched).add(field);
    const result = this.values && checkField(field, this.values[field]);
    if (result?.ok && !this.serverErrors[field]) this.edit(field, result.value ?? '');
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const billing = this.session.billing;
    if (this.busy || !billing || !this.profile || !this.values) return;
    const t = this.localize(catalog);
    this.submitted = true;
    this.message = undefined;
    this.announcedProblems = [];
    if (Object.keys(this.errors).length > 0) {
      await this.announceProblems();
      await this.focusFirstInvalid();
      return;
    }
    const { update, changed } = changesFrom(this.profile, this.values);
    if (changed.length === 0) {
      // Rendered empty first, so saying it on a second Save is heard again.
      await this.updateComplete;
      this.message = { kind: 'success', text: t('nothingChanged') };
      return;
    }
    const step = this.passwordStep;
    const proof = step.kind === 'asked' && needsProof(changed) ? step.password : undefined;
    if (proof === '') {
      await this.showPasswordError('errorPasswordMissing');
      return;
    }
    this.busy = true;
    try {
      const profile = await billing.client.updateProfile(
        proof === undefined ? update : { ...update, currentPassword: proof },
      );
      this.show(profile);
      const names = changed.map((name) => t(changedLabels[name]).toLowerCase());
      this.message = { kind: 'success', text: t('savedChanges', t('fieldList', names)) };
      this.dispatchEvent(new CivicContactUpdatedEvent(profile, changed));
    } catch (error) {
      await this.showSaveError(error, proof !== undefined);
    } finally {
      this.busy = false;
    }
  }

  private async showSaveError(error: unknown, sentPassword: boolean): Promise<void> {
    const t = this.localize(catalog);
    if (isBillingError(error) && error.code === 'reauthentication_required') {
      if (sentPassword) await this.showPasswordError('errorPasswordWrong');
      else await this.askForPassword();
      return;
    }
    if (isBillingError(error) && error.code === 'validation' && error.fieldErrors.length > 0) {
      const serverErrors: Partial<Record<ContactField, ContactError>> = {};
      for (const { field } of error.fieldErrors) {
        const name = fieldOfPath(field);
        if (name) serverErrors[name] = 'errorServerField';
      }
      this.serverErrors = serverErrors;
      if (Object.keys(serverErrors).length > 0) {
        await this.announceProblems();
        await this.focusFirstInvalid();
        return;
      }
    }
    const reason = !isBillingError(error)
      ? commonErrorMessage(error, this.localize(common))
      : error.code === 'validation'
        ? ''
        : commonErrorMessage(error, this.localize(common));
    this.message = { kind: 'error', text: `${t('saveFailed')} ${reason}`.trim() };
  }

  /** Shows the current-password field, its explanation tied to it, and moves focus there. */
  private async askForPassword(): Promise<void> {
    this.passwordStep = { kind: 'asked', password: '', error: undefined };
    await this.focusPassword();
  }

  /** The field's error, put in the alert region after it rendered empty, so each one is heard. */
  private async showPasswordError(error: PasswordError): Promise<void> {
    const step = this.passwordStep;
    if (step.kind !== 'asked') return;
    this.passwordStep = { ...step, error: undefined };
    await this.updateComplete;
    this.passwordStep = { ...step, error };
    await this.focusPassword();
  }

  private async focusPassword(): Promise<void> {
    await this.updateComplete;
    const input = this.renderRoot.querySelector<HTMLInputElement>(`#${PASSWORD_FIELD_ID}`);
    input?.focus();
    input?.select();
  }

  private typePassword(password: string): void {
    if (this.passwordStep.kind === 'asked') this.passwordStep = { kind: 'asked', password, error: undefined };
  }

  /** Puts the summary's problems in the live region once it has rendered empty, so every Save is announced. */
  private async announceProblems(): Promise<void> {
    await this.updateComplete;
    this.announcedProblems = contactFields.flatMap((field) => {
      const error = this.shownError(field);
      return error ? [[field, error] as [ContactField, ContactError]] : [];
    });
  }

  private async focusFirstInvalid(): Promise<void> {
    await this.updateComplete;
    const first = contactFields.find((field) => this.errors[field]);
    if (first) this.focusField(first);
  }

  private focusField(field: ContactField): void {
    this.renderRoot.querySelector<HTMLInputElement>(`#${field}`)?.focus();
  }

  protected override render() {
    const config = this.config;
    const t = this.localize(catalog);
    return html`<section part="base" lang=${this.locale} aria-labelledby="title">
      <h2 id="title" tabindex="-1">${t('contactTitle')}</h2>
      ${
        !config.ok
          ? renderConfigProblem(config, this.localize(common))
          : !this.session.signedIn
            ? html`<p part="signed-out">${t('signInPrompt')}</p>`
            : this.load.render({
                initial: () => loadingLine(this.localize(common)),
                pending: () => loadingLine(this.localize(common)),
                complete: () => this.renderForm(t),
                error: (error) =>
                  loadFailure(error, this.localize(common), () => keepFocusInside(this, () => this.load.run())),
              })
      }
      <p part="alert" role="alert" class="visually-hidden">${this.renderAlert(t)}</p>
    </section>`;
  }

  /** What the live region says: a loading failure, or the problems of the last Save while the summary shows. */
  private renderAlert(t: Translate<AccountMessages>) {
    if (!this.config.ok || !this.session.signedIn) return '';
    if (this.load.status === TaskStatus.ERROR) return commonErrorMessage(this.load.error, this.localize(common));
    const step = this.passwordStep;
    if (step.kind === 'asked' && step.error) return `${t('currentPasswordLabel')}: ${t(step.error)}`;
    const problems = this.announcedProblems;
    if (problems.length === 0 || !contactFields.some((field) => this.shownError(field))) return '';
    return html`${t('errorSummaryTitle', problems.length)}
    ${problems.map(([field, error]) => html`<span>${t(fieldSpecs[field].label)}: ${t(error)}</span> `)}`;
  }

  private renderForm(t: Translate<AccountMessages>) {
    if (!this.values || !this.profile) return nothing;
    return html`<form part="form" novalidate @submit=${this.save}>
      <p>${t('contactIntro')}</p>
      ${this.renderSummary(t)}
      <div>
        <p><strong>${t('name')}:</strong> <span class="name">${this.profile.displayName}</span></p>
        <p class="hint">${t('nameHelp')}</p>
      </div>
      ${this.renderField('email', t)}
      <fieldset>
        <legend>${t('phonesLegend')}</legend>
        ${this.renderField('home', t)} ${this.renderField('mobile', t)} ${this.renderField('fax', t)}
      </fieldset>
      <fieldset>
        <legend>${t('addressLegend')}</legend>
        ${this.renderField('line1', t)} ${this.renderField('line2', t)}
        <div class="row">
          ${this.renderField('city', t)} ${this.renderField('state', t)} ${this.renderField('zip', t)}
        </div>
      </fieldset>
      ${renderPasswordField(this.passwordStep, t, (password) => this.typePassword(password))}
      <p part="message" role="status" class=${this.message?.kind ?? ''}>${this.message?.text ?? ''}</p>
      <div>
        <button part="button" class="primary" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
          ${this.busy ? t('saving') : t('save')}
        </button>
      </div>
    </form>`;
  }

  private renderSummary(t: Translate<AccountMessages>) {
    const invalid = contactFields.filter((field) => this.shownError(field));
    if (!this.submitted || invalid.length === 0) return nothing;
    return html`<div part="error-summary" role="group" aria-labelledby="summary-title">
      <p id="summary-title"><strong>${t('errorSummaryTitle', invalid.length)}</strong></p>
      <ul>
        ${invalid.map(
          (field) =>
            html`<li>
              <button type="button" class="link" @click=${() => this.focusField(field)}>
                ${t(fieldSpecs[field].label)}: ${t(this.errors[field]!)}
              </button>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderField(field: ContactField, t: Translate<AccountMessages>) {
    const spec = fieldSpecs[field];
    const error = this.shownError(field);
    const describedBy = [spec.hint ? `${field}-hint` : '', error ? `${field}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${field}>
        ${t(spec.label)} ${spec.optional ? html`<span class="optional">${t('optional')}</span>` : nothing}
      </label>
      ${spec.hint ? html`<span class="hint" id=${`${field}-hint`}>${t(spec.hint)}</span>` : nothing}
      <input
        id=${field}
        name=${field}
        type=${spec.type ?? 'text'}
        autocomplete=${spec.autocomplete}
        inputmode=${spec.inputmode ?? nothing}
        aria-required=${spec.optional ? 'false' : 'true'}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        .value=${this.values![field]}
        @input=${(e: InputEvent) => this.edit(field, (e.target as HTMLInputElement).value)}
        @blur=${() => this.leave(field)}
      />
      ${error ? html`<p class="field-error" id=${`${field}-error`}>${t(error)}</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-contact-info': CivicContactInfo;
  }
}
