/**
 * Fails the current test when Lit logs a dev-mode warning (a change-in-update, a misused
 * directive, a missing element): such a warning is a bug a resident may not see at once.
 * Import this module once in each browser test file.
 */
const litWarnings: string[] = [];
const originalWarn = console.warn.bind(console);

console.warn = (...args: unknown[]) => {
  const text = args.map(String).join(' ');
  if (/lit\.dev\/msg\//.test(text) && !/lit\.dev\/msg\/dev-mode/.test(text)) litWarnings.push(text);
  originalWarn(...args);
};

afterEach(() => {
  const found = litWarnings.splice(0);
  if (found.length > 0) throw new Error(`Lit warned during this test:\n${found.join('\n')}`);
});
