// Request handlers for the editor features, with the capabilities they declare: each one turns LSP
// params into a call to the protocol-free feature logic (../features) and its result back into LSP types.
import { CodeActionKind, ErrorCodes, type CodeAction, type Position } from 'vscode-languageserver/node';
import { codeLenses } from '../features/code-lens';
import { completionsAt } from '../features/completion';
import { hoverAt } from '../features/hover';
import { definitionAt, prepareRenameAt, referencesAt, renameAt, RenameRefused } from '../features/navigation';
import { fixAllEdits } from '../features/fix-all';
import { documentSymbols } from '../features/symbols';
import { linesOfText } from '../model/ranges';
import type { Workspace } from '../workspace';
import { fixesOf, toCodeAction, toWorkspaceEdit } from './convert';
import { guardRequest, RequestFailure } from './guard';
import { toLspCompletion, toLspSymbol } from './items';
import type { DeclareCapabilities, Session } from './session';

export function registerFeatureHandlers(session: Session): DeclareCapabilities {
  const { connection, log, uris } = session;
  const toClient = (file: string) => uris.toClient(file);

  connection.onHover(guardRequest(log, 'hover', (params) => {
    const workspace = session.workspace;
    const file = uris.fromClient(params.textDocument.uri);
    if (!workspace.has(file)) return null;
    const hover = hoverAt(workspace, file, clamped(workspace, file, params.position), { today: session.settings.today });
    return hover ? { contents: { kind: 'markdown' as const, value: hover.markdown }, range: hover.range } : null;
  }));

  connection.onCompletion(guardRequest(log, 'completion', (params) => {
    const workspace = session.workspace;
    const file = uris.fromClient(params.textDocument.uri);
    if (!workspace.has(file)) return null;
    const snippets = !!session.client.capabilities.textDocument?.completion?.completionItem?.snippetSupport;
    const items = completionsAt(workspace, file, clamped(workspace, file, params.position), { snippets });
    return { isIncomplete: true, items: items.map(toLspCompletion) };
  }));

  connection.onDefinition(guardRequest(log, 'definition', (params) => {
    const workspace = session.workspace;
    const file = uris.fromClient(params.textDocument.uri);
    if (!workspace.has(file)) return null;
    return definitionAt(workspace, file, clamped(workspace, file, params.position)).map((l) => ({ uri: uris.toClient(l.file), range: l.range }));
  }));

  connection.onReferences(guardRequest(log, 'references', (params) => {
    const workspace = session.workspace;
    const file = uris.fromClient(params.textDocument.uri);
    if (!workspace.has(file)) return null;
    return referencesAt(workspace, file, clamped(workspace, file, params.position), params.context.includeDeclaration)
      .map((l) => ({ uri: uris.toClient(l.file), range: l.range }));
  }));

  connection.onPrepareRename(guardRequest(log, 'prepareRename', (params) => {
    const workspace = session.workspace;
    const file = session.known(params.textDocument.uri);
    return refusalAsError(() => prepareRenameAt(workspace, file, clamped(workspace, file, params.position)) ?? null);
  }));

  connection.onRenameRequest(guardRequest(log, 'rename', (params) => {
    const workspace = session.workspace;
    const file = session.known(params.textDocument.uri);
    const edits = refusalAsError(() => renameAt(workspace, file, clamped(workspace, file, params.position), params.newName));
    return toWorkspaceEdit(edits.map((e) => ({ uri: uris.toClient(e.file), edit: { range: e.range, newText: e.newText } })));
  }));

  connection.onDocumentSymbol(guardRequest(log, 'documentSymbol', (params) => {
    const workspace = session.workspace;
    const parsed = workspace.parsed(uris.fromClient(params.textDocument.uri));
    return parsed ? documentSymbols(parsed).map(toLspSymbol) : null;
  }));

  connection.onCodeAction(guardRequest(log, 'codeAction', (params) => {
    const actions: CodeAction[] = [];
    const only = Array.isArray(params.context.only) ? params.context.only : undefined;
    if (wanted(only, CodeActionKind.QuickFix)) {
      for (const diagnostic of params.context.diagnostics) {
        if (diagnostic.source !== 'skillgap') continue;
        for (const fix of fixesOf(diagnostic) ?? []) {
          actions.push(toCodeAction(fix, diagnostic, params.textDocument.uri, toClient));
        }
      }
    }
    // Fix all (and fix on save, `editor.codeActionsOnSave`): asked for by kind, never offered unasked.
    const workspace = session.workspace;
    const file = uris.fromClient(params.textDocument.uri);
    const edits = only && wanted(only, FIX_ALL_KIND) && workspace.has(file) ? fixAllEdits(workspace, file) : [];
    if (edits.length > 0) {
      actions.push({
        title: 'Fix all safe problems (Skillgap)',
        kind: FIX_ALL_KIND,
        edit: toWorkspaceEdit(edits.map((e) => ({ uri: params.textDocument.uri, edit: { range: e.range, newText: e.newText } }))),
      });
    }
    return actions;
  }));

  connection.onCodeLens(guardRequest(log, 'codeLens', (params) => {
    const workspace = session.workspace;
    const file = uris.fromClient(params.textDocument.uri);
    if (!workspace.has(file)) return null;
    return codeLenses(workspace, file, { today: session.settings.today }).map((lens) => ({
      range: lens.range,
      command: { title: lens.title, command: 'skillgap.showPreview', arguments: [{ uri: params.textDocument.uri, role: lens.roleId }] },
    }));
  }));

  return (client) => ({
    hoverProvider: true,
    completionProvider: { triggerCharacters: [':', '[', ',', ' ', '-'] },
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: client.textDocument?.rename?.prepareSupport ? { prepareProvider: true } : true,
    documentSymbolProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
    codeLensProvider: { resolveProvider: false },
  });
}

/** Aliases → canonical names, mojibake, duplicate entries: every fix marked `fixAll` in the code registry. */
const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.skillgap`;

/** Whether an action of `kind` is among those asked for (`only` lists kinds and their parents: `source` asks for `source.fixAll.skillgap`). */
function wanted(only: string[] | undefined, kind: string): boolean {
  return only === undefined || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/** The client's position moved inside the document before any feature walks the text (see LineTable.clamp). */
function clamped(workspace: Workspace, file: string, position: Position): Position {
  const line = position.line; // a missing position fails here, as a bad request
  const text = workspace.parsed(file)?.text ?? '';
  return linesOfText(text).clamp({ line, character: position.character });
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
