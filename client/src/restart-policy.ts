// When to restart a language server that died, and when to stop trying.
// Pure, so its arithmetic is unit-tested without an editor.

export interface RestartPolicyOptions {
  /** Restarts allowed within the window before giving up. */
  maxRestarts: number;
  windowMs: number;
  /** Wait before the first restart; doubled for each further crash in the window. */
  firstDelayMs: number;
  maxDelayMs: number;
}

export const defaultRestartPolicy: RestartPolicyOptions = { maxRestarts: 4, windowMs: 3 * 60_000, firstDelayMs: 500, maxDelayMs: 8_000 };

export type CrashDecision = { restart: true; delayMs: number; firstCrash: boolean } | { restart: false; crashes: number };

export class RestartPolicy {
  private crashTimes: number[] = [];
  private crashedBefore = false;

  constructor(private readonly options: RestartPolicyOptions = defaultRestartPolicy) {}

  onCrash(now: number): CrashDecision {
    this.crashTimes = [...this.crashTimes.filter((time) => now - time < this.options.windowMs), now];
    const recent = this.crashTimes.length;
    if (recent > this.options.maxRestarts) return { restart: false, crashes: recent };
    const firstCrash = !this.crashedBefore;
    this.crashedBefore = true;
    return { restart: true, delayMs: Math.min(this.options.firstDelayMs * 2 ** (recent - 1), this.options.maxDelayMs), firstCrash };
  }

  /** After the writer restarts the server by hand, it gets the full allowance again. */
  reset(): void {
    this.crashTimes = [];
  }
}
