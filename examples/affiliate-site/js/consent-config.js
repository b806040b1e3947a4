// Consent settings a data-* attribute cannot express: the cookies each category's tools set, so
// civicpay deletes them when the resident withdraws that category.
window.CivicPay.consent.configure({ cookies: { analytics: ['_demo_analytics', /^_ga/] } });
