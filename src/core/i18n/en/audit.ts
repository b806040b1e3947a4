/** English strings of the consent check (src/consent/audit-panel.ts). */
const en = {
  title: 'Consent check',
  intro:
    'What this page gates behind the cookie choice, and what it loads without asking. Only people who add ?civicpay-audit to the address see this.',
  gatedCaption: 'Gated scripts and frames',
  ungatedCaption: 'Not gated: scripts, frames and pixels that load from another site or write cookies',
  element: 'Element',
  categories: 'Categories',
  ran: 'Ran',
  why: 'Why not, or what to fix',
  kind: 'Kind',
  found: 'What was found',
  yes: 'Yes',
  no: 'No',
  none: 'None.',
  waiting: (categories: string) => `Waiting for consent to: ${categories}.`,
  unknownCategory: (names: string) => `Unknown category "${names}": use functional, analytics or marketing.`,
  blocked: (directive: string) => `The page's Content-Security-Policy (${directive}) stopped it.`,
  failed: 'Its file did not load.',
  pending: 'About to run.',
  notTextPlain: 'It has no type="text/plain", so it ran without waiting for consent.',
  badUrl: 'Its address is not http(s), so it never loads.',
  otherSite: (origin: string) => `Loads from another site: ${origin}.`,
  writesCookies: 'Its code writes cookies.',
  script: 'Script',
  iframe: 'Frame',
  pixel: 'Pixel',
  checkAgain: 'Check again',
  close: 'Close',
};

export default en;
