// Push diagnostics without a fixed debounce: affected files queue up, one file is computed per
// event-loop turn, and each is computed from the Workspace *as it is then*. A newer edit that lands
// in between simply updates the Workspace and re-queues the file, so older results are never sent.

export class DiagnosticsQueue {
  private readonly pending = new Set<string>();
  private running = false;

  constructor(private readonly publish: (file: string) => void, private readonly onError: (file: string, error: unknown) => void) {}

  enqueue(files: Iterable<string>): void {
    for (const file of files) this.pending.add(file);
    if (!this.running && this.pending.size > 0) {
      this.running = true;
      setImmediate(() => this.step());
    }
  }

  /** Forget a file (closed and deleted): nothing more will be published for it. */
  drop(file: string): void {
    this.pending.delete(file);
  }

  private step(): void {
    const next = this.pending.values().next();
    if (next.done) {
      this.running = false;
      return;
    }
    this.pending.delete(next.value);
    try {
      this.publish(next.value);
    } catch (error) {
      this.onError(next.value, error);
    }
    setImmediate(() => this.step());
  }
}
