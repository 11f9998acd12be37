// Text → yaml Documents, and the parser's errors and warnings as diagnostics.
import { isMap, parseAllDocuments, visit, type Node, type YAMLError } from 'yaml';
import { keyText, type YamlDocument } from './nodes';
import type { LineTable } from './ranges';
import type { Diagnostic, Range } from './types';

/** Alias expansions allowed per document before it is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 100;

export function parseYaml(text: string): { documents: YamlDocument[]; streamErrors: YAMLError[] } {
  const parsed = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true });
  if ('empty' in parsed) return { documents: [], streamErrors: [...parsed.errors] };
  return { documents: parsed, streamErrors: [] };
}

/** Errors that leave the document's structure in doubt (unlike a duplicate key, whose value is still read). */
export function isStructural(error: YAMLError): boolean {
  return error.code !== 'DUPLICATE_KEY';
}

export function yamlDiagnostic(error: YAMLError, lines: LineTable, text: string, doc?: YamlDocument): Diagnostic {
  const [start, end] = error.pos;
  const severity = error.name === 'YAMLWarning' ? 'warning' : 'error';
  const duplicate = error.code === 'DUPLICATE_KEY' && doc ? duplicateKey(doc, start, lines) : undefined;
  const range = duplicate?.range ?? lines.range(start, Math.max(start, end));
  const message = duplicate?.message ?? firstLine(error.message);
  return { range, severity, code: 'yaml-syntax', message, data: { yamlCode: error.code } };
}

function firstLine(message: string): string {
  const line = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return line;
}

/** "duplicate key 'id' (first on line 2)" on the whole repeated key, found in the map holding it. */
function duplicateKey(doc: YamlDocument, offset: number, lines: LineTable): { message: string; range: Range } | undefined {
  let found: { message: string; range: Range } | undefined;
  visit(doc, {
    Map(_, map) {
      const index = map.items.findIndex((p) => (p.key as Node | null)?.range?.[0] === offset);
      if (index < 0) return undefined;
      const keyNode = map.items[index].key as Node;
      const key = keyText(map.items[index]);
      const first = map.items.find((p, i) => i < index && keyText(p) === key);
      const firstOffset = (first?.key as Node | undefined)?.range?.[0];
      found = {
        message: firstOffset === undefined
          ? `duplicate key '${key}'`
          : `duplicate key '${key}' (first on line ${lines.position(firstOffset).line + 1})`,
        range: lines.range(keyNode.range![0], keyNode.range![1]),
      };
      return visit.BREAK;
    },
  });
  return found;
}

/** The first alias node of a document, where an alias bomb is reported. */
export function firstAlias(doc: YamlDocument): Node | undefined {
  let found: Node | undefined;
  visit(doc, {
    Alias(_, alias) {
      found = alias;
      return visit.BREAK;
    },
  });
  return found;
}

export function isRootMap(doc: YamlDocument): boolean {
  return isMap(doc.contents);
}
