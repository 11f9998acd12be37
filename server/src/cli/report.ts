// `skillgap report`: the gap report of one candidate, against roles found in its workspace.
import { realpathSync } from 'node:fs';
import { render } from '../render';
import { WorkspaceError } from '../workspace';
import { DEFAULT_MAX_FILE_BYTES } from '../workspace/fs-policy';
import { UsageError } from './errors';
import { loadWorkspace } from './load';
import { writeOutFile } from './out-file';
import { readStdinText } from './stdin';
import { groupTargets, parseTarget } from './targets';
import { escapeTerminal, useColor } from './terminal';

/** The command line's names for the formats (protocol/report-formats.ts), `md` for markdown. */
type ReportFormat = 'md' | 'html' | 'json' | 'text';

export interface ReportOptions {
  role?: string;
  format?: ReportFormat;
  out?: string;
  force?: boolean;
  today?: string;
  /** Today's date from the clock, used when neither --today nor the config sets one. */
  fallbackToday: string;
  workspace?: string;
  catalog: string[];
  maxFileSize?: number;
  stdinFilename?: string;
}

/** Renders the report of one candidate; returns what to print (nothing when written to --out) and a notice. */
export function runReport(candidateArg: string, opts: ReportOptions): { stdout: string; notices: string[] } {
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
  const format = opts.format ?? loaded.config.report.format ?? 'text';
  const text = render(format === 'md' ? 'markdown' : format, model, { color: opts.out === undefined && useColor(process.stdout), width: process.stdout.columns || 100 });
  if (opts.out === undefined) return { stdout: text, notices: loaded.notices };
  const inputs = new Set(loaded.inputs);
  if (stdin) { try { inputs.add(realpathSync(stdin.path)); } catch { /* stands for no file on disk */ } }
  writeOutFile(opts.out, text, { cwd, force: opts.force === true, inputs });
  return { stdout: '', notices: [...loaded.notices, `wrote ${escapeTerminal(opts.out)}`] };
}
