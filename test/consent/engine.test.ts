import { expect } from '@open-wc/testing';
import Cookies from 'js-cookie';
import { consent } from '../../src/consent/index.js';
import type { CivicConsentChangeEvent } from '../../src/core/events.js';
import { captureWarnings, resetConsent, sendSignal, storedConsent } from '../helpers/consent.js';
import '../helpers/lit-warnings.js';

const nothingOptional = { necessary: true, functional: false, analytics: false, marketing: false };

describe('consent engine', () => {
  afterEach(resetConsent);

  it('grants nothing optional before a choice, and writes no cookie', () => {
    expect(consent.get()).to.deep.equal(nothingOptional);
    expect(consent.has('necessary')).to.equal(true);
    expect(consent.state().decided).to.equal(false);
    expect(Cookies.get('civic_consent')).to.equal(undefined);
  });

  it('stores an explicit choice with version, revision, id, time, categories and source', () => {
    consent.configure({ revision: '2017-12-08' });
    consent.acceptAll('banner');
    const stored = storedConsent()!;
    expect(stored).to.include({ v: 1, rev: '2017-12-08', src: 'banner' });
    expect(stored.id).to.match(/^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/);
    expect(Date.now() - Date.parse(stored.ts as string)).to.be.below(5000);
    expect(stored.cat).to.deep.equal({ necessary: true, functional: true, analytics: true, marketing: true });
    expect(consent.state()).to.include({ decided: true, source: 'banner' });
  });

  it('keeps the consent id across choices', () => {
    consent.acceptAll();
    const { id } = storedConsent()!;
    consent.rejectAll();
    expect(storedConsent()!.id).to.equal(id);
    expect(storedConsent()!.cat).to.deep.equal(nothingOptional);
  });

  it('set() changes the named categories and keeps the rest', () => {
    consent.set({ analytics: true });
    consent.set({ marketing: true });
    expect(consent.get()).to.deep.equal({ ...nothingOptional, analytics: true, marketing: true });
  });

  it('asks again when the notice revision changes, and says so', () => {
    consent.configure({ revision: 'r1' });
    consent.acceptAll();
    consent.configure({ revision: 'r2' });
    expect(consent.state()).to.include({ decided: false, revisionChanged: true });
    expect(consent.get()).to.deep.equal(nothingOptional);
    consent.rejectAll();
    expect(storedConsent()!.rev).to.equal('r2');
  });

  it('counts a corrupt cookie as no choice', () => {
    document.cookie = 'civic_consent=%7B%22v%22%3A1%2C; path=/';
    expect(() => consent.get()).not.to.throw();
    expect(consent.state().decided).to.equal(false);
  });

  it('tells listeners and the page about a change, and stops telling after unsubscribe', () => {
    const seen: unknown[] = [];
    const unsubscribe = consent.onChange((change) => seen.push(change.categories.analytics));
    const events: CivicConsentChangeEvent[] = [];
    const onEvent = (event: CivicConsentChangeEvent) => events.push(event);
    document.addEventListener('civic-consent-change', onEvent);
    consent.set({ analytics: true });
    unsubscribe();
    consent.set({ analytics: false });
    document.removeEventListener('civic-consent-change', onEvent);
    expect(seen).to.deep.equal([true]);
    expect(events).to.have.length(2);
    expect(events[0].categories.analytics).to.equal(true);
    expect(events[0].previous?.analytics).to.equal(false);
    expect(events[0].bubbles && events[0].composed).to.equal(true);
  });

  it('warns once, naming the fix, about unknown categories in config and calls', () => {
    const warnings = captureWarnings();
    consent.configure({ cookies: { analytic: ['_ga'] } as never });
    consent.configure({ cookies: { analytic: ['_ga'] } as never });
    consent.set({ ads: true } as never);
    warnings.stop();
    expect(warnings.messages).to.have.length(2);
    expect(warnings.messages[0]).to.contain('"analytic"').and.contain('necessary, functional, analytics, marketing');
    expect(consent.get()).to.deep.equal(nothingOptional);
  });

  it('keeps the choice in memory for the page view when cookies are refused', () => {
    Object.defineProperty(document, 'cookie', { configurable: true, get: () => '', set: () => undefined });
    try {
      consent.set({ functional: true });
      expect(consent.get().functional).to.equal(true);
      expect(consent.state().decided).to.equal(true);
    } finally {
      delete (document as unknown as Record<string, unknown>).cookie;
    }
  });
});

describe('privacy signals', () => {
  let restore: () => void = () => undefined;
  afterEach(() => {
    restore();
    resetConsent();
  });

  it('honours Global Privacy Control: optional categories off, no cookie for the signal alone', () => {
    restore = sendSignal('globalPrivacyControl', true);
    expect(consent.state()).to.include({ signal: 'gpc', decided: false });
    expect(consent.has('marketing')).to.equal(false);
    expect(Cookies.get('civic_consent')).to.equal(undefined);
  });

  it('lets an explicit choice win over the signal', () => {
    restore = sendSignal('globalPrivacyControl', true);
    consent.acceptAll('banner');
    expect(consent.has('marketing')).to.equal(true);
  });

  it('ignores Do Not Track unless configured to honour it', () => {
    restore = sendSignal('doNotTrack', '1');
    expect(consent.state().signal).to.equal(undefined);
    consent.configure({ honorDoNotTrack: true });
    expect(consent.state().signal).to.equal('dnt');
  });
});
