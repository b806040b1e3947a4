import { expect } from '@open-wc/testing';
import { waitTime } from '../../../src/core/wait-time.js';
import { telHref } from '../../../src/elements/login/tel-href.js';
import { loadMessages, translator, type Translate } from '../../../src/core/i18n/catalog.js';
import { common, type CommonMessages } from '../../../src/core/i18n/common.js';
import '../../helpers/lit-warnings.js';

describe('waitTime', () => {
  let en: Translate<CommonMessages>;
  let es: Translate<CommonMessages>;
  before(async () => {
    await Promise.all([loadMessages(common, 'en'), loadMessages(common, 'es')]);
    en = translator(common, 'en');
    es = translator(common, 'es');
  });

  it('says seconds up to a minute and a half, then whole minutes rounded up', () => {
    expect(waitTime(1, en)).to.equal('1 second');
    expect(waitTime(45, en)).to.equal('45 seconds');
    expect(waitTime(90, en)).to.equal('90 seconds');
    expect(waitTime(91, en)).to.equal('2 minutes');
    expect(waitTime(900, es)).to.equal('15 minutos');
  });
  it('assumes a minute when the API gave no usable wait', () => {
    expect(waitTime(undefined, en)).to.equal('60 seconds');
    expect(waitTime(Number.NaN, en)).to.equal('60 seconds');
    expect(waitTime(-3, en)).to.equal('60 seconds');
  });
});

describe('telHref', () => {
  it('keeps digits and a leading plus only', () => {
    expect(telHref('(949) 361-8322')).to.equal('tel:9493618322');
    expect(telHref('+1 949 361 8322')).to.equal('tel:+19493618322');
    expect(telHref('949"><script>')).to.equal('tel:949');
  });
});
