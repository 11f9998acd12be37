// `--out FILE`: never through a planted symbolic link, never over one of the command's own inputs, never
// over an existing file without --force; written to a temporary file beside it and renamed into place,
// so a reader sees the old file or the new one, never half of one.
import { lstatSync, realpathSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UsageError } from './errors';
import { escapeTerminal } from './terminal';

export interface OutOptions {
  cwd: string;
  force: boolean;
  /** Real paths of every file the command read. */
  inputs: Set<string>;
}

export function writeOutFile(arg: string, text: string, options: OutOptions): void {
  const shown = escapeTerminal(arg);
  const path = resolve(options.cwd, arg);
  const folder = dirname(path);
  let folderStats;
  try {
    folderStats = lstatSync(folder);
  } catch {
    throw new UsageError(`cannot write ${shown}: the folder ${escapeTerminal(dirname(arg))} does not exist`);
  }
  if (!folderStats.isDirectory() && !folderStats.isSymbolicLink()) throw new UsageError(`cannot write ${shown}: ${escapeTerminal(dirname(arg))} is not a folder`);
  let existing;
  try {
    existing = lstatSync(path);
  } catch {
    existing = undefined;
  }
  if (existing) {
    if (existing.isSymbolicLink()) throw new UsageError(`refusing to write ${shown}: it is a symbolic link (skillgap never writes through one; remove it or choose another name)`);
    if (!existing.isFile()) throw new UsageError(`refusing to write ${shown}: it exists and is not a regular file`);
    if (options.inputs.has(realpathSync(path))) throw new UsageError(`refusing to write ${shown}: it is one of the files this report was made from`);
    if (!options.force) throw new UsageError(`refusing to overwrite ${shown}: it exists (add --force to replace it)`);
  }
  const temporary = join(folder, `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    // 'wx': created new, so a link planted under the temporary name is never followed.
    writeFileSync(temporary, text, { flag: 'wx', mode: 0o644 });
    renameSync(temporary, path);
  } catch (e) {
    try { unlinkSync(temporary); } catch { /* not created */ }
    throw new UsageError(`cannot write ${shown}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
