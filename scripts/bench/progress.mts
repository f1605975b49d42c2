// A one-line progress bar on stderr: redrawn in place on a terminal, one line per step otherwise.

export class Progress {
  private done = 0;
  private lastDrawn = -1;
  private readonly startedAt = Date.now();

  constructor(private readonly label: string, private readonly total: number) {
    this.draw();
  }

  tick(count: number) {
    this.done = Math.min(this.total, this.done + count);
    this.draw();
  }

  finish() {
    this.done = this.total;
    this.draw();
    if (process.stderr.isTTY) process.stderr.write("\n");
  }

  private draw() {
    const ratio = this.total === 0 ? 1 : this.done / this.total;
    const percent = Math.floor(ratio * 100);
    const tty = process.stderr.isTTY;
    // Off a terminal, print every 25 % only, so logs stay short.
    if (!tty && (percent === this.lastDrawn || (percent % 25 !== 0 && percent !== 100))) return;
    this.lastDrawn = percent;
    const width = 30;
    const filled = Math.round(ratio * width);
    const seconds = ((Date.now() - this.startedAt) / 1000).toFixed(1);
    const line = `${this.label.padEnd(16)} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${String(percent).padStart(3)}% ${this.done.toLocaleString("en")}/${this.total.toLocaleString("en")} ${seconds}s`;
    process.stderr.write(tty ? `\r${line}` : `${line}\n`);
  }
}
