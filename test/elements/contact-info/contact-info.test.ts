import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/contact-info.js';
import type { CivicContactInfo } from '../../../src/elements/contact-info/contact-info.js';
import type { Profile } from '../../../src/api/schemas.js';
import { deepActiveElement } from '../../../src/core/focus.js';
import type { CivicContactUpdatedEvent } from '../../../src/core/events.js';
import { RESIDENT, TENANT, TEST_API } from '../../helpers/env.js';
import { contactInfo, errorOf, field, loaded, retype, save } from './harness.js';
import {
  billing,
  buttonNamed,
  expectAnnouncedLoadError,
  isPath,
  json,
  part,
  shadow,
  signInResident,
  signOutEverywhere,
  restoreFetch,
  stubFetch,
  textOf,
} from '../../helpers/account.js';
import '../../helpers/lit-warnings.js';

describe('<civic-contact-info>', () => {
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

  it('asks the resident to sign in when nobody is signed in', async () => {
    await signOutEverywhere();
    const el = await fixture<CivicContactInfo>(
      html`<civic-contact-info api=${TEST_API} tenant=${TENANT}></civic-contact-info>`,
    );
    expect(part(el, 'signed-out')!.textContent).to.equal('Sign in to see your account.');
    await expect(el).to.be.accessible();
  });

  it('shows the saved details in fields with the right autocomplete tokens', async () => {
    const el = await contactInfo();
    expect(textOf(el)).to.contain('Alex Rivera');
    expect(field(el, 'email').value).to.equal(original!.email);
    expect(field(el, 'home').value).to.equal(original!.phones.home ?? '');
    expect(field(el, 'zip').value).to.equal(original!.mailingAddress.zip);
    const tokens = Object.fromEntries(
      ['email', 'home', 'mobile', 'fax', 'line1', 'line2', 'city', 'state', 'zip'].map((name) => [
        name,
        field(el, name).getAttribute('autocomplete'),
      ]),
    );
    expect(tokens).to.deep.equal({
      email: 'email',
      home: 'home tel-national',
      mobile: 'mobile tel-national',
      fax: 'fax tel-national',
      line1: 'address-line1',
      line2: 'address-line2',
      city: 'address-level2',
      state: 'address-level1',
      zip: 'postal-code',
    });
    await expect(el).to.be.accessible();
  });

  it('checks a field as it is typed but reports the problem only after leaving it', async () => {
    const el = await contactInfo();
    await retype(el, 'mobile', '555-01');
    await el.updateComplete;
    expect(field(el, 'mobile').getAttribute('aria-invalid')).to.equal('false');
    expect(errorOf(el, 'mobile')).to.equal(undefined);

    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(field(el, 'mobile').getAttribute('aria-invalid')).to.equal('true');
    expect(field(el, 'mobile').getAttribute('aria-describedby')).to.equal('mobile-hint mobile-error');
    expect(errorOf(el, 'mobile')).to.equal('Enter a 10-digit US phone number, like (949) 555-0123.');
    await expect(el).to.be.accessible();

    await retype(el, 'mobile', '949.555.0199');
    await el.updateComplete;
    expect(errorOf(el, 'mobile')).to.equal(undefined);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(field(el, 'mobile').value).to.equal('(949) 555-0199');
  });

  it('lists every problem on Save and moves focus to the first one', async () => {
    const el = await contactInfo();
    await retype(el, 'email', 'not-an-email');
    await retype(el, 'zip', '1234');
    field(el, 'zip').blur();
    await save(el);
    const summary = part(el, 'error-summary')!;
    expect(summary.textContent).to.contain('Please correct 2 problems:');
    expect(summary.textContent).to.contain('Email: Enter an email address like name@example.com.');
    expect(summary.textContent).to.contain('ZIP code: Enter a 5-digit ZIP code');
    expect(deepActiveElement()).to.equal(field(el, 'email'));
    await expect(el).to.be.accessible();

    buttonNamed(el, /ZIP code:/)!.click();
    expect(deepActiveElement()).to.equal(field(el, 'zip'));
  });

  it('announces the problems of every Save through a live region that was there, empty, from the start', async () => {
    const el = await contactInfo('es');
    const region = part(el, 'alert')!;
    expect(region.getAttribute('role')).to.equal('alert');
    expect(region.textContent).to.equal('');
    await retype(el, 'email', 'not-an-email');
    await retype(el, 'zip', '1234');
    field(el, 'zip').blur();
    const said: string[] = [];
    new MutationObserver(() => said.push(region.textContent!.replace(/\s+/g, ' ').trim())).observe(region, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    await save(el);
    await waitUntil(() => region.textContent!.trim(), 'nothing announced');
    const announced =
      'Corrija 2 problemas: Correo electrónico: Escriba un correo electrónico como nombre@ejemplo.com. ' +
      'Código postal: Escriba un código postal de 5 dígitos, o ZIP+4 como 92672-1234.';
    expect(region.textContent!.replace(/\s+/g, ' ').trim()).to.equal(announced);
    expect(part(el, 'alert')).to.equal(region);
    expect(shadow(el).querySelectorAll('[role="alert"]')).to.have.length(1);
    expect(part(el, 'error-summary')!.textContent).to.contain('Corrija 2 problemas:');
    expect(deepActiveElement()).to.equal(field(el, 'email'));
    await expect(el).to.be.accessible();

    // The same problems on a second Save are announced again: the region empties, then fills.
    said.length = 0;
    await save(el);
    await waitUntil(() => said.at(-1) === announced, `announced: ${JSON.stringify(said)}`);
    expect(said).to.include('');

    await retype(el, 'email', 'ana@example.com');
    await retype(el, 'zip', '92672');
    await el.updateComplete;
    expect(region.textContent!.trim()).to.equal('');
  });

  it('saves changes with the keyboard, says what changed, and the API records them', async () => {
    const el = await contactInfo();
    await retype(el, 'mobile', '949 555 0111');
    await retype(el, 'fax', '949 555 0100');
    const updated = oneEvent(el, 'civic-contact-updated');
    await sendKeys({ press: 'Enter' });
    const event = (await updated) as unknown as CivicContactUpdatedEvent;
    expect(event.changed).to.deep.equal(['phones.mobile', 'phones.fax']);
    await el.updateComplete;
    expect(part(el, 'message')!.textContent).to.equal('Saved. You changed: mobile phone and fax.');
    expect(part(el, 'password-confirmation'), 'phone numbers need no password').to.equal(null);
    expect(field(el, 'fax').value).to.equal('(949) 555-0100');
    await expect(el).to.be.accessible();

    const stored = await billing().client.getProfile();
    expect(stored.phones.mobile).to.equal('(949) 555-0111');
    expect(stored.phones.fax).to.equal('(949) 555-0100');
    expect(stored.phones.home).to.equal(original!.phones.home);
  });

  it('says when there is nothing to save, through a status region that is rendered while empty, every time', async () => {
    const el = await contactInfo();
    const region = part(el, 'message')!;
    expect(region.getAttribute('role')).to.equal('status');
    expect(getComputedStyle(region).display, 'an empty live region stays in the accessibility tree').not.to.equal(
      'none',
    );
    await save(el);
    expect(region.textContent).to.equal('There were no changes to save.');
    await expect(el).to.be.accessible();

    const said: string[] = [];
    new MutationObserver(() => said.push(region.textContent!)).observe(region, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    await save(el);
    expect(said, 'the region empties, then fills, so the second Save is heard too').to.deep.equal([
      '',
      'There were no changes to save.',
    ]);
    expect(part(el, 'message')).to.equal(region);
  });

  it("puts the API's validation errors on their fields and keeps what was typed", async () => {
    const el = await contactInfo();
    // The API is the last word: make it see a ZIP it refuses, and check where its 422 lands.
    stubFetch(async (request, realFetch) => {
      if (!isPath(request, 'patch', /\/v1\/profile$/)) return realFetch(request);
      const body = await request.json();
      const tampered = { ...body, mailingAddress: { ...body.mailingAddress, zip: 'ABCDE' } };
      return realFetch(
        new Request(request.url, { method: 'PATCH', headers: request.headers, body: JSON.stringify(tampered) }),
      );
    });
    await retype(el, 'city', 'Dana Point');
    await save(el);
    expect(errorOf(el, 'zip')).to.equal('The billing service did not accept this value. Please check it.');
    expect(field(el, 'zip').getAttribute('aria-invalid')).to.equal('true');
    expect(deepActiveElement()).to.equal(field(el, 'zip'));
    expect(field(el, 'city').value).to.equal('Dana Point');
    expect(part(el, 'error-summary')!.textContent).to.contain('Please correct 1 problem:');
    await expect(el).to.be.accessible();
    expect((await billing().client.getProfile()).mailingAddress.city).to.equal(original!.mailingAddress.city);
  });

  it('keeps what was typed when the API cannot be reached', async () => {
    const el = await contactInfo();
    await retype(el, 'line2', 'Apt 2');
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    await save(el);
    expect(part(el, 'message')!.textContent).to.equal(
      'Your changes were not saved. We could not reach the billing service. Check your connection and try again.',
    );
    expect(field(el, 'line2').value).to.equal('Apt 2');
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish', async () => {
    const el = await contactInfo('es');
    const text = textOf(el);
    expect(text).to.contain('Datos de contacto');
    expect(text).to.contain('Dirección postal');
    expect(shadow(el).querySelector('label[for="zip"]')!.textContent).to.contain('Código postal');
    expect(buttonNamed(el, 'Guardar cambios')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('announces a load failure through a live region that was there, empty, from the start', async () => {
    // Held until the test has looked at the loading state; the client's retries then fail at once.
    let release: () => void = () => {};
    const opened = new Promise<void>((resolve) => (release = resolve));
    stubFetch(async (request, realFetch) => {
      if (!isPath(request, 'get', /\/v1\/profile$/)) return realFetch(request);
      await opened;
      return json({ type: 'about:blank', title: 'Down', status: 503, code: 'server_error' }, 503);
    });
    const el = await fixture<CivicContactInfo>(
      html`<civic-contact-info api=${TEST_API} tenant=${TENANT} lang="es"></civic-contact-info>`,
    );
    await waitUntil(() => part(el, 'loading'), 'never loading');
    const region = part(el, 'alert')!;
    expect(region.getAttribute('role')).to.equal('alert');
    expect(region.textContent).to.equal('');
    release();
    await loaded(el);
    const message = 'El servicio de facturación tuvo un problema. Inténtelo de nuevo en unos minutos.';
    await expectAnnouncedLoadError(el, region, message);

    restoreFetch();
    buttonNamed(el, 'Intentar de nuevo')!.click();
    await waitUntil(() => part(el, 'form'), 'Try again did not load the form');
    expect(region.textContent).to.equal('');
  });

  describe('with hostile responses', () => {
    it('renders markup in the name as text', async () => {
      stubFetch(async (request, realFetch) => {
        if (!isPath(request, 'get', /\/v1\/profile$/)) return realFetch(request);
        return json({ ...original, displayName: '<img src=x onerror="window.pwned=1">Alex' });
      });
      const el = await contactInfo();
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect(textOf(el)).to.contain('<img src=x onerror="window.pwned=1">Alex');
    });

    it('explains a profile of the wrong shape and loads on Try again', async () => {
      stubFetch(async (request, realFetch) => {
        if (!isPath(request, 'get', /\/v1\/profile$/)) return realFetch(request);
        return json({ displayName: 'Alex', phones: 'none' });
      });
      const el = await contactInfo();
      expect(part(el, 'error')!.textContent).to.contain('The billing service sent an answer we could not read.');
      await expect(el).to.be.accessible();
      restoreFetch();
      buttonNamed(el, 'Try again')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => part(el, 'form'), 'Try again did not load the form');
      await el.updateComplete;
      expect(deepActiveElement(), 'not dropped to the page').to.equal(shadow(el).querySelector('h2'));
    });
  });
});
