/** The reference billing API that scripts/test.mjs starts for the browser tests. */
export const TEST_API = 'http://localhost:8788';
/** The same server under its other loopback name: a second origin for cross-origin tests. */
export const TEST_API_ALT = 'http://127.0.0.1:8788';
export const TENANT = 'san-clemente';
export const AFFILIATE_TENANT = 'harbor-district';
export const RESIDENT = { username: 'resident', password: 'civicpay-demo-1' };
