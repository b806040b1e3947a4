const warned = new Set<string>();

/** Logs a configuration mistake once per page, however often the page repeats it. */
export function warnOnce(message: string): void {
  if (!warned.has(message)) console.warn(message);
  warned.add(message);
}
