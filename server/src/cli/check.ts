import { Workspace } from '../workspace';
import { displayPath, findSkillsFiles, readText } from './files';
import { formatJson, formatSarif, formatText, useColor, type FileDiagnostic } from './output';

export interface CheckOptions { format: 'text' | 'json' | 'sarif'; today: string; maxFileSize?: number }

/** Checks the files, prints the diagnostics, returns the exit code. */
export function runCheck(paths: string[], opts: CheckOptions, version: string): number {
  const cwd = process.cwd();
  const files = findSkillsFiles(paths, cwd);
  const workspace = new Workspace({ today: opts.today, maxFileBytes: opts.maxFileSize });
  for (const path of files) workspace.setFile(displayPath(path, cwd), readText(path));
  const items: FileDiagnostic[] = workspace.files().flatMap((file) => workspace.diagnostics(file).map((diagnostic) => ({ file, diagnostic })));
  const out =
    opts.format === 'json' ? formatJson(items)
    : opts.format === 'sarif' ? formatSarif(items, version)
    : formatText(items, files.length, useColor(process.stdout));
  process.stdout.write(out);
  return items.some((i) => i.diagnostic.severity === 'error') ? 1 : 0;
}
