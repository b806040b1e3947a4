/** English strings of the common catalog (../common.ts). */
const en = {
  configMissing: (names: string) =>
    `This service is not set up correctly: missing ${names}. Please contact the city's website team.`,
  configInvalidApi:
    "This service is not set up correctly: the billing service's web address is not valid. Please contact the city's website team.",
  loading: 'Loading…',
  retry: 'Try again',
  close: 'Close',
  errorNetwork: 'We could not reach the billing service. Check your connection and try again.',
  errorTimeout: 'The billing service took too long to answer. Please try again.',
  errorServer: 'The billing service had a problem. Please try again in a few minutes.',
  errorInvalidResponse: 'The billing service sent an answer we could not read. Please try again later.',
  errorUnknownTenant: 'This city could not be found in the billing service. Please contact the city.',
  errorOriginNotAllowed:
    "This page is not set up to use the city's billing service yet. Please contact the city's website team.",
  errorRateLimited: (wait: string) => `For your security, this is paused. You can try again in ${wait}.`,
  waitSeconds: (seconds: number) => (seconds === 1 ? '1 second' : `${seconds} seconds`),
  waitMinutes: (minutes: number) => (minutes === 1 ? '1 minute' : `${minutes} minutes`),
  securityCheck: 'Doing a quick security check…',
  errorSecurityCheck: 'The security check did not finish. Please try again.',
  errorGeneric: 'Something went wrong. Please try again.',
};

export default en;
