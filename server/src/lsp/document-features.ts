// Handlers for the features that make the YAML feel native, with the capabilities they declare: inlay
// hints, document links, folding ranges, selection ranges, semantic tokens (skill names by how they
// resolve) and workspace symbols. The logic is protocol-free in ../features; here it becomes LSP.
import {
  FoldingRangeKind, SemanticTokensBuilder, SymbolKind,
  type DocumentLink, type InlayHint, type SelectionRange, type SymbolInformation,
} from 'vscode-languageserver/node';
import { documentLinks } from '../features/links';
import { foldingRanges } from '../features/folding';
import { inlayHints } from '../features/inlay-hints';
import { skillNameTokens, type SkillNameState } from '../features/semantic-tokens';
import { workspaceSymbols, type WorkspaceSymbolData } from '../features/workspace-symbols';
import { enclosingRanges } from '../features/yaml-locate';
import type { Range } from '../model/types';
import { guardRequest } from './guard';
import type { DeclareCapabilities, Session } from './session';

/** Semantic tokens: one type, `skill`, whose modifiers say how the name resolves (none: a known name). */
const SKILL_TOKEN_TYPES = ['skill'] as const;
const SKILL_TOKEN_MODIFIERS = ['alias', 'ambiguous', 'unknown'] as const;

const SYMBOL_KIND: Record<WorkspaceSymbolData['kind'], SymbolKind> = { role: SymbolKind.Class, candidate: SymbolKind.Object, skill: SymbolKind.Field };

export function registerDocumentFeatures(session: Session): DeclareCapabilities {
  const { connection, log, uris } = session;
  // `session.workspace` is read in each handler: reading it applies the edits received so far.
  const fileOf = (uri: string) => {
    const file = uris.fromClient(uri);
    return session.workspace.has(file) ? file : undefined;
  };
  /** `file:///…#L12,5`: VS Code (and other editors) open the file there. */
  const locationUri = (file: string, at: Range) => `${uris.toClient(file)}#L${at.start.line + 1},${at.start.character + 1}`;

  connection.languages.inlayHint.on(guardRequest(log, 'inlayHint', (params): InlayHint[] | null => {
    const file = fileOf(params.textDocument.uri);
    if (!file) return null;
    return inlayHints(session.workspace, file, params.range, session.settings.inlayHints).map((hint) => ({
      position: hint.position,
      label: hint.label,
      paddingLeft: true,
      tooltip: hint.tooltip,
      textEdits: hint.edits?.map((e) => ({ range: e.range, newText: e.newText })),
    }));
  }));

  connection.onDocumentLinks(guardRequest(log, 'documentLink', (params): DocumentLink[] | null => {
    const file = fileOf(params.textDocument.uri);
    if (!file) return null;
    return documentLinks(session.workspace, file).map((link) => ({
      range: link.range,
      target: 'url' in link ? link.url : locationUri(link.file, link.at),
      tooltip: link.tooltip,
    }));
  }));

  connection.onFoldingRanges(guardRequest(log, 'foldingRange', (params) => {
    const parsed = session.workspace.parsed(uris.fromClient(params.textDocument.uri));
    if (!parsed) return null;
    const limit = session.client.capabilities.textDocument?.foldingRange?.rangeLimit;
    const ranges = foldingRanges(parsed).map((r) => ({ startLine: r.startLine, endLine: r.endLine, kind: r.kind === 'comment' ? FoldingRangeKind.Comment : r.kind === 'region' ? FoldingRangeKind.Region : undefined }));
    return limit !== undefined && limit >= 0 ? ranges.slice(0, limit) : ranges;
  }));

  connection.onSelectionRanges(guardRequest(log, 'selectionRange', (params): SelectionRange[] | null => {
    const parsed = session.workspace.parsed(uris.fromClient(params.textDocument.uri));
    if (!parsed) return null;
    return params.positions.map((position) => {
      const ranges = enclosingRanges(parsed, position);
      // Innermost first in our list; LSP nests each range in its parent.
      let parent: SelectionRange | undefined;
      for (let i = ranges.length - 1; i >= 0; i--) parent = { range: ranges[i], parent };
      return parent ?? { range: { start: position, end: position } };
    });
  }));

  connection.languages.semanticTokens.on(guardRequest(log, 'semanticTokens', (params) => {
    const file = fileOf(params.textDocument.uri);
    const builder = new SemanticTokensBuilder();
    if (file) {
      for (const t of skillNameTokens(session.workspace, file)) {
        builder.push(t.range.start.line, t.range.start.character, t.range.end.character - t.range.start.character, 0, modifierBits(t.state));
      }
    }
    return builder.build();
  }));

  connection.onWorkspaceSymbol(guardRequest(log, 'workspaceSymbol', (params): SymbolInformation[] => {
    const query = typeof params.query === 'string' ? params.query : '';
    return workspaceSymbols(session.workspace, query).map((s) => ({
      name: s.name,
      kind: SYMBOL_KIND[s.kind],
      containerName: s.container,
      location: { uri: uris.toClient(s.file), range: s.range },
    }));
  }));

  return () => ({
    inlayHintProvider: { resolveProvider: false },
    documentLinkProvider: { resolveProvider: false },
    foldingRangeProvider: true,
    selectionRangeProvider: true,
    semanticTokensProvider: { legend: { tokenTypes: [...SKILL_TOKEN_TYPES], tokenModifiers: [...SKILL_TOKEN_MODIFIERS] }, full: true },
    workspaceSymbolProvider: true,
  });
}

function modifierBits(state: SkillNameState): number {
  const index = (SKILL_TOKEN_MODIFIERS as readonly string[]).indexOf(state);
  return index < 0 ? 0 : 1 << index;
}
