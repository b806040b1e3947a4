// Drives <civic-guest-pay> on the demo page as a resident does: by labels and buttons, typing
// card and bank numbers into the payment frame on the billing origin.
import Database from 'better-sqlite3';

export const CARD_APPROVED = '4242424242424242';
export const CARD_DECLINED = '4000000000000002';
export const BANK = { routing: '011000015', account: '000123456789' };

export function payFlow(page) {
  const pay = page.locator('civic-guest-pay');
  const frame = (method) => page.frameLocator(`civic-guest-pay civic-payment-fields[method="${method}"] iframe`);
  const currentStep = () => pay.locator('[aria-current="step"]');
  const message = () => pay.locator('#flow-message');

  return {
    pay,
    frame,
    message,
    async untilStep(name) {
      try {
        await currentStep().getByText(name, { exact: true }).waitFor({ timeout: 15_000 });
      } catch (error) {
        const shown = await pay.locator('#flow-message, .status, [aria-current=step]').allTextContents();
        shown.push(await page.evaluate(() => JSON.stringify(sessionStorage)));
        throw new Error(`Never reached step "${name}"; the element says: ${JSON.stringify(shown)}`, { cause: error });
      }
    },
    async findBill({ kind = 'account', number = '482910375', zip = '92672' } = {}) {
      if (kind === 'invoice') await pay.getByLabel('Invoice', { exact: true }).check();
      await pay.getByLabel(kind === 'invoice' ? 'Invoice number' : 'Account number').fill(number);
      await pay.getByLabel(/^ZIP code of the/).fill(zip);
      await pay.getByRole('button', { name: 'Find my bill' }).click();
      await this.untilStep('Amount');
    },
    async chooseAmount(amount) {
      if (amount !== undefined) await pay.getByLabel('Amount to pay').fill(amount);
      await pay.getByRole('button', { name: 'Continue' }).click();
      await this.untilStep('Payment method');
    },
    async enterCard(number = CARD_APPROVED) {
      const card = frame('card');
      await card.locator('#cardNumber').fill(number);
      await card.locator('#expiry').fill('12/34');
      await card.locator('#securityCode').fill('123');
      await card.locator('#cardName').fill('Ana Resident');
      await card.locator('#postalCode').fill('92672');
    },
    async enterBank() {
      await pay.getByLabel('Bank account (checking or savings)').check();
      const bank = frame('bank');
      await bank.locator('#routingNumber').fill(BANK.routing);
      await bank.locator('#accountNumber').fill(BANK.account);
      await bank.locator('#holderName').fill('Ana Resident');
    },
    async toReview() {
      await pay.getByRole('button', { name: 'Continue' }).click();
      await this.untilStep('Review and pay');
      await pay.getByRole('button', { name: /^Pay \$/ }).waitFor();
    },
    payButton() {
      return pay.getByRole('button', { name: /^Pay \$/ });
    },
    async receipt() {
      await this.untilStep('Receipt');
      return summary(pay.locator('[part="receipt"]'));
    },
  };
}

async function summary(list) {
  const rows = await list
    .locator('div')
    .evaluateAll((divs) =>
      divs.map((div) => [div.querySelector('dt').textContent.trim(), div.querySelector('dd').textContent.trim()]),
    );
  return Object.fromEntries(rows);
}

/** What the server recorded: payments, read from its SQLite file without writing. */
export function recordedPayments(dbPath) {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT confirmation, amount_cents, fee_cents, method_type, method_last4 FROM payments').all();
  } finally {
    db.close();
  }
}
