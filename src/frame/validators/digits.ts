/** Keeps the digits of what a resident typed; spaces and dashes are fine while typing. */
export function digitsOf(value: string): string {
  return value.replace(/\D/g, '');
}

/** True when the value holds only digits, spaces and dashes. */
export function onlyDigitsSpacesDashes(value: string): boolean {
  return /^[\d\s-]*$/.test(value);
}
