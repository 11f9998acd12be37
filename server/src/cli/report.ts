import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ReportFormat } from '../protocol/report-formats';
import { render } from '../render';
import { Workspace, WorkspaceError } from '../workspace';
import { displayPath, findSkillsFiles, readText, UsageError } from './files';
import { useColor } from './output';

export interface ReportOptions { role?: string; format: ReportFormat; out?: string; today: string; workspace?: string }

/** Renders the report of one candidate; returns the exit code. */
export function runReport(candidatePath: string, opts: ReportOptions): number {
  const cwd = process.cwd();
  const candidate = resolve(cwd, candidatePath);
  const [found] = findSkillsFiles([candidatePath], cwd);
  if (found === undefined) throw new UsageError(`no such file: ${candidatePath}`);
  const workspace = new Workspace({ today: opts.today });
  const around = findSkillsFiles([opts.workspace ?? dirname(candidate)], cwd);
  for (const path of new Set([...around, candidate])) workspace.setFile(displayPath(path, cwd), readText(path));
  let model;
  try {
    model = workspace.report(displayPath(candidate, cwd), opts.role, { today: opts.today });
  } catch (e) {
    if (e instanceof WorkspaceError) throw new UsageError(e.message);
    throw e;
  }
  const text = render(opts.format, model, { color: opts.out === undefined && useColor(process.stdout), width: process.stdout.columns || 100 });
  if (opts.out) {
    try {
      writeFileSync(resolve(cwd, opts.out), text);
    } catch (e) {
      throw new UsageError(`cannot write ${opts.out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    process.stderr.write(`skillgap: wrote ${opts.out}\n`);
  } else {
    process.stdout.write(text);
  }
  return 0;
}
