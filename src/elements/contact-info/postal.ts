/** Two-letter codes of US states, DC, territories and military post offices. */
const US_STATE_CODES = new Set(
  (
    'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH ' +
    'OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC AS GU MP PR VI AA AE AP'
  ).split(' '),
);

/** "ca", " CA " → "CA"; undefined for anything that is not a US state or territory code. */
export function normalizeState(input: string): string | undefined {
  const code = input.trim().toUpperCase();
  return US_STATE_CODES.has(code) ? code : undefined;
}
