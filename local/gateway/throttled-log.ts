/**
 * A log line that may happen often for reasons outside our control (a client that goes away
 * mid-request): the first in a window is logged, the rest of that window are counted and reported
 * in one line when the window ends (or when the log is closed).
 */
export class ThrottledLog {
  private windowOpen = false;
  private suppressed = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly write: (line: string) => void,
    private readonly intervalMs: number,
    /** What the suppressed ones were, for the summary: "N more <what> in the last S s". */
    private readonly what: string,
  ) {}

  note(line: string): void {
    if (this.windowOpen) {
      this.suppressed += 1;
      return;
    }
    this.write(line);
    this.windowOpen = true;
    this.timer = setTimeout(() => this.endWindow(), this.intervalMs);
    this.timer.unref();
  }

  close(): void {
    clearTimeout(this.timer);
    this.endWindow();
  }

  private endWindow(): void {
    if (this.suppressed > 0) {
      this.write(
        `${this.suppressed} more ${this.what} in the last ${Math.round(this.intervalMs / 1000)} s (not logged one by one)`,
      );
    }
    this.suppressed = 0;
    this.windowOpen = false;
    this.timer = undefined;
  }
}
