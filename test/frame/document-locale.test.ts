import { expect } from '@open-wc/testing';
import { applyDocumentLocale } from '../../src/frame/messages.js';
import '../helpers/lit-warnings.js';

describe('the frame document language', () => {
  const { title } = document;
  const lang = document.documentElement.lang;
  afterEach(() => {
    document.title = title;
    document.documentElement.lang = lang;
  });

  it('gives the frame page a title and lang in the resident’s language', () => {
    applyDocumentLocale('es');
    expect(document.documentElement.lang).to.equal('es');
    expect(document.title).to.equal('Datos de pago');
    applyDocumentLocale('en');
    expect(document.title).to.equal('Payment details');
  });
});
