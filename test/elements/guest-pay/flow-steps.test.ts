import { expect } from '@open-wc/testing';
import '../../helpers/lit-warnings.js';
import {
  advance,
  canGoBack,
  currentStep,
  finish,
  goBack,
  returnTo,
  showStep,
  startFlow,
} from '../../../src/elements/guest-pay/flow-steps.js';

describe('guest pay flow steps', () => {
  it('walks a guest from finding the bill to the receipt', () => {
    let flow = startFlow();
    const seen = [currentStep(flow)];
    for (let i = 0; i < 4; i++) seen.push(currentStep((flow = advance(flow))));
    expect(seen).to.deep.equal(['find', 'amount', 'method', 'review', 'receipt']);
    expect(currentStep(advance(flow))).to.equal('receipt');
  });

  it('skips finding the bill for a signed-in account', () => {
    expect(startFlow(true).steps).to.deep.equal(['amount', 'method', 'review', 'receipt']);
    expect(canGoBack(startFlow(true))).to.equal(false);
  });

  it('goes back one step, but never out of the receipt', () => {
    const review = showStep(startFlow(), 'review');
    expect(currentStep(goBack(review))).to.equal('method');
    const receipt = finish(review);
    expect(canGoBack(receipt)).to.equal(false);
    expect(currentStep(goBack(receipt))).to.equal('receipt');
    expect(currentStep(goBack(startFlow()))).to.equal('find');
  });

  it('returns only to steps already passed', () => {
    const amount = showStep(startFlow(), 'amount');
    expect(currentStep(returnTo(amount, 'find'))).to.equal('find');
    expect(currentStep(returnTo(amount, 'review'))).to.equal('amount');
    expect(currentStep(returnTo(startFlow(true), 'find'))).to.equal('amount');
  });
});
