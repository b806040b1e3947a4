// Shows that the civicpay bundle loaded and that the billing API named on its script tag answers,
// in the page's language.
const status = document.getElementById('civicpay-status');
const script = document.querySelector('script[data-api]');

const messages = {
  en: {
    notLoaded: 'The civicpay bundle did not load.',
    connected: (version, name) => `civicpay ${version} loaded and connected to ${name} billing.`,
    noAnswer: (version, api) => `civicpay ${version} loaded, but the billing API at ${api} did not answer.`,
  },
  es: {
    notLoaded: 'No se cargó el paquete de civicpay.',
    connected: (version, name) => `civicpay ${version} cargado y conectado con la facturación de ${name}.`,
    noAnswer: (version, api) => `civicpay ${version} cargado, pero la API de facturación en ${api} no respondió.`,
  },
};
const t = document.documentElement.lang === 'es' ? messages.es : messages.en;

async function showStatus() {
  if (!window.CivicPay) {
    status.textContent = t.notLoaded;
    return;
  }
  const { api, tenant } = script.dataset;
  try {
    const response = await fetch(`${api}/v1/tenants/${encodeURIComponent(tenant)}`);
    const config = await response.json();
    status.textContent = t.connected(window.CivicPay.version, config.name);
  } catch {
    status.textContent = t.noAnswer(window.CivicPay.version, api);
  }
}

showStatus();
