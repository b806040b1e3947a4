/** English strings of the consent catalog (../consent.ts). */
const en = {
  bannerTitle: 'Cookies on this site',
  bannerIntro:
    'We use necessary cookies to run this site. May we also use cookies for personalization, usage trends and advertising?',
  noticeChanged: 'Our privacy notice has changed. Please review your cookie choices again.',
  gpc: 'Global Privacy Control',
  dnt: 'Do Not Track',
  signalHonoured: (signal: string) =>
    `Your browser sends ${signal}: we keep optional cookies off unless you turn them on.`,
  readNotice: 'Privacy notice',
  lastUpdated: (date: string) => `Last Updated: ${date}`,
  configNotice: 'This page gives the privacy notice a link or date that is not valid.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  manage: 'Manage preferences',
  saved: 'Saved.',
  reloadNeeded: 'Saved. Reload the page to stop features already running.',
  preferencesTitle: 'Cookie settings',
  alwaysOn: 'Always on.',
  necessary: 'Necessary',
  necessaryAbout: 'Keep the site secure and working.',
  functional: 'Personalization',
  functionalAbout: 'Remember preferences such as language.',
  analytics: 'Usage trends',
  analyticsAbout: 'Count visits with cookies and pixel tags.',
  marketing: 'Advertising and sharing',
  marketingAbout: 'Let third parties use cookies for advertising.',
  save: 'Save choices',
  close: 'Close',
};

export default en;
