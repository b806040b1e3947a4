import { expect } from '@open-wc/testing';
import Cookies from 'js-cookie';
import { createConsent, type ConsentChange, type ConsentEngine } from '../../src/consent/engine.js';
import { consent } from '../../src/consent/index.js';
import type { ConsentCategories } from '../../src/consent/categories.js';
import { writeChoice } from '../../src/consent/store.js';
import { defaultSettings } from '../../src/consent/settings.js';
import { resetConsent } from '../helpers/consent.js';
import { addGated, recordInline, settle } from '../helpers/gated.js';
import '../helpers/lit-warnings.js';

const everything: ConsentCategories = { necessary: true, functional: true, analytics: true, marketing: true };
const nothingOptional: ConsentCategories = { necessary: true, functional: false, analytics: false, marketing: false };

/** What another tab, or another copy of civicpay, writes: a choice for the current revision. */
function choiceFromElsewhere(cat: ConsentCategories): void {
  writeChoice(
    { v: 1, rev: defaultSettings.revision, id: crypto.randomUUID(), ts: new Date().toISOString(), cat, src: 'banner' },
    defaultSettings,
  );
}

describe('consent engine instances', () => {
  let engines: ConsentEngine[] = [];
  const engine = (options = {}) => {
    const created = createConsent(options);
    engines.push(created);
    return created;
  };

  afterEach(() => {
    engines.forEach((created) => created.dispose());
    engines = [];
    window.gatedOrder = [];
    document.querySelectorAll('script[data-civic-consent]').forEach((script) => script.remove());
    resetConsent();
  });

  it('keeps its own settings: two instances on one page do not share them', () => {
    const first = engine({ revision: 'first-notice' });
    const second = engine();
    second.configure({ revision: 'second-notice' });
    expect(first.settings().revision).to.equal('first-notice');
    expect(second.settings().revision).to.equal('second-notice');
    expect(consent.settings().revision).to.equal(defaultSettings.revision);
  });

  it('reading never deletes a cookie nor announces a change; the tab shown again takes the change up', () => {
    const reader = engine({ cookies: { analytics: ['_ga'] } });
    choiceFromElsewhere(everything);
    expect(reader.get()).to.deep.equal(everything);
    document.cookie = '_ga=GA1.1.1; path=/';
    const events: ConsentChange[] = [];
    reader.onChange((change) => events.push(change));

    choiceFromElsewhere(nothingOptional);
    expect(reader.get(), 'a read shows the state this page applied').to.deep.equal(everything);
    expect(reader.has('analytics')).to.equal(true);
    expect(reader.state().decided).to.equal(true);
    expect(events).to.have.length(0);
    expect(Cookies.get('_ga'), 'no read deleted a cookie').to.equal('GA1.1.1');

    document.dispatchEvent(new Event('visibilitychange'));
    expect(reader.get()).to.deep.equal(nothingOptional);
    expect(events).to.have.length(1);
    expect(events[0]!.previous.analytics).to.equal(true);
    expect(Cookies.get('_ga'), 'the withdrawal deletes its cookies').to.equal(undefined);
  });

  it('a read returns a copy: changing it changes nothing', () => {
    const reader = engine();
    reader.get().analytics = true;
    reader.state().categories.marketing = true;
    expect(reader.get()).to.deep.equal(nothingOptional);
  });

  it('after dispose, stops gating, answering page buttons and telling listeners', async () => {
    const disposed = engine();
    disposed.acceptAll();
    let opened = 0;
    disposed.registerPreferences(() => (opened += 1));
    const changes: unknown[] = [];
    disposed.onChange((change) => changes.push(change));
    const button = document.createElement('button');
    button.setAttribute('data-civic-consent-open', '');
    document.body.append(button);
    button.click();
    expect(opened).to.equal(1);

    disposed.dispose();
    button.click();
    addGated('analytics', { code: recordInline('after-dispose') });
    await settle();
    button.remove();
    expect(opened, 'the page button no longer opens its dialog').to.equal(1);
    expect(window.gatedOrder ?? [], 'a block added later is not run by a disposed engine').to.deep.equal([]);
    choiceFromElsewhere(nothingOptional);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(changes).to.have.length(0);
  });

  it('the page instance is the one CivicPay.consent and the elements use', async () => {
    const { consent: fromEngine } = await import('../../src/consent/engine.js');
    expect(consent).to.equal(fromEngine);
  });
});
