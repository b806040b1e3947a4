import { expect, fixture, html } from '@open-wc/testing';
import '../../helpers/lit-warnings.js';
import { buildBankForm, buildCardForm, showFieldError, type FormView } from '../../../src/frame/form.js';
import { frameText } from '../../../src/frame/messages.js';

// The frame runs on another origin, where axe cannot reach: check the DOM its builder makes here.
async function mount(view: FormView): Promise<HTMLElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/src/frame/payment-fields.css';
  const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
  const main = await fixture<HTMLElement>(html`<main></main>`);
  main.append(link, view.form);
  await loaded;
  return main;
}

afterEach(() => document.documentElement.removeAttribute('style'));

describe('payment frame form', () => {
  it('labels every card field, with autofill tokens, numeric keyboards and hints', async () => {
    const view = buildCardForm(frameText('en'), ['visa', 'mastercard', 'amex']);
    const main = await mount(view);
    const inputs = [...main.querySelectorAll('input')];
    expect(inputs.map((input) => input.autocomplete)).to.deep.equal([
      'cc-number',
      'cc-exp',
      'cc-csc',
      'cc-name',
      'postal-code',
    ]);
    expect(inputs.map((input) => input.labels![0]!.textContent)).to.deep.equal([
      'Card number',
      'Expiration date',
      'Security code',
      'Name on card',
      'Billing ZIP code',
    ]);
    expect(inputs.filter((input) => input.inputMode === 'numeric')).to.have.length(4);
    for (const input of inputs) {
      for (const id of input.getAttribute('aria-describedby')!.split(' '))
        expect(main.querySelector(`#${id}`), id).to.exist;
    }
    expect(main.querySelector('#cardNumber-hint')!.textContent).to.equal(
      'We accept Visa, Mastercard or American Express.',
    );
    await expect(main).to.be.accessible();
  });

  it('stays accessible with errors shown, tied to their fields', async () => {
    const view = buildCardForm(frameText('es'), ['visa']);
    const main = await mount(view);
    for (const field of view.fields) showFieldError(field, 'Ingrese el dato.');
    const number = main.querySelector<HTMLInputElement>('#cardNumber')!;
    expect(number.getAttribute('aria-invalid')).to.equal('true');
    expect(number.getAttribute('aria-describedby')).to.contain('cardNumber-error');
    expect(main.querySelector('#cardNumber-error')!.textContent).to.equal('Ingrese el dato.');
    await expect(main).to.be.accessible();
    showFieldError(view.fields[0]!, undefined);
    expect(number.hasAttribute('aria-invalid')).to.equal(false);
  });

  it('builds an accessible bank form with a checking/savings choice', async () => {
    const view = buildBankForm(frameText('en'));
    const main = await mount(view);
    expect(main.querySelector('legend')!.textContent).to.equal('Account type');
    expect(view.accountType!()).to.equal('checking');
    main.querySelector<HTMLInputElement>('input[value=savings]')!.click();
    expect(view.accountType!()).to.equal('savings');
    expect(main.querySelector<HTMLInputElement>('#holderName')!.autocomplete).to.equal('name');
    await expect(main).to.be.accessible();
  });
});
