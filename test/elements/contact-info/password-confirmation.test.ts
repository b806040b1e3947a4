import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Profile } from '../../../src/api/schemas.js';
import type { CivicContactUpdatedEvent } from '../../../src/core/events.js';
import { RESIDENT } from '../../helpers/env.js';
import { hasFocus } from '../../helpers/consent.js';
import type { CivicContactInfo } from '../../../src/elements/contact-info/contact-info.js';
import { billing, part, restoreFetch, shadow, signInResident, signOutEverywhere } from '../../helpers/account.js';
import { contactInfo, errorOf, field, retype, saved } from './harness.js';
import '../../helpers/lit-warnings.js';

// The browser tests' API asks for the password on every email or address change
// (FRESH_SIGN_IN_SECONDS=0), so these meet the step against the real server.
const password = (el: CivicContactInfo) => field(el, 'current-password');

async function pressEnter(el: CivicContactInfo) {
  await sendKeys({ press: 'Enter' });
  await saved(el);
}

describe('<civic-contact-info> password confirmation', () => {
  let original: Profile | undefined;

  beforeEach(async () => {
    await signInResident();
    original = await billing().client.getProfile();
  });

  afterEach(async () => {
    restoreFetch();
    await signInResident();
    const { email, phones, mailingAddress } = original!;
    await billing().client.updateProfile({ email, phones, mailingAddress, currentPassword: RESIDENT.password });
    await signOutEverywhere();
  });

  it('asks for the current password for an email change, and saves with the right one', async () => {
    const el = await contactInfo();
    expect(part(el, 'password-confirmation'), 'not asked before the API wants it').to.equal(null);
    await retype(el, 'email', 'alex.new@example.com');
    await pressEnter(el);

    const input = password(el);
    expect(...hasFocus(input)).to.equal(true);
    expect(shadow(el).querySelector('label[for="current-password"]')!.textContent!.trim()).to.equal('Current password');
    expect(input.type).to.equal('password');
    expect(input.autocomplete).to.equal('current-password');
    expect(input.getAttribute('aria-describedby')).to.equal('current-password-hint');
    expect(shadow(el).querySelector('#current-password-hint')!.textContent).to.equal(
      'Your changes are not saved yet. For your security, enter your current password to change your email or mailing address, then choose Save changes.',
    );
    expect(field(el, 'email').value, 'what was typed stays').to.equal('alex.new@example.com');
    expect((await billing().client.getProfile()).email).to.equal(original!.email);
    await expect(el).to.be.accessible();

    await sendKeys({ type: RESIDENT.password });
    const updated = oneEvent(el, 'civic-contact-updated');
    await pressEnter(el);
    expect(((await updated) as unknown as CivicContactUpdatedEvent).changed).to.deep.equal(['email']);
    expect(part(el, 'message')!.textContent).to.equal('Saved. You changed: email.');
    expect(part(el, 'password-confirmation'), 'the step ends with the save').to.equal(null);
    await expect(el).to.be.accessible();
    expect((await billing().client.getProfile()).email).to.equal('alex.new@example.com');
  });

  it('keeps what was typed and says so on the field when the password is wrong', async () => {
    const el = await contactInfo();
    await retype(el, 'line1', '200 Avenida Del Mar');
    await retype(el, 'city', 'Dana Point');
    await pressEnter(el);
    await sendKeys({ type: 'not-my-password' });
    await pressEnter(el);

    const input = password(el);
    expect(errorOf(el, 'current-password')).to.equal('This is not your current password. Please try again.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('current-password-hint current-password-error');
    expect(part(el, 'alert')!.textContent).to.equal(
      'Current password: This is not your current password. Please try again.',
    );
    expect(...hasFocus(input)).to.equal(true);
    expect(input.value).to.equal('not-my-password');
    expect(field(el, 'line1').value).to.equal('200 Avenida Del Mar');
    expect(field(el, 'city').value).to.equal('Dana Point');
    await expect(el).to.be.accessible();
    expect((await billing().client.getProfile()).mailingAddress).to.deep.equal(original!.mailingAddress);

    // The whole password is selected, so typing replaces it.
    await sendKeys({ type: RESIDENT.password });
    expect(errorOf(el, 'current-password'), 'typing clears the error').to.equal(undefined);
    await pressEnter(el);
    expect(part(el, 'message')!.textContent).to.equal('Saved. You changed: mailing address.');
    const stored = (await billing().client.getProfile()).mailingAddress;
    expect([stored.line1, stored.city]).to.deep.equal(['200 Avenida Del Mar', 'Dana Point']);
  });

  it('asks for the password before sending an empty one', async () => {
    const el = await contactInfo();
    await retype(el, 'email', 'alex.new@example.com');
    await pressEnter(el);
    await pressEnter(el);
    expect(errorOf(el, 'current-password')).to.equal('Enter your current password.');
    expect(part(el, 'alert')!.textContent).to.equal('Current password: Enter your current password.');
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish', async () => {
    const el = await contactInfo('es');
    await retype(el, 'email', 'alex.nuevo@example.com');
    await pressEnter(el);
    expect(shadow(el).querySelector('label[for="current-password"]')!.textContent!.trim()).to.equal(
      'Contraseña actual',
    );
    expect(shadow(el).querySelector('#current-password-hint')!.textContent).to.equal(
      'Sus cambios aún no se guardaron. Por su seguridad, escriba su contraseña actual para cambiar el correo electrónico o la dirección postal y luego elija Guardar cambios.',
    );
    await sendKeys({ type: 'no-es-la-mia' });
    await pressEnter(el);
    expect(errorOf(el, 'current-password')).to.equal('Esta no es su contraseña actual. Inténtelo de nuevo.');
    expect(field(el, 'email').value).to.equal('alex.nuevo@example.com');
    await expect(el).to.be.accessible();
    await sendKeys({ type: RESIDENT.password });
    await pressEnter(el);
    expect(part(el, 'message')!.textContent).to.equal('Se guardaron los cambios en: correo electrónico.');
    expect((await billing().client.getProfile()).email).to.equal('alex.nuevo@example.com');
  });
});
