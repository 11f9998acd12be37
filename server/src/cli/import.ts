// `skillgap import`: a new candidate file from a JSON Resume (resume.json) or a LinkedIn data export.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { candidateFromImport, type ImportedPerson } from '../import/candidate';
import { readJsonResume } from '../import/json-resume';
import { readLinkedinExport } from '../import/linkedin';
import { DEFAULT_MAX_FILE_BYTES, readRegularFile } from '../workspace/fs-policy';
import { RootFinder } from '../workspace/root';
import { UsageError } from './errors';
import { loadWorkspace } from './load';
import { writeOutFile } from './out-file';
import { escapeTerminal } from './terminal';

type ImportFormat = 'json-resume' | 'linkedin';

export interface ImportOptions {
  from?: ImportFormat;
  out?: string;
  force?: boolean;
  catalog: string[];
  workspace?: string;
  today?: string;
  fallbackToday: string;
}

export function runImport(sourceArg: string, opts: ImportOptions): { notices: string[] } {
  const cwd = process.cwd();
  const source = resolve(cwd, sourceArg);
  const inputs = new Set<string>();
  const read = (path: string, shown: string): string => {
    let real: string;
    try { real = realpathSync(path); } catch { throw new UsageError(`no such file or directory: ${escapeTerminal(shown)}`); }
    const outcome = readRegularFile(real, path, DEFAULT_MAX_FILE_BYTES);
    if (outcome.kind === 'too-large') throw new UsageError(`${escapeTerminal(shown)} is larger than ${outcome.maxBytes} bytes`);
    if (outcome.kind === 'refused') throw new UsageError(`${escapeTerminal(shown)}: not read: ${outcome.refusal.reason === 'not-regular' ? `it is a ${outcome.refusal.type}, not a regular file` : outcome.refusal.reason}`);
    inputs.add(outcome.real);
    return outcome.text;
  };
  let isFolder = false;
  try { isFolder = statSync(source).isDirectory(); } catch { throw new UsageError(`no such file or directory: ${escapeTerminal(sourceArg)}`); }
  const format: ImportFormat = opts.from ?? (isFolder || extname(source).toLowerCase() === '.csv' ? 'linkedin' : 'json-resume');
  const today = opts.today ?? opts.fallbackToday;
  let parsed: { person: ImportedPerson } | { problems: string[] };
  let what: string;
  if (format === 'linkedin') {
    const folder = isFolder ? source : dirname(source);
    const names = new Map(readdirSync(folder).map((n) => [n.toLowerCase(), n] as const));
    const file = (name: string) => names.get(name.toLowerCase());
    const skills = file('Skills.csv');
    if (!skills) throw new UsageError(`${escapeTerminal(sourceArg)}: no Skills.csv here; give the folder of a LinkedIn data export (or one of its CSV files)`);
    const optional = (name: string) => { const f = file(name); return f ? read(join(folder, f), f) : undefined; };
    parsed = readLinkedinExport({ skills: read(join(folder, skills), skills), positions: optional('Positions.csv'), profile: optional('Profile.csv'), education: optional('Education.csv') }, today);
    what = 'LinkedIn export';
  } else {
    parsed = readJsonResume(read(source, sourceArg), today);
    what = 'JSON Resume';
  }
  if ('problems' in parsed) {
    throw new UsageError(`${escapeTerminal(sourceArg)} is not a valid ${what}:\n${parsed.problems.map((p) => `  ${escapeTerminal(p)}`).join('\n')}`);
  }
  const { person } = parsed;
  const out = opts.out ?? `${slug(person.name) || 'candidate'}.skills.yaml`;
  const outPath = resolve(cwd, out);
  // Names resolve against the catalogs of the workspace the new file will live in.
  const root = opts.workspace !== undefined ? RootFinder.chosen(resolve(cwd, opts.workspace)) : new RootFinder().forFolder(dirname(outPath));
  let workspaceCatalog;
  try {
    workspaceCatalog = loadWorkspace(root, { cwd, today, fallbackToday: today, catalogs: opts.catalog, explicitFiles: [] }).workspace.catalog();
  } catch (e) {
    if (e instanceof UsageError && /no such file|not read/.test(e.message) && !statSafe(dirname(outPath))) {
      throw new UsageError(`cannot write ${escapeTerminal(out)}: the folder ${escapeTerminal(dirname(out))} does not exist`);
    }
    throw e;
  }
  const header = ` Imported by skillgap import from ${basename(source)} (${what}) on ${today}.\n Levels follow docs/import.md; review them, then set targets.`;
  const outcome = candidateFromImport(person, workspaceCatalog, header);
  writeOutFile(out, outcome.yaml, { cwd, force: opts.force === true, inputs });
  const notices = [`wrote ${escapeTerminal(out)}: ${outcome.skillCount} skill${outcome.skillCount === 1 ? '' : 's'}`];
  const list = (names: string[]) => names.map((n) => escapeTerminal(n)).join(', ');
  if (outcome.unknown.length > 0) notices.push(`not in the catalog (kept, marked in the file): ${list(outcome.unknown)}`);
  if (outcome.ambiguous.length > 0) notices.push(`ambiguous (kept, marked in the file): ${list(outcome.ambiguous)}`);
  if (outcome.unmappedLevels.length > 0) notices.push(`level not understood (written without a level): ${outcome.unmappedLevels.map((u) => `${escapeTerminal(u.skill)} ('${escapeTerminal(u.written)}')`).join(', ')}`);
  if (outcome.withoutLevel.length > 0) notices.push(`no level: ${list(outcome.withoutLevel)}`);
  return { notices };
}

function statSafe(path: string): boolean {
  try { return statSync(path).isDirectory(); } catch { return false; }
}

/** "Santana Mena" → "santana-mena". */
function slug(name: string | undefined): string {
  return (name ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
