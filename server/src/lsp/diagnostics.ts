// Diagnostics out: pushed (publishDiagnostics, through the DiagnosticsQueue) or pulled
// (textDocument/diagnostic, with a refresh request when a change touches other files).
import { DocumentDiagnosticReportKind, type Diagnostic } from 'vscode-languageserver/node';
import { toLspDiagnostic } from './convert';
import { DiagnosticsQueue } from './diagnostics-publisher';
import { describeError, guardRequest } from './guard';
import type { Indexing } from './indexing';
import type { DeclareCapabilities, Session } from './session';

export class Diagnostics {
  private readonly queue: DiagnosticsQueue;

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
    session.connection.languages.diagnostics.on(guardRequest(session.log, 'diagnostic', async (params) => {
      await indexing.done.catch(() => undefined);
      const file = session.uris.fromClient(params.textDocument.uri);
      return { kind: DocumentDiagnosticReportKind.Full, items: this.lspDiagnostics(file) };
    }));
    return (client) => client.textDocument?.diagnostic
      ? { diagnosticProvider: { identifier: 'skillgap', interFileDependencies: true, workspaceDiagnostics: false } }
      : {};
  }

  /** Files whose diagnostics may have changed. `origin`: the document just edited; a pulling client re-pulls that one by itself. */
  affected(files: string[], origin?: string): void {
    if (files.length === 0) return;
    if (!this.pulling) this.queue.enqueue(files);
    else if (this.session.client.capabilities.workspace?.diagnostics?.refreshSupport && files.some((f) => f !== origin)) {
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
    this.queue.drop(file);
    if (!this.pulling) void session.connection.sendDiagnostics({ uri: session.uris.toClient(file), diagnostics: [] });
    this.affected(changed.filter((f) => f !== file));
  }

  private publish(file: string): void {
    const { session } = this;
    if (this.pulling) return;
    const uri = session.uris.toClient(file);
    const version = session.workspace.has(file) ? session.documents.get(uri)?.version : undefined;
    void session.connection.sendDiagnostics({ uri, version, diagnostics: this.lspDiagnostics(file) });
  }

  private lspDiagnostics(file: string): Diagnostic[] {
    const { workspace, uris } = this.session;
    return workspace.has(file) ? workspace.diagnostics(file).map((d) => toLspDiagnostic(d, (f) => uris.toClient(f))) : [];
  }
}
