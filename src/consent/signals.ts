/** Browser privacy signals: Global Privacy Control and Do Not Track. */
export interface PrivacySignals {
  gpc: boolean;
  dnt: boolean;
}

interface SignalNavigator {
  globalPrivacyControl?: boolean;
  doNotTrack?: string | null;
}

/** Read on every call, so a signal switched on mid-visit (or in a test) is seen at once. */
export function readSignals(): PrivacySignals {
  const nav = navigator as SignalNavigator;
  return { gpc: nav.globalPrivacyControl === true, dnt: nav.doNotTrack === '1' };
}
