// Diagnostics as text (file:line:col), JSON (LSP-like ranges) and SARIF 2.1.0.
import { pathToFileURL } from 'node:url';
import { relative, resolve, sep, isAbsolute } from 'node:path';
import type { Log, Result } from 'sarif';
import { DIAGNOSTIC_CODES, docsUrl } from '../model/diagnostic-codes';
import type { Diagnostic, Severity } from '../model/types';
import { colorizer, escapeTerminal, terminalSafeJson, type Style } from './terminal';

export interface FileDiagnostic { file: string; diagnostic: Diagnostic }

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', information: 'blue', hint: 'gray' };

export interface TextSummary {
  fileCount: number;
  /** The workspaces the files were checked in, described ("samples (holds .skillgap.yaml)"). */
  roots: string[];
  quiet: boolean;
  counts: Record<Severity, number>;
}

/** Diagnostics one a line, then the summary line (none when `summary` is null: skillgap report's list of input errors). */
export function formatText(items: FileDiagnostic[], summary: TextSummary | null, color: boolean): string {
  const c = colorizer(color);
  const lines: string[] = [];
  for (const { file, diagnostic: d } of items) {
    const where = `${escapeTerminal(file)}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
    lines.push(`${c('bold', where)}  ${c(SEVERITY_STYLE[d.severity], d.severity)}  ${c('dim', d.code)}  ${escapeTerminal(d.message)}`);
  }
  if (summary === null || (summary.quiet && summary.counts.error === 0)) return lines.length > 0 ? lines.join('\n') + '\n' : '';
  const { counts, fileCount, roots } = summary;
  const where = roots.length === 0 ? '' : roots.length === 1 ? ` in ${escapeTerminal(roots[0])}` : ` in ${roots.length} workspaces: ${roots.map(escapeTerminal).join(', ')}`;
  const tally = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.information} information, ${plural(counts.hint, 'hint')}`;
  const text = `${fileCount} file${fileCount === 1 ? '' : 's'} checked${where}: ${tally}`;
  lines.push((lines.length > 0 ? '\n' : '') + c(counts.error > 0 ? 'red' : 'green', text));
  return lines.join('\n') + '\n';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatJson(items: FileDiagnostic[]): string {
  return terminalSafeJson(items.map(({ file, diagnostic: d }) => ({
    file, range: d.range, severity: d.severity, code: d.code, message: d.message,
  })));
}

const SARIF_LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * A SARIF artifact location. A file under the working folder is a relative reference against
 * %SRCROOT% (the working folder, declared in originalUriBaseIds), each path segment percent-encoded so
 * `#`, `?`, `:` and `%` stay part of the name and the reference can never take a scheme; any other file
 * is an absolute file: URI, without a base.
 */
function sarifLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const absolute = resolve(cwd, file);
  const rel = relative(cwd, absolute);
  if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) {
    // encodeURIComponent leaves only A–Z a–z 0–9 - _ . ! ~ * ' ( ): all valid in a path segment.
    return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  return { uri: pathToFileURL(absolute).href };
}

export function formatSarif(items: FileDiagnostic[], version: string, cwd: string): string {
  const used = [...new Set(items.map((i) => i.diagnostic.code))].sort();
  const root = pathToFileURL(cwd).href;
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: {
        name: 'skillgap', version, informationUri: 'https://github.com/skillgap/skillgap',
        rules: used.map((id) => ({
          id,
          shortDescription: { text: DIAGNOSTIC_CODES[id].summary },
          helpUri: docsUrl(id),
          defaultConfiguration: { level: SARIF_LEVEL[DIAGNOSTIC_CODES[id].severity] },
        })),
      } },
      originalUriBaseIds: { '%SRCROOT%': { uri: root.endsWith('/') ? root : `${root}/` } },
      columnKind: 'utf16CodeUnits',
      results: items.map(({ file, diagnostic: d }) => ({
        ruleId: d.code,
        ruleIndex: used.indexOf(d.code),
        level: SARIF_LEVEL[d.severity],
        message: { text: d.message },
        locations: [{ physicalLocation: {
          artifactLocation: sarifLocation(file, cwd),
          region: { startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 },
        } }],
      })),
    }],
  };
  return terminalSafeJson(log);
}
