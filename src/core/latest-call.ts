export type CallResult<T> =
  | { readonly status: 'ok'; readonly value: T }
  | { readonly status: 'error'; readonly error: unknown }
  /** A newer call started, or the owner went away, before this one answered: ignore it. */
  | { readonly status: 'stale' };

/**
 * Runs one call of a kind at a time: starting a call aborts the one before it, and an answer
 * that arrives after a newer call started, or after `abort()`, comes back `stale`.
 */
export class LatestCall {
  #current: AbortController | undefined;

  async run<T>(call: (signal: AbortSignal) => Promise<T>): Promise<CallResult<T>> {
    this.#current?.abort();
    const controller = new AbortController();
    this.#current = controller;
    const isCurrent = () => this.#current === controller && !controller.signal.aborted;
    try {
      const value = await call(controller.signal);
      return isCurrent() ? { status: 'ok', value } : { status: 'stale' };
    } catch (error) {
      return isCurrent() ? { status: 'error', error } : { status: 'stale' };
    } finally {
      if (this.#current === controller) this.#current = undefined;
    }
  }

  abort(): void {
    this.#current?.abort();
    this.#current = undefined;
  }
}
