// `skillgap role <id>`: the role report (DESIGN §3.2) of a role of the current workspace.
import { renderRoleReport } from '../render/role';
import { WorkspaceError } from '../workspace';
import { RootFinder } from '../workspace/root';
import { UsageError } from './errors';
import { loadWorkspace, type RenderCommandOptions } from './load';
import { writeOutFile } from './out-file';
import { escapeTerminal, useColor } from './terminal';

/** The command line's names for the formats (protocol/report-formats.ts ROLE_REPORT_FORMATS), `md` for markdown. */
type RoleFormat = 'md' | 'html' | 'json' | 'csv' | 'text';

export interface RoleOptions extends RenderCommandOptions {
  format?: RoleFormat;
  allCandidates?: boolean;
}

export function runRole(roleId: string, opts: RoleOptions): { stdout: string; notices: string[] } {
  const cwd = process.cwd();
  const root = opts.workspace !== undefined ? RootFinder.chosen(opts.workspace) : new RootFinder().forFolder(cwd);
  const loaded = loadWorkspace(root, {
    cwd, today: opts.today, fallbackToday: opts.fallbackToday, maxFileSize: opts.maxFileSize, catalogs: opts.catalog, explicitFiles: [],
  });
  const today = opts.today ?? loaded.config.today ?? opts.fallbackToday;
  let model;
  try {
    model = loaded.workspace.roleReport(roleId, { today, allCandidates: opts.allCandidates === true });
  } catch (e) {
    if (!(e instanceof WorkspaceError)) throw e;
    throw new UsageError(`${escapeTerminal(e.message)}\n  workspace: ${escapeTerminal(loaded.rootDescription)}; --workspace DIR looks for roles elsewhere`);
  }
  const format = opts.format ?? 'text';
  const text = renderRoleReport(format === 'md' ? 'markdown' : format, model, {
    color: opts.out === undefined && useColor(process.stdout), width: process.stdout.columns || 100,
  });
  if (opts.out === undefined) return { stdout: text, notices: loaded.notices };
  writeOutFile(opts.out, text, { cwd, force: opts.force === true, inputs: loaded.inputs });
  return { stdout: '', notices: [...loaded.notices, `wrote ${escapeTerminal(opts.out)}`] };
}
