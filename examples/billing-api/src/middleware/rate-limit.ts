import type { Clock } from '../clock.js';

/**
 * Counts events per key in a sliding window, in memory (one server process). `retryAfter`
 * says how many seconds remain until the oldest counted event leaves the window.
 */
export class RateLimiter {
  private readonly events = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowSeconds: number,
    private readonly now: Clock,
  ) {}

  /** Seconds to wait before trying again, or 0 when the key is under its limit. */
  retryAfter(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.limit) return 0;
    const oldest = recent[recent.length - this.limit]!;
    return Math.max(1, Math.ceil((oldest + this.windowSeconds * 1000 - this.now().getTime()) / 1000));
  }

  record(key: string): void {
    this.events.set(key, [...this.recent(key), this.now().getTime()]);
  }

  /** Takes back the newest event counted for `key`, one that turned out not to count. */
  forget(key: string): void {
    const recent = this.recent(key).slice(0, -1);
    if (recent.length === 0) this.events.delete(key);
    else this.events.set(key, recent);
  }

  reset(key: string): void {
    this.events.delete(key);
  }

  private recent(key: string): number[] {
    const cutoff = this.now().getTime() - this.windowSeconds * 1000;
    const recent = (this.events.get(key) ?? []).filter((time) => time > cutoff);
    if (recent.length === 0) this.events.delete(key);
    else this.events.set(key, recent);
    return recent;
  }
}
