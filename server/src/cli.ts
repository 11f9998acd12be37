// `skillgap`: check skills files and render gap reports from the command line.
// Exit codes: 0 no errors, 1 errors found, 2 usage or I/O problem (message on stderr).
import { Command, CommanderError, Option } from 'commander';
import { runCheck } from './cli/check';
import { runReport } from './cli/report';
import { UsageError } from './cli/files';
import { REPORT_FORMATS, type ReportFormat } from './protocol/report-formats';
import { version } from '../../package.json';

const program = new Command('skillgap')
  .description('Check *.skills.yaml files and render skill-gap reports.')
  .version(version)
  .showHelpAfterError()
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

program.command('check')
  .description('check skills files (default: every *.skills.yaml / *.skills.yml under the current folder)')
  .argument('[paths...]', 'files, folders or globs')
  .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
  .option('--today <date>', 'date to judge market data against (YYYY-MM-DD; default: today)')
  .option('--max-file-size <bytes>', 'skip analysis of larger files', (v) => positiveInt(v, '--max-file-size'))
  .action((paths: string[], opts: { format: 'text' | 'json' | 'sarif'; today?: string; maxFileSize?: number }) => {
    process.exitCode = runCheck(paths, { ...opts, today: validDate(opts.today) ?? localDate() }, version);
  });

program.command('report')
  .description('render the gap report of a candidate against a role')
  .argument('<candidate>', 'a candidate skills file')
  .option('-r, --role <id>', "role id (default: the candidate's first target)")
  .addOption(new Option('-f, --format <format>', 'output format (md is markdown)').choices(['md', ...Object.keys(REPORT_FORMATS)]).default('text'))
  .option('-o, --out <file>', 'write to a file instead of standard output')
  .option('--today <date>', 'date shown in the report and used for dates and staleness (YYYY-MM-DD; default: today)')
  .option('-w, --workspace <dir>', "folder to find roles and catalogs in (default: the candidate's folder)")
  .action((candidate: string, opts: { role?: string; format: ReportFormat | 'md'; out?: string; today?: string; workspace?: string }) => {
    const format = opts.format === 'md' ? 'markdown' : opts.format;
    process.exitCode = runReport(candidate, { ...opts, format, today: validDate(opts.today) ?? localDate() });
  });

function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} must be a positive whole number, not '${value}'`);
  return n;
}

function validDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new UsageError(`--today must be a date written YYYY-MM-DD, not '${value}'`);
  }
  return value;
}

/** The one place the command line reads the clock; the core never does. */
function localDate(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

try {
  program.parse(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    // --help and --version end here with code 0; every other commander error is a usage error.
    process.exitCode = e.exitCode === 0 ? 0 : 2;
  } else if (e instanceof UsageError) {
    process.stderr.write(`skillgap: ${e.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`skillgap: internal error: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 2;
  }
}
