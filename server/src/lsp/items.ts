// Feature results (protocol-free) → LSP completion items and document symbols.
import {
  CompletionItemKind, InsertTextFormat, InsertTextMode, MarkupKind, SymbolKind,
  type CompletionItem, type DocumentSymbol,
} from 'vscode-languageserver/node';
import type { CompletionCandidate } from '../features/completion';
import type { SymbolKindName, SymbolNode } from '../features/symbols';

const COMPLETION_KIND: Record<CompletionCandidate['kind'], CompletionItemKind> = {
  skill: CompletionItemKind.Value,
  alias: CompletionItemKind.Reference,
  level: CompletionItemKind.EnumMember,
  role: CompletionItemKind.Reference,
  key: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  snippet: CompletionItemKind.Snippet,
};

export function toLspCompletion(c: CompletionCandidate): CompletionItem {
  return {
    label: c.label,
    ...(c.labelDetail !== undefined ? { labelDetails: { detail: c.labelDetail } } : {}),
    kind: COMPLETION_KIND[c.kind],
    detail: c.detail,
    documentation: c.documentation ? { kind: MarkupKind.Markdown, value: c.documentation } : undefined,
    textEdit: { range: c.replace, newText: c.insertText },
    insertTextFormat: c.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    // Snippets carry their own indentation; the client must not add more.
    insertTextMode: c.snippet ? InsertTextMode.asIs : undefined,
    filterText: c.filterText,
    sortText: c.sortText,
  };
}

const SYMBOL_KIND: Record<SymbolKindName, SymbolKind> = {
  candidate: SymbolKind.Object,
  role: SymbolKind.Class,
  catalog: SymbolKind.Module,
  document: SymbolKind.File,
  skill: SymbolKind.Field,
  requirement: SymbolKind.Property,
  target: SymbolKind.Key,
};

export function toLspSymbol(node: SymbolNode): DocumentSymbol {
  return {
    name: node.name,
    detail: node.detail,
    kind: SYMBOL_KIND[node.kind],
    range: node.range,
    selectionRange: node.selectionRange,
    children: node.children.map(toLspSymbol),
  };
}
