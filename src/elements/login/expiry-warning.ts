import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long before the session's idle expiry the resident is warned. */
export const WARNING_LEAD_MS = 60_000;

/**
 * Raises `active` a minute before `expiresAt()`. The session slides its expiry silently after
 * every authenticated call, so when the timer fires it reads the expiry again and waits longer
 * if the session was used in the meantime.
 */
export class ExpiryWarning implements ReactiveController {
  active = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly expiresAt: () => number,
    private readonly onWarn: () => void,
  ) {
    host.addController(this);
  }

  /** Starts (or restarts) the countdown for the current expiry; hides a shown warning. */
  restart(): void {
    this.stop();
    this.#arm();
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.active) {
      this.active = false;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.stop();
  }

  #arm(): void {
    const expiresAt = this.expiresAt();
    if (expiresAt === 0) return;
    const delay = expiresAt - WARNING_LEAD_MS - Date.now();
    if (delay > 0) {
      this.#timer = setTimeout(() => this.#arm(), delay);
      return;
    }
    this.active = true;
    this.host.requestUpdate();
    this.onWarn();
  }
}
