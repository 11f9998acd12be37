// Our protocol-free Diagnostic / Fix → LSP types. Ranges already use LSP's convention (0-based
// lines, UTF-16 characters), so they are copied as they are.
import {
  CodeActionKind, DiagnosticSeverity, DiagnosticTag,
  type CodeAction, type Diagnostic as LspDiagnostic, type TextEdit as LspTextEdit, type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { Diagnostic, Fix, Severity } from '../model/types';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What we put in an LSP diagnostic's `data`, so code actions need not recompute anything. */
interface DiagnosticData { fixes: Fix[]; facts?: Record<string, unknown> }

export function toLspDiagnostic(diagnostic: Diagnostic, toClientUri: (file: string) => string): LspDiagnostic {
  const data: DiagnosticData = { fixes: diagnostic.fixes ?? [], facts: diagnostic.data };
  const lsp: LspDiagnostic = {
    range: diagnostic.range,
    severity: SEVERITY[diagnostic.severity],
    code: diagnostic.code,
    source: 'skillgap',
    message: diagnostic.message,
    data,
  };
  if (diagnostic.related?.length) {
    lsp.relatedInformation = diagnostic.related.map((r) => ({
      location: { uri: toClientUri(r.file), range: r.range },
      message: r.message,
    }));
  }
  // The second listing of a skill adds nothing: editors grey it out.
  if (diagnostic.code === 'duplicate-skill') lsp.tags = [DiagnosticTag.Unnecessary];
  return lsp;
}

export function fixesOf(diagnostic: LspDiagnostic): Fix[] | undefined {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  return Array.isArray(data?.fixes) ? data.fixes : undefined;
}

export function toCodeAction(fix: Fix, diagnostic: LspDiagnostic, documentUri: string, toClientUri: (file: string) => string): CodeAction {
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: fix.preferred === true ? true : undefined,
    edit: toWorkspaceEdit(fix.edits.map((e) => ({ uri: e.file ? toClientUri(e.file) : documentUri, edit: { range: e.range, newText: e.newText } }))),
  };
}

export function toWorkspaceEdit(edits: { uri: string; edit: LspTextEdit }[]): WorkspaceEdit {
  const changes: Record<string, LspTextEdit[]> = {};
  for (const { uri, edit } of edits) (changes[uri] ??= []).push(edit);
  return { changes };
}
