// Diagnostics out, for every file of the workspace (open or not):
//  - pushed (publishDiagnostics, through the DiagnosticsQueue) to clients that do not pull;
//  - pulled (textDocument/diagnostic and workspace/diagnostic) with result ids: a file's result id
//    changes exactly when its diagnostics do, so a pull re-reports only the files a change affected
//    and answers `unchanged` for the rest. A workspace pull that would report nothing new is held
//    until something changes (a long poll: VS Code's client re-pulls 2 s after each answer), and is
//    answered at once, with nothing, on shutdown.
import { randomUUID } from 'node:crypto';
import {
  DocumentDiagnosticReportKind, LSPErrorCodes, ResponseError,
  type CancellationToken, type Diagnostic, type DocumentDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport, type WorkspaceDiagnosticReport,
} from 'vscode-languageserver/node';
import { toLspDiagnostic } from './convert';
import { DiagnosticsQueue } from './diagnostics-publisher';
import { describeError, guardRequest, throwIfCancelled } from './guard';
import type { Indexing } from './indexing';
import type { DeclareCapabilities, Session } from './session';

/** What was last computed for a file: its diagnostics (as JSON, to compare) under a result id. */
interface Computed { resultId: string; json: string; items: Diagnostic[] }

/** Files computed per event-loop turn in a workspace pull: a large workspace never blocks other messages for long. */
const FILES_PER_TURN = 50;

export class Diagnostics {
  private readonly queue: DiagnosticsQueue;
  /** Result ids of this server process: a restarted server never mistakes an old id for its own. */
  private readonly epoch = randomUUID().slice(0, 8);
  private counter = 0;
  private readonly computed = new Map<string, Computed>();
  /** Files whose diagnostics may differ from `computed`. */
  private readonly dirty = new Set<string>();
  /** What each pushed file was last published with, so an unaffected file is not re-sent. */
  private readonly published = new Map<string, { json: string; version?: number }>();
  /** Files whose diagnostics a pull answered, and those of them that have left the workspace since (reported empty once). */
  private readonly reported = new Set<string>();
  private readonly gone = new Set<string>();
  /** Held workspace pulls, woken when something changes or the server shuts down. */
  private readonly waiting = new Set<() => void>();
  /** Workspace pulls being answered: shutdown waits for them. */
  private readonly pulls = new Set<Promise<WorkspaceDiagnosticReport>>();
  private shuttingDown = false;
  private stop!: () => void;
  /** Settles at shutdown: nothing waits for indexing past it. */
  private readonly stopped = new Promise<void>((resolve) => { this.stop = resolve; });

  constructor(private readonly session: Session) {
    this.queue = new DiagnosticsQueue(
      (file) => this.publish(file),
      (file, error) => session.log.error(`skillgap: diagnostics for ${file} failed: ${describeError(error)}`),
      () => session.applyEdits(),
    );
  }

  private get pulling(): boolean {
    return !!this.session.client.capabilities.textDocument?.diagnostic;
  }

  register(indexing: Indexing): DeclareCapabilities {
    const { session } = this;
    session.connection.languages.diagnostics.on(guardRequest(session.log, 'diagnostic', async (params, token): Promise<DocumentDiagnosticReport> => {
      await Promise.race([indexing.done, this.stopped]);
      throwIfCancelled(token);
      const file = session.uris.fromClient(params.textDocument.uri);
      if (!session.workspace.has(file)) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      const { resultId, items } = this.compute(file);
      return params.previousResultId === resultId
        ? { kind: DocumentDiagnosticReportKind.Unchanged, resultId }
        : { kind: DocumentDiagnosticReportKind.Full, resultId, items };
    }));
    session.connection.languages.diagnostics.onWorkspace(guardRequest(session.log, 'workspaceDiagnostic', (params, token) => {
      const answer = this.workspacePull(indexing, params.previousResultIds, token);
      this.pulls.add(answer);
      void answer.finally(() => this.pulls.delete(answer)).catch(() => undefined);
      return answer;
    }));
    return (client) => client.textDocument?.diagnostic
      ? { diagnosticProvider: { identifier: 'skillgap', interFileDependencies: true, workspaceDiagnostics: true } }
      : {};
  }

  private async workspacePull(indexing: Indexing, previousResultIds: unknown, token: CancellationToken): Promise<WorkspaceDiagnosticReport> {
    const { session } = this;
    await Promise.race([indexing.done, this.stopped]);
    const previous = new Map<string, string>();
    for (const item of Array.isArray(previousResultIds) ? previousResultIds as unknown[] : []) {
      const { uri, value } = (item ?? {}) as { uri?: unknown; value?: unknown };
      if (typeof uri === 'string' && typeof value === 'string') previous.set(session.uris.fromClient(uri), value);
    }
    for (;;) {
      const items = await this.workspaceReports(previous, token);
      if (this.shuttingDown || previous.size === 0 || items.some((i) => i.kind === DocumentDiagnosticReportKind.Full)) return { items };
      await this.nextChange(token);
    }
  }

  /** Files whose diagnostics may have changed. `origin`: the document just edited; a pulling client re-pulls that one by itself. */
  affected(files: string[], origin?: string): void {
    if (files.length === 0) return;
    this.session.indexStatus.changed();
    for (const file of files) this.dirty.add(file);
    if (!this.pulling) {
      this.queue.enqueue(files);
      return;
    }
    this.wake();
    if (this.session.client.capabilities.workspace?.diagnostics?.refreshSupport && files.some((f) => f !== origin)) {
      void this.session.connection.languages.diagnostics.refresh();
    }
  }

  /** An open document was edited (the edit is applied when the Workspace is next read). */
  edited(file: string): void {
    // Pulled diagnostics are asked for by the client; the queue still applies the edit after the
    // burst, so that a change affecting other files sends its refresh.
    this.queue.input(file);
  }

  /** A file gone from disk (or closed and never saved): clear its diagnostics, update its dependents. */
  forget(file: string): void {
    const { session } = this;
    const changed = session.workspace.removeFile(file);
    session.indexStatus.changed();
    this.queue.drop(file);
    this.computed.delete(file);
    this.dirty.delete(file);
    if (!this.pulling) {
      this.published.delete(file);
      void session.connection.sendDiagnostics({ uri: session.uris.toClient(file), diagnostics: [] });
    } else if (this.reported.delete(file)) {
      // The client may no longer send its result id (VS Code forgets it when the file is closed): say it is empty.
      this.gone.add(file);
      this.wake();
    }
    this.affected(changed.filter((f) => f !== file));
  }

  /** Answers every held workspace pull (with what has changed, if anything) before the server stops. */
  async shutdown(): Promise<void> {
    this.shuttingDown = true;
    this.stop();
    this.wake();
    await Promise.allSettled([...this.pulls]);
  }

  /**
   * A report for each workspace file (full when its result id differs from the client's, else
   * unchanged) and an empty full report for each file the client knows that has left the workspace.
   */
  private async workspaceReports(previous: ReadonlyMap<string, string>, token: CancellationToken): Promise<WorkspaceDocumentDiagnosticReport[]> {
    const { session } = this;
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    const files = session.workspace.files();
    for (let i = 0; i < files.length; i++) {
      if (i > 0 && i % FILES_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
      throwIfCancelled(token);
      const file = files[i];
      if (!session.workspace.has(file)) continue;   // removed while we yielded
      const uri = session.uris.toClient(file);
      const version = session.documents.get(uri)?.version ?? null;
      const { resultId, items: diagnostics } = this.compute(file);
      items.push(previous.get(file) === resultId
        ? { kind: DocumentDiagnosticReportKind.Unchanged, uri, version, resultId }
        : { kind: DocumentDiagnosticReportKind.Full, uri, version, resultId, items: diagnostics });
    }
    for (const file of new Set([...previous.keys(), ...this.gone])) {
      if (!session.workspace.has(file)) items.push({ kind: DocumentDiagnosticReportKind.Full, uri: session.uris.toClient(file), version: null, items: [] });
    }
    this.gone.clear();
    return items;
  }

  /** The file's diagnostics and result id; a new id only when they differ from the last computed. */
  private compute(file: string): Computed {
    this.session.applyEdits();   // edits not applied yet would leave `dirty` unmarked
    this.reported.add(file);
    this.gone.delete(file);
    const known = this.computed.get(file);
    if (known && !this.dirty.has(file)) return known;
    const items = this.lspDiagnostics(file);
    const json = JSON.stringify(items);
    const next = known?.json === json ? known : { resultId: `${this.epoch}-${++this.counter}`, json, items };
    this.computed.set(file, next);
    this.dirty.delete(file);
    return next;
  }

  private nextChange(token: CancellationToken): Promise<void> {
    return new Promise((resolve, reject) => {
      const done = () => { this.waiting.delete(done); listener.dispose(); resolve(); };
      const listener = token.onCancellationRequested(() => {
        this.waiting.delete(done);
        listener.dispose();
        reject(new ResponseError(LSPErrorCodes.RequestCancelled, 'workspace diagnostics cancelled'));
      });
      this.waiting.add(done);
    });
  }

  private wake(): void {
    for (const done of [...this.waiting]) done();
  }

  private publish(file: string): void {
    const { session } = this;
    if (this.pulling) return;
    const uri = session.uris.toClient(file);
    const version = session.workspace.has(file) ? session.documents.get(uri)?.version : undefined;
    const diagnostics = this.lspDiagnostics(file);
    const json = JSON.stringify(diagnostics);
    const last = this.published.get(file);
    this.dirty.delete(file);
    if (last && last.json === json && last.version === version) return;   // nothing new for this file
    this.published.set(file, { json, version });
    void session.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  private lspDiagnostics(file: string): Diagnostic[] {
    const { workspace, uris } = this.session;
    return workspace.has(file) ? workspace.diagnostics(file).map((d) => toLspDiagnostic(d, (f) => uris.toClient(f))) : [];
  }
}
