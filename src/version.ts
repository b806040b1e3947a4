/** Kept equal to package.json's version by test/node/version.test.ts. */
export const version = '0.1.0';
