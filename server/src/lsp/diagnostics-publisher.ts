// Push diagnostics without a fixed debounce: affected files queue up, one file is computed per
// event-loop turn, and each is computed from the Workspace *as it is then*. A newer edit that lands
// in between simply updates the Workspace and re-queues the file, so older results are never sent.
// While edits keep arriving (the connection hands over one queued message per turn), nothing is
// computed: a burst of 1,000 didChange is published once, after its last edit.

export class DiagnosticsQueue {
  private readonly pending = new Set<string>();
  private running = false;
  /** An edit arrived since the last turn. */
  private typing = false;

  /** `prepare` runs before each file is picked (it applies pending edits, which may queue more files). */
  constructor(
    private readonly publish: (file: string) => void,
    private readonly onError: (file: string, error: unknown) => void,
    private readonly prepare: () => void,
  ) {}

  enqueue(files: Iterable<string>): void {
    for (const file of files) this.pending.add(file);
    if (!this.running && this.pending.size > 0) {
      this.running = true;
      setImmediate(() => this.step());
    }
  }

  /** An edit arrived: wait for a turn without one before computing anything. */
  input(file: string): void {
    this.typing = true;
    this.enqueue([file]);
  }

  /** Forget a file (closed and deleted): nothing more will be published for it. */
  drop(file: string): void {
    this.pending.delete(file);
  }

  private step(): void {
    if (this.typing) {
      this.typing = false;
      setImmediate(() => this.step());
      return;
    }
    try {
      this.prepare();
    } catch (error) {
      this.onError('(pending edits)', error);
    }
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
