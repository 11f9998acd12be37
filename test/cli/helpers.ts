import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const root = join(__dirname, '..', '..');
export const cliPath = join(root, 'dist', 'cli.js');

export interface CliResult { status: number | null; stdout: string; stderr: string }

/** Runs the built CLI the way a user does (`node dist/cli.js …`), from the repository root. */
export function cli(args: string[], env: Record<string, string> = {}, cwd = root): CliResult {
  const r = spawnSync(process.execPath, [cliPath, ...args], {
    cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env }, timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
