import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { waitSeconds } from './wait-time.js';

/**
 * A wait the billing API asked for (429 with Retry-After) before the resident's next try:
 * `waiting` from `start()` until the time is up, then `over` until `clear()`. The host re-renders
 * at each change, so its submit button comes back by itself.
 */
export class WaitController implements ReactiveController {
  #state: 'none' | 'waiting' | 'over' = 'none';
  #seconds = 0;
  #until = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get state(): 'none' | 'waiting' | 'over' {
    return this.#state;
  }

  /** The wait as the API gave it, in whole seconds: what the element says once. */
  get seconds(): number {
    return this.#seconds;
  }

  start(retryAfterSeconds: number | undefined): void {
    this.#seconds = waitSeconds(retryAfterSeconds);
    this.#until = Date.now() + this.#seconds * 1000;
    this.#state = 'waiting';
    this.#schedule();
    this.host.requestUpdate();
  }

  clear(): void {
    clearTimeout(this.#timer);
    if (this.#state === 'none') return;
    this.#state = 'none';
    this.host.requestUpdate();
  }

  hostConnected(): void {
    if (this.#state === 'waiting') this.#schedule();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(
      () => {
        this.#state = 'over';
        this.host.requestUpdate();
      },
      // setTimeout fires at once for delays past 2^31 - 1 ms.
      Math.min(Math.max(0, this.#until - Date.now()), 2 ** 31 - 1),
    );
  }
}
