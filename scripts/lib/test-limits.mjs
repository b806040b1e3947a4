/**
 * The reference API's per-address and per-card limits, raised for test runs: the suites make many
 * failed sign-ins and lookups, and tokenize and decline the same test cards, from one address on
 * purpose. The waits per user name or account number and address, and the decline limit per
 * lookup, keep their real values, so the tests that check them still meet them.
 */
export const testServerLimits = {
  FAILED_SIGN_INS_PER_ADDRESS: '1000',
  FAILED_LOOKUPS_PER_ADDRESS: '1000',
  TOKENIZE_PER_ADDRESS: '1000',
  LOOKUPS_PER_ADDRESS: '1000',
  TOKENIZE_PER_CARD: '1000',
  DECLINES_PER_ADDRESS: '1000',
  DECLINES_PER_CARD: '1000',
  DECLINES_PER_PAYEE: '1000',
  TENANT_DECLINE_ALARM: '1000',
  // Not a limit: every email or address change asks for the current password, so the browser
  // tests meet that step against the real API however recently they signed in.
  FRESH_SIGN_IN_SECONDS: '0',
};
