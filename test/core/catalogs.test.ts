import { expect } from '@open-wc/testing';
import { loadMessages, type Catalog, type Messages } from '../../src/core/i18n/catalog.js';
import { common } from '../../src/core/i18n/common.js';
import { account } from '../../src/core/i18n/account.js';
import { pay } from '../../src/core/i18n/pay.js';
import { consentMessages } from '../../src/core/i18n/consent.js';
import { noticeMessages } from '../../src/core/i18n/notice.js';
import { paymentFieldsMessages } from '../../src/core/i18n/payment-fields.js';
import { sessions } from '../../src/core/i18n/sessions.js';
import '../helpers/lit-warnings.js';

const catalogs: Array<Catalog<Messages>> = [
  common,
  account,
  pay,
  consentMessages,
  noticeMessages,
  paymentFieldsMessages,
  sessions,
];

const sampleArguments: unknown[][] = [[2, 'Visa', 3], [['email', 'phone']], ['Visa', 'Mastercard']];

/** A message's text, calling a function message with the first sample arguments it accepts. */
function sample(message: Messages[string]): string {
  if (typeof message === 'string') return message;
  for (const args of sampleArguments) {
    try {
      return (message as (...args: unknown[]) => string)(...args);
    } catch {
      // Try the next shape of arguments.
    }
  }
  throw new Error(`No sample arguments fit ${message.toString().slice(0, 60)}`);
}

describe('message catalogs', () => {
  before(() => Promise.all(catalogs.flatMap((catalog) => [loadMessages(catalog, 'en'), loadMessages(catalog, 'es')])));

  for (const catalog of catalogs) {
    describe(catalog.id, () => {
      it('has the same keys, of the same kind, in English and Spanish', () => {
        expect(Object.keys(catalog.loaded.es!).sort()).to.deep.equal(Object.keys(catalog.loaded.en!).sort());
        for (const key of Object.keys(catalog.loaded.en!)) {
          expect(typeof catalog.loaded.es![key], key).to.equal(typeof catalog.loaded.en![key]);
        }
      });

      it('has no empty message and no placeholder left unfilled', () => {
        for (const locale of ['en', 'es'] as const) {
          for (const [key, message] of Object.entries(catalog.loaded[locale]!)) {
            const text = sample(message as Messages[string]);
            expect(text.trim(), `${locale}.${key}`).not.to.equal('');
            expect(text, `${locale}.${key}`).not.to.match(/\{\w+\}|undefined|NaN|\[object/);
          }
        }
      });

      it('is translated: Spanish differs from English for most sentences', () => {
        const sentences = Object.keys(catalog.loaded.en!).filter(
          (key) => sample(catalog.loaded.en![key]).split(' ').length > 3,
        );
        const same = sentences.filter((key) => sample(catalog.loaded.en![key]) === sample(catalog.loaded.es![key]));
        expect(same, `untranslated: ${same.join(', ')}`).to.deep.equal([]);
      });
    });
  }
});
