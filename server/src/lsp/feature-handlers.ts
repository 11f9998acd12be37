// Request handlers for the editor features: each one turns LSP params into a call to the
// protocol-free feature logic (../features) and its result back into LSP types.
import { ErrorCodes, type ClientCapabilities, type CodeAction, type Connection } from 'vscode-languageserver/node';
import type { ReportModel } from '../analysis/report-model';
import { codeLenses } from '../features/code-lens';
import { completionsAt } from '../features/completion';
import { hoverAt } from '../features/hover';
import { definitionAt, prepareRenameAt, referencesAt, renameAt, RenameRefused } from '../features/navigation';
import { documentSymbols } from '../features/symbols';
import { relabelFiles, renderHtml, renderMarkdown } from '../render';
import { WorkspaceError, type Workspace } from '../workspace';
import { fixesOf, toCodeAction, toWorkspaceEdit } from './convert';
import { guardRequest, RequestFailure } from './guard';
import { toLspCompletion, toLspSymbol } from './items';
import type { SkillgapSettings } from '../protocol/settings';
import { ReportRequest, type ReportParams, type ReportResult } from '../protocol/requests';
import type { UriSpellings } from './uris';

/** What the handlers read from the session; getters, because the session replaces these at initialize. */
export interface FeatureHost {
  workspace(): Workspace;
  uris: UriSpellings;
  settings(): SkillgapSettings;
  capabilities(): ClientCapabilities;
  /** The canonical key of a document the Workspace holds; throws a RequestFailure otherwise. */
  known(uri: string): string;
  /** A file key as people read it: relative to its workspace folder when inside one. */
  displayPath(file: string): string;
}

export function registerFeatureHandlers(connection: Connection, host: FeatureHost): void {
  const log = connection.console;
  const { uris } = host;
  const toClient = (file: string) => uris.toClient(file);

  connection.onHover(guardRequest(log, 'hover', (params) => {
    const file = uris.fromClient(params.textDocument.uri);
    if (!host.workspace().has(file)) return null;
    const hover = hoverAt(host.workspace(), file, params.position, { today: host.settings().today });
    return hover ? { contents: { kind: 'markdown' as const, value: hover.markdown }, range: hover.range } : null;
  }));

  connection.onCompletion(guardRequest(log, 'completion', (params) => {
    const file = uris.fromClient(params.textDocument.uri);
    if (!host.workspace().has(file)) return null;
    const snippets = !!host.capabilities().textDocument?.completion?.completionItem?.snippetSupport;
    const items = completionsAt(host.workspace(), file, params.position, { snippets });
    return { isIncomplete: true, items: items.map(toLspCompletion) };
  }));

  connection.onDefinition(guardRequest(log, 'definition', (params) => {
    const file = uris.fromClient(params.textDocument.uri);
    if (!host.workspace().has(file)) return null;
    return definitionAt(host.workspace(), file, params.position).map((l) => ({ uri: uris.toClient(l.file), range: l.range }));
  }));

  connection.onReferences(guardRequest(log, 'references', (params) => {
    const file = uris.fromClient(params.textDocument.uri);
    if (!host.workspace().has(file)) return null;
    return referencesAt(host.workspace(), file, params.position, params.context.includeDeclaration)
      .map((l) => ({ uri: uris.toClient(l.file), range: l.range }));
  }));

  connection.onPrepareRename(guardRequest(log, 'prepareRename', (params) => {
    const file = host.known(params.textDocument.uri);
    return refusalAsError(() => prepareRenameAt(host.workspace(), file, params.position) ?? null);
  }));

  connection.onRenameRequest(guardRequest(log, 'rename', (params) => {
    const file = host.known(params.textDocument.uri);
    const edits = refusalAsError(() => renameAt(host.workspace(), file, params.position, params.newName));
    return toWorkspaceEdit(edits.map((e) => ({ uri: uris.toClient(e.file), edit: { range: e.range, newText: e.newText } })));
  }));

  connection.onDocumentSymbol(guardRequest(log, 'documentSymbol', (params) => {
    const parsed = host.workspace().parsed(uris.fromClient(params.textDocument.uri));
    return parsed ? documentSymbols(parsed).map(toLspSymbol) : null;
  }));

  connection.onCodeAction(guardRequest(log, 'codeAction', (params) => {
    const actions: CodeAction[] = [];
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== 'skillgap') continue;
      for (const fix of fixesOf(diagnostic) ?? []) {
        actions.push(toCodeAction(fix, diagnostic, params.textDocument.uri, toClient));
      }
    }
    return actions;
  }));

  connection.onCodeLens(guardRequest(log, 'codeLens', (params) => {
    const file = uris.fromClient(params.textDocument.uri);
    if (!host.workspace().has(file)) return null;
    return codeLenses(host.workspace(), file, { today: host.settings().today }).map((lens) => ({
      range: lens.range,
      command: { title: lens.title, command: 'skillgap.showPreview', arguments: [{ uri: params.textDocument.uri, role: lens.roleId }] },
    }));
  }));

  connection.onRequest(ReportRequest, guardRequest(log, ReportRequest.method, (params: ReportParams): ReportResult => {
    if (!params || typeof params.uri !== 'string') throw new RequestFailure('skillgap/report needs { uri: string, role?: string }');
    const file = host.known(params.uri);
    let model: ReportModel;
    try {
      model = host.workspace().report(file, params.role, { today: host.settings().today });
    } catch (error) {
      if (error instanceof WorkspaceError) throw new RequestFailure(error.message);
      throw error;
    }
    // Files are shown (and returned) as workspace-relative paths, as the CLI shows them; the client
    // resolves them against the workspace folder.
    const shown = relabelFiles(model, (key) => host.displayPath(key));
    return { html: renderHtml(shown, { embedded: params.standalone !== true }), markdown: renderMarkdown(shown), model: shown };
  }));
}

/** A refused rename is the user's answer, not a server fault. */
function refusalAsError<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof RenameRefused) throw new RequestFailure(error.message, ErrorCodes.InvalidRequest);
    throw error;
  }
}
