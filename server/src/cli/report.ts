// `skillgap report`: the gap report of one candidate, against roles found in its workspace.
import { realpathSync } from 'node:fs';
import { render } from '../render';
import { WorkspaceError } from '../workspace';
import { DEFAULT_MAX_FILE_BYTES } from '../workspace/fs-policy';
import { UsageError } from './errors';
import { loadWorkspace, type RenderCommandOptions } from './load';
import { writeOutFile } from './out-file';
import { readStdinText } from './stdin';
import { groupTargets, parseTarget } from './targets';
import { escapeTerminal, useColor } from './terminal';
import { formatText } from './output';
import type { ReportModel } from '../analysis/report-model';
import type { Diagnostic } from '../model/types';
import type { DiagnosticCode } from '../model/diagnostic-codes';

/** The command line's names for the formats (protocol/report-formats.ts), `md` for markdown. */
type ReportFormat = 'md' | 'html' | 'json' | 'text';

export interface ReportOptions extends RenderCommandOptions {
  role?: string;
  format?: ReportFormat;
  stdinFilename?: string;
  /** Render even when the files read have errors (with a banner that lists them); else exit 1 listing them. */
  allowErrors?: boolean;
}

/** Renders the report of one candidate; returns what to print (nothing when written to --out), notices and the exit code. */
export function runReport(candidateArg: string, opts: ReportOptions): { stdout: string; stderr: string; notices: string[]; exitCode: number } {
  const cwd = process.cwd();
  if (opts.stdinFilename !== undefined && candidateArg !== '-') throw new UsageError("--stdin-filename goes with '-' (read the candidate from standard input)");
  const target = parseTarget(candidateArg, cwd, opts.stdinFilename);
  if (target.kind === 'folder') {
    throw new UsageError(`${escapeTerminal(candidateArg)} is a folder; report takes one candidate file (skillgap check takes folders)`);
  }
  if (target.kind === 'glob') throw new UsageError(`report takes one candidate file, not a pattern ('${escapeTerminal(candidateArg)}')`);
  const [group] = groupTargets([target], opts.workspace, cwd);
  const stdin = target.kind === 'stdin' ? { path: target.path, text: readStdinText(opts.maxFileSize ?? DEFAULT_MAX_FILE_BYTES) } : undefined;
  const loaded = loadWorkspace(group.root, {
    cwd, today: opts.today, fallbackToday: opts.fallbackToday, maxFileSize: opts.maxFileSize, catalogs: opts.catalog,
    explicitFiles: target.kind === 'file' ? [target.path] : [], stdin,
  });
  const key = loaded.keys.get(target.path)!;
  const today = opts.today ?? loaded.config.today ?? opts.fallbackToday;
  let model;
  try {
    model = loaded.workspace.report(key, opts.role, { today });
  } catch (e) {
    if (!(e instanceof WorkspaceError)) throw e;
    // Which roles exist depends on the workspace: say which one was searched, and how to search another.
    const where = /Unknown role|no roles/.test(e.message) ? `\n  workspace: ${escapeTerminal(loaded.rootDescription)}; --workspace DIR looks for roles elsewhere` : '';
    throw new UsageError(`${escapeTerminal(e.message)}${where}`);
  }
  // Invalid input never yields a silent report (DESIGN §3.1): the errors, as skillgap check prints them, and exit 1.
  if (model.inputErrors.length > 0 && opts.allowErrors !== true) {
    const color = useColor(process.stderr);
    const n = model.inputErrors.length;
    const listed = formatText(model.inputErrors.map((e) => ({ file: e.file, diagnostic: inputDiagnostic(e) })), null, color);
    const advice = `skillgap: not rendered: the files this report reads have ${n} error${n === 1 ? '' : 's'}; fix ${n === 1 ? 'it' : 'them'}, or pass --allow-errors to render it with a banner that lists ${n === 1 ? 'it' : 'them'}\n`;
    return { stdout: '', stderr: listed + advice, notices: loaded.notices, exitCode: 1 };
  }
  const format = opts.format ?? loaded.config.report.format ?? 'text';
  const text = render(format === 'md' ? 'markdown' : format, model, { color: opts.out === undefined && useColor(process.stdout), width: process.stdout.columns || 100 });
  if (opts.out === undefined) return { stdout: text, stderr: '', notices: loaded.notices, exitCode: 0 };
  const inputs = new Set(loaded.inputs);
  if (stdin) { try { inputs.add(realpathSync(stdin.path)); } catch { /* stands for no file on disk */ } }
  writeOutFile(opts.out, text, { cwd, force: opts.force === true, inputs });
  return { stdout: '', stderr: '', notices: [...loaded.notices, `wrote ${escapeTerminal(opts.out)}`], exitCode: 0 };
}

/** An input error as the diagnostic it was, for the same file:line:col printing as skillgap check. */
function inputDiagnostic(e: ReportModel['inputErrors'][number]): Diagnostic {
  const at = { line: e.line - 1, character: e.column - 1 };
  return { range: { start: at, end: at }, severity: 'error', code: e.code as DiagnosticCode, message: e.message };
}
