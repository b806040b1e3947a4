import { expect } from '@open-wc/testing';
import '../helpers/lit-warnings.js';
import { isFrameMessage, isHello, isHostMessage, pickToken } from '../../src/frame/protocol.js';

const token = {
  token: 'pm_abc',
  type: 'card',
  brand: 'visa',
  last4: '4242',
  expiresAt: '2030-01-01T00:00:00Z',
} as const;

describe('frame protocol', () => {
  it('accepts only a version 1 hello with a theme and nothing else', () => {
    expect(isHello({ type: 'civic:hello', version: 1, theme: {} })).to.equal(true);
    expect(isHello({ type: 'civic:hello', version: 2, theme: {} })).to.equal(false);
    expect(isHello({ type: 'civic:hello', version: 1 })).to.equal(false);
    expect(isHello({ type: 'civic:hello', version: 1, theme: {}, extra: 1 })).to.equal(false);
    expect(isHello('civic:hello')).to.equal(false);
  });

  it('checks the host messages', () => {
    expect(isHostMessage({ type: 'configure', method: 'bank', lang: 'es' })).to.equal(true);
    expect(isHostMessage({ type: 'configure', method: 'crypto', lang: 'es' })).to.equal(false);
    expect(isHostMessage({ type: 'configure', method: 'card', lang: 'fr' })).to.equal(false);
    expect(isHostMessage({ type: 'submit', id: -1 })).to.equal(false);
    expect(isHostMessage({ type: 'eval', code: 'x' })).to.equal(false);
  });

  it('checks the frame messages, results above all', () => {
    expect(isFrameMessage({ type: 'result', id: 1, token })).to.equal(true);
    expect(isFrameMessage({ type: 'result', id: 1, token: { ...token, last4: '42424' } })).to.equal(false);
    expect(isFrameMessage({ type: 'result', id: 1, token: { ...token, brand: 'diners' } })).to.equal(false);
    expect(isFrameMessage({ type: 'result', id: 1, error: 'invalid' })).to.equal(true);
    expect(isFrameMessage({ type: 'height', height: 1.5 })).to.equal(false);
    expect(isFrameMessage({ type: 'announce', message: 'x'.repeat(501) })).to.equal(false);
  });

  it('keeps only the five public fields of a token', () => {
    expect(pickToken({ ...token, number: '4242424242424242' } as typeof token)).to.deep.equal(token);
  });
});
