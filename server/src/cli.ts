// `skillgap`: check skills files and render gap reports from the command line.
// Exit codes: 0 no errors, 1 errors found (or more warnings than --max-warnings), 2 usage or I/O problem
// (message on stderr).
import { Command, CommanderError, Option } from 'commander';
import { runCheck } from './cli/check';
import { UsageError } from './cli/errors';
import { runReport } from './cli/report';
import { runSummary } from './cli/summary';
import { runImport } from './cli/import';
import { runRole } from './cli/role';
import { runDiff } from './cli/diff';
import { version } from '../../package.json';

const collect = (value: string, previous: string[]) => [...previous, value];

const program = new Command('skillgap')
  .description('Check *.skills.yaml files and render skill-gap reports.')
  .version(version)
  .showHelpAfterError()
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

const workspaceOption = () => new Option('-w, --workspace <dir>', 'workspace root: where roles and catalogs are found (default: the nearest folder upwards holding .skillgap.yaml or .git, else the file\'s folder, or the current folder for role and diff)');
const catalogOption = () => new Option('--catalog <file>', 'an extra catalog file to load (repeatable)').argParser(collect).default([]);
const todayOption = (what: string) => new Option('--today <date>', `${what} (YYYY-MM-DD; default: the config's today, else today)`).argParser((v) => validDate(v));
const maxFileSizeOption = () => new Option('--max-file-size <bytes>', 'skip analysis of larger files (default 5242880)').argParser((v) => positiveInt(v, '--max-file-size'));
const outOption = () => new Option('-o, --out <file>', 'write to a new file instead of standard output');
const forceOption = () => new Option('--force', 'with --out: replace an existing file (never a symbolic link or an input)');
const stdinFilenameOption = () => new Option('--stdin-filename <path>', "with '-': the path the text from standard input stands for (messages, workspace lookup)");

program.command('check')
  .description('check skills files (default: every *.skills.yaml / *.skills.yml under the current folder), each against its whole workspace')
  .argument('[paths...]', "files, folders or globs; '-' reads one file from standard input")
  .addOption(new Option('-f, --format <format>', 'output format (default: text, or the config\'s check.format)').choices(['text', 'json', 'sarif']))
  .option('-q, --quiet', 'report errors only')
  .addOption(new Option('--max-warnings <n>', 'exit with code 1 when there are more warnings than this').argParser((v) => wholeNumber(v, '--max-warnings')))
  .addOption(catalogOption())
  .addOption(workspaceOption())
  .addOption(stdinFilenameOption())
  .addOption(todayOption('date to judge market data against'))
  .addOption(maxFileSizeOption())
  .action((paths: string[], opts: Omit<Parameters<typeof runCheck>[1], 'fallbackToday'>) => {
    const run = runCheck(paths, { ...opts, fallbackToday: localDate() }, version);
    finish(run);
  });

program.command('report')
  .description('render the gap report of a candidate against a role')
  .argument('<candidate>', "a candidate skills file; '-' reads it from standard input")
  .option('-r, --role <id>', "role id (default: the candidate's first target)")
  .addOption(new Option('-f, --format <format>', 'output format (default: text, or the config\'s report.format)').choices(['md', 'html', 'json', 'text']))
  .addOption(outOption())
  .addOption(forceOption())
  .addOption(catalogOption())
  .addOption(workspaceOption())
  .addOption(stdinFilenameOption())
  .addOption(todayOption('date shown in the report and used for dates and staleness'))
  .addOption(maxFileSizeOption())
  .option('--allow-errors', 'render even when the files read have errors, with a banner listing them (else: exit 1 and list them)')
  .action((candidate: string, opts: Omit<Parameters<typeof runReport>[1], 'fallbackToday'>) => {
    const run = runReport(candidate, { ...opts, fallbackToday: localDate() });
    finish(run);
  });

program.command('role')
  .description('the role report: every candidate targeting a role as a skills matrix, coverage, bench, single points of failure and the career ladder')
  .argument('<id>', 'a role id of the workspace')
  .addOption(new Option('-f, --format <format>', 'output format (default: text)').choices(['md', 'html', 'json', 'csv', 'text']))
  .option('-a, --all-candidates', 'measure every candidate of the workspace against the role, not only those targeting it')
  .addOption(outOption())
  .addOption(forceOption())
  .addOption(catalogOption())
  .addOption(workspaceOption())
  .addOption(todayOption('date shown in the report and used for dates'))
  .addOption(maxFileSizeOption())
  .action((id: string, opts: Omit<Parameters<typeof runRole>[1], 'fallbackToday'>) => {
    const run = runRole(id, { ...opts, fallbackToday: localDate() });
    finish(run);
  });

program.command('summary')
  .description("a Markdown table of every candidate's match and readiness for each target (CI job summaries)")
  .argument('[paths...]', "files, folders or globs; '-' reads one file from standard input")
  .addOption(catalogOption())
  .addOption(workspaceOption())
  .addOption(stdinFilenameOption())
  .addOption(todayOption('date used for dates and staleness'))
  .addOption(maxFileSizeOption())
  .action((paths: string[], opts: Omit<Parameters<typeof runSummary>[1], 'fallbackToday'>) => {
    const run = runSummary(paths, { ...opts, fallbackToday: localDate() });
    finish(run);
  });

program.command('diff')
  .description("what a change does to people's readiness: every candidate and target whose match, readiness, must-haves met or ready week differs between a git revision and the working tree, and the diagnostics it introduces")
  .argument('[paths...]', 'files or folders whose workspaces to compare (default: the current folder)')
  .option('-b, --base <rev>', 'the git revision to compare with (default: HEAD)')
  .addOption(new Option('-f, --format <format>', 'output format (default: md, made for a pull-request comment)').choices(['md', 'json', 'text']))
  .addOption(catalogOption())
  .addOption(workspaceOption())
  .addOption(todayOption('date used for dates on both sides'))
  .addOption(maxFileSizeOption())
  .action((paths: string[], opts: Omit<Parameters<typeof runDiff>[1], 'fallbackToday'>) => {
    const run = runDiff(paths, { ...opts, fallbackToday: localDate() });
    finish(run);
  });

program.command('import')
  .description('write a new candidate file from a JSON Resume (resume.json) or a LinkedIn data export (its folder or Skills.csv)')
  .argument('<source>', 'resume.json, or the LinkedIn export folder')
  .addOption(new Option('--from <format>', 'the source format (default: by the file: .json → json-resume; a folder or .csv → linkedin)').choices(['json-resume', 'linkedin']))
  .option('-o, --out <file>', "the candidate file to write (default: <name>.skills.yaml here)")
  .option('--force', 'replace an existing file (never a symbolic link or the source)')
  .addOption(catalogOption())
  .addOption(workspaceOption())
  .addOption(todayOption('the end of current positions (years of experience)'))
  .action((source: string, opts: Omit<Parameters<typeof runImport>[1], 'fallbackToday'>) => {
    const run = runImport(source, { ...opts, fallbackToday: localDate() });
    finish(run);
  });

/** What every command prints: its notices on stderr, then its own messages and output; exit 0 unless it says otherwise. */
function finish(run: { notices: string[]; stdout?: string; stderr?: string; exitCode?: number }): void {
  for (const notice of run.notices) process.stderr.write(`skillgap: ${notice}\n`);
  if (run.stderr) process.stderr.write(run.stderr);
  if (run.stdout) process.stdout.write(run.stdout);
  process.exitCode = run.exitCode ?? 0;
}

function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n <= 0) throw new UsageError(`${flag} must be a positive whole number, not '${value}'`);
  return n;
}

function wholeNumber(value: string, flag: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new UsageError(`${flag} must be a whole number (0 or more), not '${value}'`);
  return n;
}

function validDate(value: string): string {
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
