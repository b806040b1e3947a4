import { expect, fixture, html } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { CivicElement } from '../../src/core/civic-element.js';
import { common } from '../../src/core/i18n/common.js';
import { renderConfigProblem } from '../../src/core/config-problem.js';
import { configure } from '../../src/core/global-config.js';
import '../../src/define/provider.js';
import '../../src/define/login.js';
import { CivicLogin } from '../../src/elements/login/login.js';
import { CivicBalance } from '../../src/elements/balance/balance.js';
import { CivicActivity } from '../../src/elements/activity/activity.js';
import { CivicContactInfo } from '../../src/elements/contact-info/contact-info.js';
import { CivicGuestPay } from '../../src/elements/guest-pay/guest-pay.js';
import { CivicPaymentFields } from '../../src/elements/payment-fields/payment-fields.js';
import '../helpers/lit-warnings.js';

/** A minimal element that shows what it resolved, as a resident would see it. */
@customElement('test-config-probe')
class ConfigProbe extends CivicElement {
  protected override render() {
    const t = this.localize(common);
    const config = this.config;
    return config.ok
      ? html`<p lang=${this.locale}>${config.api} ${config.tenant} ${t('loading')}</p>`
      : renderConfigProblem(config, t);
  }
}

const text = (probe: ConfigProbe) => probe.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('CivicElement configuration', () => {
  afterEach(() => configure({ api: undefined, tenant: undefined, locale: undefined, messages: undefined }));

  it('names what is missing when nothing configures it, in an alert', async () => {
    const probe = await fixture<ConfigProbe>(html`<test-config-probe></test-config-probe>`);
    expect(text(probe)).to.contain('missing api, tenant');
    expect(probe.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    await expect(probe).to.be.accessible();
  });

  it('takes its own attributes first', async () => {
    configure({ api: 'https://global.example', tenant: 'global' });
    const probe = await fixture<ConfigProbe>(html`
      <civic-provider api="https://provider.example" tenant="provider">
        <test-config-probe api="https://own.example" tenant="own"></test-config-probe>
      </civic-provider>
    `);
    const own = probe.querySelector<ConfigProbe>('test-config-probe')!;
    await own.updateComplete;
    expect(text(own)).to.equal('https://own.example own Loading…');
  });

  it('falls back to the nearest provider, then to the script-tag configuration', async () => {
    configure({ api: 'https://global.example', tenant: 'global' });
    const wrapper = await fixture(html`
      <div>
        <civic-provider tenant="provider"><test-config-probe></test-config-probe></civic-provider>
        <test-config-probe></test-config-probe>
      </div>
    `);
    const [inside, outside] = wrapper.querySelectorAll<ConfigProbe>('test-config-probe');
    await Promise.all([inside.updateComplete, outside.updateComplete]);
    expect(text(inside)).to.equal('https://global.example provider Loading…');
    expect(text(outside)).to.equal('https://global.example global Loading…');
  });

  it('reaches a provider across a shadow root', async () => {
    const host = await fixture(html`<civic-provider api="https://p.example" tenant="p"><div></div></civic-provider>`);
    const shadowHost = host.querySelector('div')!;
    const root = shadowHost.attachShadow({ mode: 'open' });
    const probe = document.createElement('test-config-probe') as ConfigProbe;
    root.append(probe);
    await probe.updateComplete;
    expect(text(probe)).to.equal('https://p.example p Loading…');
  });

  it('refuses an api that is not http(s)', async () => {
    const probe = await fixture<ConfigProbe>(
      html`<test-config-probe api="javascript:alert(1)" tenant="x"></test-config-probe>`,
    );
    expect(text(probe)).to.contain("the billing service's web address is not valid");
  });

  it('refuses an api with a user name or password in it', async () => {
    const probe = await fixture<ConfigProbe>(
      html`<test-config-probe api="https://user:pass@billing.example" tenant="x"></test-config-probe>`,
    );
    expect(text(probe)).to.contain("the billing service's web address is not valid");
  });

  it('speaks Spanish from its lang attribute, the provider, the configuration or the page', async () => {
    const own = await fixture<ConfigProbe>(html`<test-config-probe lang="es-MX"></test-config-probe>`);
    expect(text(own)).to.contain('Datos faltantes: api, tenant');

    const provided = await fixture(
      html`<civic-provider lang="es"><test-config-probe></test-config-probe></civic-provider>`,
    );
    const inner = provided.querySelector<ConfigProbe>('test-config-probe')!;
    await inner.updateComplete;
    expect(text(inner)).to.contain('falta');

    const page = await fixture(html`<div lang="es"><test-config-probe></test-config-probe></div>`);
    const byPage = page.querySelector<ConfigProbe>('test-config-probe')!;
    await byPage.updateComplete;
    expect(text(byPage)).to.contain('falta');
    await expect(byPage).to.be.accessible();
  });

  it('speaks Spanish when its lang property is set from script', async () => {
    const probe = await fixture<ConfigProbe>(html`<test-config-probe></test-config-probe>`);
    probe.lang = 'es';
    await probe.updateComplete;
    expect(text(probe)).to.contain('falta');
  });

  it('follows a change of the document language', async () => {
    const probe = await fixture<ConfigProbe>(html`<test-config-probe></test-config-probe>`);
    document.documentElement.lang = 'es';
    try {
      await new Promise((resolve) => setTimeout(resolve));
      await probe.updateComplete;
      expect(text(probe)).to.contain('falta');
    } finally {
      document.documentElement.lang = '';
    }
  });

  it('applies string overrides a city sets, for plain strings only', async () => {
    configure({ api: 'https://a.example', tenant: 't', messages: { en: { 'common.loading': 'One moment…' } } });
    const probe = await fixture<ConfigProbe>(html`<test-config-probe></test-config-probe>`);
    expect(text(probe)).to.contain('One moment…');
  });
});

describe('CivicElement strings', () => {
  it('loads a language on first use and keeps what a resident typed when it switches', async () => {
    const login = await fixture<HTMLElement & { lang: string; updateComplete: Promise<boolean> }>(
      html`<civic-login api="https://billing.example" tenant="san-clemente" lang="en"></civic-login>`,
    );
    const username = login.shadowRoot!.querySelector<HTMLInputElement>('input[autocomplete="username"]')!;
    username.value = 'resident';
    username.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    login.lang = 'es';
    await login.updateComplete;
    const label = login.shadowRoot!.querySelector(`label[for="${username.id}"]`)!;
    expect(label.textContent).to.contain('Nombre de usuario');
    expect(login.shadowRoot!.querySelector<HTMLInputElement>('input[autocomplete="username"]')!.value).to.equal(
      'resident',
    );
    await expect(login).to.be.accessible();
  });

  it('asks every element for an open shadow root without delegated focus, the one the loader shows its message in', () => {
    for (const element of [
      CivicLogin,
      CivicBalance,
      CivicActivity,
      CivicContactInfo,
      CivicGuestPay,
      CivicPaymentFields,
    ]) {
      expect(element.shadowRootOptions, element.name).to.deep.equal({ mode: 'open' });
    }
  });
});
