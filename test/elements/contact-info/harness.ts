import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/contact-info.js';
import type { CivicContactInfo } from '../../../src/elements/contact-info/contact-info.js';
import { TENANT, TEST_API } from '../../helpers/env.js';
import { buttonNamed, part, shadow, signInResident } from '../../helpers/account.js';

/** Drives `<civic-contact-info>` as a resident would, for its test files. */
export const field = (el: CivicContactInfo, name: string) => shadow(el).querySelector<HTMLInputElement>(`#${name}`)!;
export const errorOf = (el: CivicContactInfo, name: string) =>
  shadow(el).querySelector(`#${name}-error`)?.textContent?.trim();
export const loaded = (el: CivicContactInfo) =>
  waitUntil(() => part(el, 'form') || part(el, 'error'), 'contact details did not load', { timeout: 10_000 });

export async function contactInfo(lang = 'en') {
  await signInResident();
  const el = await fixture<CivicContactInfo>(
    html`<civic-contact-info api=${TEST_API} tenant=${TENANT} lang=${lang}></civic-contact-info>`,
  );
  await loaded(el);
  return el;
}

/** Replaces a field's text by typing, as a resident would. */
export async function retype(el: CivicContactInfo, name: string, text: string) {
  const input = field(el, name);
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
}

/** Waits until a save (in either language) has come back. */
export async function saved(el: CivicContactInfo) {
  await el.updateComplete;
  await waitUntil(() => !buttonNamed(el, /Saving…|Guardando…/), 'save hung', { timeout: 10_000 });
  await el.updateComplete;
}

export async function save(el: CivicContactInfo) {
  shadow(el).querySelector('form')!.requestSubmit();
  await saved(el);
}
