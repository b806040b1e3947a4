/** English strings of the sessions catalog (../sessions.ts). */
const en = {
  sessionsTitle: 'Where you are signed in',
  sessionsIntro: 'These browsers are signed in to your account. If you do not recognize one, sign out everywhere else.',
  signInPrompt: 'Sign in to see where you are signed in.',
  browserOnSystem: (browser: string, system: string) => `${browser} on ${system}`,
  unknownBrowser: 'Unknown browser',
  thisBrowser: 'This browser, in use now',
  lastUsed: (when: string) => `Last used ${when}`,
  signedInAt: (when: string) => `Signed in ${when}`,
  onlyHere: 'You are not signed in anywhere else.',
  signOutOthers: 'Sign out everywhere else',
  confirmQuestion: (count: number) =>
    count === 1
      ? 'Sign out the 1 other browser? You stay signed in here.'
      : `Sign out the ${count} other browsers? You stay signed in here.`,
  confirmSignOut: 'Yes, sign them out',
  cancel: 'Cancel',
  signingOut: 'Signing out…',
  signedOutOthers: (count: number) =>
    count === 0
      ? 'No other browser was signed in.'
      : count === 1
        ? 'Signed out 1 other browser.'
        : `Signed out ${count} other browsers.`,
  signOutFailed: 'The other browsers were not signed out.',
};

export default en;
