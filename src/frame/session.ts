import { h } from './dom.js';
import { buildBankForm, buildCardForm } from './form.js';
import { FormController } from './form-controller.js';
import { applyDocumentLocale, frameText, waitText, type FrameText } from './messages.js';
import type { FrameLocale, FrameMessage, HostMessage, PaymentMethodType } from './protocol.js';
import { isHostMessage } from './protocol.js';
import type { FrameTenant } from './tenant.js';
import { tokenize } from './tokenize.js';

/** The frame after an accepted handshake: one port, one tenant, the forms and their values. */
export class FrameSession {
  private t: FrameText;
  private readonly forms = new Map<PaymentMethodType, FormController>();
  /** Says how long to wait when the API slows tokenizing down (429), in place of a generic failure. */
  private readonly notice = h('p', { class: 'notice', role: 'status' });
  private retryAfterSeconds: number | undefined;

  constructor(
    private readonly port: MessagePort,
    private readonly tenant: FrameTenant,
    private readonly root: HTMLElement,
    private locale: FrameLocale,
    private method: PaymentMethodType,
  ) {
    this.t = frameText(locale);
    port.onmessage = (event) => {
      if (isHostMessage(event.data)) void this.handle(event.data);
    };
    this.render();
    new ResizeObserver(() => this.post({ type: 'height', height: this.height() })).observe(document.documentElement);
    this.post({ type: 'ready', height: this.height(), complete: this.current()?.isComplete() ?? false });
  }

  post(message: FrameMessage): void {
    this.port.postMessage(message);
  }

  private height(): number {
    return Math.ceil(document.documentElement.getBoundingClientRect().height);
  }

  private current(): FormController | undefined {
    if (!this.tenant.paymentMethods.includes(this.method)) return undefined;
    let controller = this.forms.get(this.method);
    if (!controller) {
      const view = this.method === 'card' ? buildCardForm(this.t, this.tenant.cardBrands) : buildBankForm(this.t);
      controller = new FormController(view, this.t, this.tenant.cardBrands, {
        onCompleteChange: (complete) => this.post({ type: 'complete', complete }),
        onAnnounce: (message) => this.post({ type: 'announce', message }),
        onEnter: () => this.post({ type: 'enter' }),
      });
      this.forms.set(this.method, controller);
    }
    return controller;
  }

  private render(): void {
    const controller = this.current();
    this.root.replaceChildren(
      controller ? controller.view.form : h('p', { class: 'notice' }, this.t('methodNotAccepted')),
      this.notice,
    );
  }

  /** Rebuilds the forms in another language, keeping what was typed. */
  private relabel(locale: FrameLocale): void {
    const typed = new Map<string, string>();
    const checked = [...this.root.ownerDocument.querySelectorAll<HTMLInputElement>('input[type=radio]:checked')];
    for (const controller of this.forms.values()) {
      for (const view of controller.view.fields) typed.set(view.spec.name, view.input.value);
    }
    const accountType = checked[0]?.value;
    this.locale = locale;
    this.t = frameText(locale);
    applyDocumentLocale(locale);
    if (this.notice.textContent) this.notice.textContent = waitText(this.t, this.retryAfterSeconds);
    const methods = [...this.forms.keys()];
    this.forms.clear();
    const active = this.method;
    for (const method of methods) {
      this.method = method;
      const controller = this.current()!;
      for (const view of controller.view.fields) {
        view.input.value = typed.get(view.spec.name) ?? '';
        view.input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      if (accountType) {
        controller.view.form.querySelector<HTMLInputElement>(`input[value=${accountType}]`)?.click();
      }
    }
    this.method = active;
  }

  private async handle(message: HostMessage): Promise<void> {
    switch (message.type) {
      case 'configure': {
        if (message.lang !== this.locale) this.relabel(message.lang);
        this.method = message.method;
        this.render();
        this.post({ type: 'complete', complete: this.current()?.isComplete() ?? false });
        return;
      }
      case 'focus':
        this.current()?.focusFirst();
        return;
      case 'submit':
        return this.submit(message.id);
    }
  }

  private async submit(id: number): Promise<void> {
    const controller = this.current();
    if (!controller) return this.post({ type: 'result', id, error: 'method_not_allowed' });
    if (!controller.validateAll()) return this.post({ type: 'result', id, error: 'invalid' });
    this.notice.textContent = '';
    const outcome = await tokenize(this.tenant.id, controller.requestBody());
    if (outcome.ok) {
      controller.clearSecurityCode();
      return this.post({ type: 'result', id, token: outcome.token });
    }
    if (outcome.fieldErrors.length > 0) controller.showServerErrors(outcome.fieldErrors);
    if (outcome.code === 'rate_limited') {
      this.retryAfterSeconds = outcome.retryAfterSeconds;
      this.notice.textContent = waitText(this.t, outcome.retryAfterSeconds);
      this.post({ type: 'announce', message: this.notice.textContent });
    }
    this.post({ type: 'result', id, error: outcome.code });
  }
}
