// Progress of a streaming command on stderr: articles, errors, articles per second.
export class Progress {
  count = 0;
  errors = 0;
  private readonly t0 = Date.now();
  private last = Date.now();

  constructor(
    private readonly what: string,
    private readonly write: (s: string) => void,
    /** Every this many ms (0: only the final line). */
    private readonly everyMs: number,
  ) {}

  done(): void {
    this.count++;
    this.tick();
  }

  error(): void {
    this.errors++;
    this.tick();
  }

  finish(): void {
    this.write(`${this.line()} (done)\n`);
  }

  private tick(): void {
    if (!this.everyMs) return;
    const now = Date.now();
    if (now - this.last < this.everyMs) return;
    this.last = now;
    this.write(`${this.line()}\n`);
  }

  private line(): string {
    const s = Math.max(1e-3, (Date.now() - this.t0) / 1000);
    return `${this.what}: ${this.count} articles, ${this.errors} errors, ${(this.count / s).toFixed(1)} articles/s, ${s.toFixed(1)} s`;
  }
}
