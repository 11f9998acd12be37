// Diagnostics as text (file:line:col), JSON (LSP-like ranges) and SARIF 2.1.0.
import { styleText } from 'node:util';
import type { Log, Result } from 'sarif';
import { DIAGNOSTIC_CODES, docsUrl } from '../model/diagnostic-codes';
import type { Diagnostic, Severity } from '../model/types';

export interface FileDiagnostic { file: string; diagnostic: Diagnostic }

type Style = Parameters<typeof styleText>[0];
function colorizer(enabled: boolean): (style: Style, text: string) => string {
  return enabled ? (style, text) => styleText(style, text) : (_style, text) => text;
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(stream: NodeJS.WriteStream): boolean {
  return Boolean(stream.isTTY) && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
}

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', information: 'blue', hint: 'gray' };

export function formatText(items: FileDiagnostic[], fileCount: number, color: boolean): string {
  const c = colorizer(color);
  const lines: string[] = [];
  for (const { file, diagnostic: d } of items) {
    const where = `${file}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
    lines.push(`${c('bold', where)}  ${c(SEVERITY_STYLE[d.severity], d.severity)}  ${c('dim', d.code)}  ${printable(d.message)}`);
  }
  const count = (s: Severity) => items.filter((i) => i.diagnostic.severity === s).length;
  const errors = count('error');
  const summary = `${fileCount} file${fileCount === 1 ? '' : 's'} checked: ${plural(errors, 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('information'), 'info')}, ${plural(count('hint'), 'hint')}`;
  lines.push((lines.length > 0 ? '\n' : '') + c(errors > 0 ? 'red' : 'green', summary));
  return lines.join('\n') + '\n';
}

/** Messages quote file text: control characters (ESC sequences could repaint the terminal) become U+FFFD. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`;
}

export function formatJson(items: FileDiagnostic[]): string {
  return JSON.stringify(items.map(({ file, diagnostic: d }) => ({
    file, range: d.range, severity: d.severity, code: d.code, message: d.message,
  })), null, 2) + '\n';
}

const SARIF_LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function formatSarif(items: FileDiagnostic[], version: string): string {
  const used = [...new Set(items.map((i) => i.diagnostic.code))].sort();
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
      columnKind: 'utf16CodeUnits',
      results: items.map(({ file, diagnostic: d }) => ({
        ruleId: d.code,
        ruleIndex: used.indexOf(d.code),
        level: SARIF_LEVEL[d.severity],
        message: { text: d.message },
        locations: [{ physicalLocation: {
          artifactLocation: { uri: encodeURI(file), uriBaseId: '%SRCROOT%' },
          region: { startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 },
        } }],
      })),
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
