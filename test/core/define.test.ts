import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/core/define.js';
import '../helpers/lit-warnings.js';

/** What another copy of civicpay on the page registers: a class of its own under our tag name. */
const otherCopy = () => class extends HTMLElement {};

describe('defineElement', () => {
  // First: the page-wide flag the next test sets would hide a wrong warning here.
  it('defines a new tag, and says nothing when the same copy defines it again', () => {
    const element = otherCopy();
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      defineElement('civic-once', element);
      defineElement('civic-once', element);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('civic-once')).to.equal(element);
    expect(warnings).to.deep.equal([]);
  });

  it('keeps the first definition of each tag and warns once for the page, however many tags two copies share', () => {
    const first = { pay: otherCopy(), banner: otherCopy() };
    customElements.define('civic-twice-pay', first.pay);
    customElements.define('civic-twice-banner', first.banner);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      defineElement('civic-twice-pay', otherCopy());
      defineElement('civic-twice-banner', otherCopy());
      defineElement('civic-twice-pay', otherCopy());
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('civic-twice-pay')).to.equal(first.pay);
    expect(customElements.get('civic-twice-banner')).to.equal(first.banner);
    expect(warnings).to.deep.equal([
      'civicpay: <civic-twice-pay> is already defined by another copy of civicpay; keeping the first one.',
    ]);
  });
});
