// vanilla-cookieconsent 3.1 set up like civicpay's banner, for the benchmark: a bar at the bottom
// with Accept all and Reject all of equal weight and Manage preferences, the notice's link and
// date, and the same four categories with the same words.

// The library writes its texts with innerHTML, which the page's `require-trusted-types-for
// 'script'` refuses without a default policy. The only HTML it writes comes from this file.
window.trustedTypes?.createPolicy('default', { createHTML: (html) => html });

window.CookieConsent.run({
  // Headless Chromium counts as a bot, and by default the library shows bots no banner.
  hideFromBots: false,
  guiOptions: {
    consentModal: { layout: 'bar', position: 'bottom', equalWeightButtons: true },
    preferencesModal: { layout: 'box', equalWeightButtons: true },
  },
  categories: {
    necessary: { enabled: true, readOnly: true },
    functional: {},
    analytics: {},
    marketing: {},
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'Cookies on this site',
          description:
            'We use necessary cookies to run this site. May we also use cookies for personalization, usage trends and advertising?',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Manage preferences',
          footer: '<a href="/privacy.html">Privacy notice</a><span>Last Updated: December 8, 2017</span>',
        },
        preferencesModal: {
          title: 'Cookie settings',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save choices',
          closeIconLabel: 'Close',
          sections: [
            { title: 'Necessary', description: 'Keep the site secure and working.', linkedCategory: 'necessary' },
            {
              title: 'Personalization',
              description: 'Remember preferences such as language.',
              linkedCategory: 'functional',
            },
            {
              title: 'Usage trends',
              description: 'Count visits with cookies and pixel tags.',
              linkedCategory: 'analytics',
            },
            {
              title: 'Advertising and sharing',
              description: 'Let third parties use cookies for advertising.',
              linkedCategory: 'marketing',
            },
          ],
        },
      },
    },
  },
});
