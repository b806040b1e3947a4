/** English strings of the notice catalog (../notice.ts). */
const en = {
  contents: 'Contents',
  signalsHeading: 'Privacy signals',
  signalsGpc:
    'We honor Global Privacy Control: while your browser sends it, optional cookies stay off unless you turn them on.',
  dntHonoured: 'We treat Do Not Track the same way.',
  dntIgnored: 'We do not act on Do Not Track.',
  noticeError: 'The privacy notice could not be shown.',
  leavingTitle: 'You are leaving this site',
  leavingBody: (host: string) => `We do not control ${host}. Its privacy and security policies may differ from ours.`,
  configAllow: 'This page lists a site that needs no notice in a form that is not a web address.',
  continue: 'Continue',
  stay: 'Stay',
};

export default en;
