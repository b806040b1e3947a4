import { expect } from '@open-wc/testing';
import { consent } from '../../src/consent/index.js';
import { resetConsent } from '../helpers/consent.js';
import '../helpers/lit-warnings.js';

/** gtag pushes Arguments objects; this reads them back as arrays. */
const consentCalls = () =>
  (window.dataLayer ?? []).map((entry) => [...(entry as IArguments)]).filter(([command]) => command === 'consent');

describe('Google Consent Mode v2', () => {
  afterEach(resetConsent);

  it('sends nothing when not enabled', () => {
    consent.acceptAll();
    expect(window.dataLayer).to.equal(undefined);
  });

  it('creates the gtag shim, sends denied defaults, then an update on each change', () => {
    consent.configure({ consentMode: true });
    expect(window.gtag).to.be.a('function');
    const [defaults] = consentCalls();
    expect(defaults).to.deep.equal([
      'consent',
      'default',
      {
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        analytics_storage: 'denied',
        personalization_storage: 'denied',
        functionality_storage: 'granted',
        security_storage: 'granted',
      },
    ]);
    consent.set({ analytics: true });
    const update = consentCalls().at(-1)!;
    expect(update.slice(0, 2)).to.deep.equal(['consent', 'update']);
    expect(update[2]).to.include({ analytics_storage: 'granted', ad_storage: 'denied' });
    expect(consentCalls().filter(([, command]) => command === 'default')).to.have.length(1);
  });
});
