/** Ports the demo and the tests use. Tests use their own, so a running demo does not collide. */
export const ports = {
  demoSite: 8000,
  demoApi: 8787,
  testPage: 8100,
  testApi: 8788,
  /** A second API instance, on the same database as testApi, for the conformance suite. */
  testApiSecond: 8789,
};
