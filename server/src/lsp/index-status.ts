// Tells the client what the index holds (skillgap/indexStatus): counted at most twice a second after
// changes, and sent only when a number differs, so typing in one file sends nothing new.
import { IndexStatusNotification, type IndexStatus } from '../protocol/requests';
import { candidatesOf, catalogsOf } from '../workspace/documents';
import type { Session } from './session';

const DELAY_MS = 500;

export class IndexStatusReporter {
  private timer?: NodeJS.Timeout;
  private last = '';
  private indexing = false;

  constructor(private readonly session: Session) {}

  /** Indexing starts or ends: said at once. */
  setIndexing(indexing: boolean): void {
    this.indexing = indexing;
    this.send();
  }

  /** Something changed: counted a little later. */
  changed(): void {
    this.timer ??= setTimeout(() => { this.timer = undefined; this.send(); }, DELAY_MS);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private send(): void {
    const status = this.count();
    const json = JSON.stringify(status);
    if (json === this.last) return;
    this.last = json;
    void this.session.connection.sendNotification(IndexStatusNotification, status);
  }

  private count(): IndexStatus {
    const { workspace } = this.session;
    let candidates = 0;
    let catalogs = 0;
    const files = workspace.files();
    for (const file of files) {
      const parsed = workspace.parsed(file);
      if (!parsed) continue;
      candidates += candidatesOf(parsed).length;
      catalogs += catalogsOf(parsed).length;
    }
    return { indexing: this.indexing, files: files.length, candidates, roles: workspace.roleIds().length, catalogs, skills: workspace.catalog().entries().length };
  }
}
