// Shows that the civicpay bundle loaded and that the billing API named on its script tag answers.
const status = document.getElementById('civicpay-status');
const script = document.querySelector('script[data-api]');

async function showStatus() {
  if (!window.CivicPay) {
    status.textContent = 'The civicpay bundle did not load.';
    return;
  }
  const { api, tenant } = script.dataset;
  try {
    const response = await fetch(`${api}/v1/tenants/${encodeURIComponent(tenant)}`);
    const config = await response.json();
    status.textContent = `civicpay ${window.CivicPay.version} loaded and connected to ${config.name} billing.`;
  } catch {
    status.textContent = `civicpay ${window.CivicPay.version} loaded, but the billing API at ${api} did not answer.`;
  }
}

showStatus();
