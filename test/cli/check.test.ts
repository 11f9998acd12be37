import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, root } from './helpers';

// The SARIF 2.1.0 schema (draft-04), vendored with its licence in test/cli/vendor/. Its language-tag
// pattern is not valid with the `u` flag, hence unicodeRegExp: false.
const sarifAjv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(sarifAjv);
const validateSarif = sarifAjv.compile(JSON.parse(readFileSync(join(root, 'test/cli/vendor/sarif-2.1.0-rtm.5.json'), 'utf8')));

const MISTAKES = 'test/cli/fixtures/mistakes';
const TODAY = ['--today', '2026-11-27'];

// One diagnostic per mistake planted in the fixture, each at the exact key or value that is wrong.
const EXPECTED: [string, number, number, number, number, string, string][] = [
  ['broken.skills.yaml', 3, 21, 3, 26, 'error', 'schema'],
  ['broken.skills.yaml', 4, 24, 4, 25, 'error', 'schema'],
  ['broken.skills.yaml', 9, 0, 9, 0, 'error', 'yaml-syntax'],
  ['fixture.skills.yaml', 6, 24, 6, 34, 'error', 'cycle'],
  ['fixture.skills.yaml', 10, 8, 10, 18, 'error', 'duplicate-id'],
  ['person.skills.yaml', 3, 14, 3, 39, 'warning', 'mojibake'],
  ['person.skills.yaml', 5, 28, 5, 29, 'hint', 'below-level'],
  ['person.skills.yaml', 6, 13, 6, 16, 'hint', 'alias'],
  ['person.skills.yaml', 7, 13, 7, 21, 'warning', 'unknown-skill'],
  ['person.skills.yaml', 8, 13, 8, 19, 'warning', 'duplicate-skill'],
  ['person.skills.yaml', 9, 13, 9, 17, 'warning', 'ambiguous-skill'],
  ['person.skills.yaml', 10, 10, 10, 25, 'error', 'unknown-role'],
  ['person.skills.yaml', 10, 27, 10, 43, 'information', 'missing-skill'],
  ['person.skills.yaml', 11, 48, 11, 50, 'warning', 'over-deadline'],
  ['roles.skills.yaml', 9, 8, 9, 15, 'warning', 'stale-market-data'],
  ['roles.skills.yaml', 10, 32, 10, 38, 'error', 'salary-range'],
  ['roles.skills.yaml', 13, 4, 13, 20, 'error', 'duplicate-id'],
  ['roles.skills.yaml', 21, 9, 21, 15, 'error', 'cycle'],
];

interface JsonDiagnostic {
  file: string; severity: string; code: string; message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

function checkJson(args: string[]): { status: number | null; items: JsonDiagnostic[] } {
  const r = cli(['check', ...args, '--format', 'json', ...TODAY]);
  return { status: r.status, items: JSON.parse(r.stdout) as JsonDiagnostic[] };
}

describe('skillgap check', () => {
  it('passes the shipped samples with exit code 0 and no errors', () => {
    const r = cli(['check', 'samples', ...TODAY]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^11 files checked in samples \(holds \.skillgap\.yaml\): 0 errors, 1 warning, 7 information, 11 hints$/m);
    assert.equal(r.stderr, '');
  });

  it('gives exactly one precise diagnostic per planted mistake', () => {
    const { status, items } = checkJson([MISTAKES]);
    assert.equal(status, 1);
    const got = items.map((d) => [d.file.split('/').pop(), d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.severity, d.code]);
    assert.deepEqual(got, EXPECTED);
    assert.ok(items.every((d) => d.file.startsWith(`${MISTAKES}/`)), 'paths are relative to the working folder');
  });

  it('writes messages for people, not raw validator text', () => {
    const { items } = checkJson([MISTAKES]);
    const message = (code: string, file = 'person.skills.yaml') => items.filter((d) => d.code === code && d.file.endsWith(file)).map((d) => d.message);
    assert.deepEqual(message('schema', 'broken.skills.yaml'), ["unknown key 'levle' — did you mean 'level'?", 'level must be 0–5 (0 none … 5 expert)']);
    assert.deepEqual(message('unknown-skill'), ["Unknown skill 'Pytorch2' — did you mean PyTorch?"]);
    assert.deepEqual(message('alias'), ['k8s is an alias of Kubernetes']);
    assert.deepEqual(message('duplicate-skill'), ['Python is listed twice (on line 6)']);
    assert.deepEqual(message('mojibake'), ["'Bachelorâ€™s' looks like mis-decoded UTF-8: Bachelor’s?"]);
    assert.deepEqual(message('unknown-role'), ["Unknown role 'backend-enginer' — did you mean 'backend-engineer'?"]);
    assert.deepEqual(message('missing-skill'), ['Missing 1 must-have skill for Backend Engineer: Docker']);
    assert.deepEqual(message('below-level'), ['Backend Engineer needs 4 (proficient); you have 3 (competent)']);
    assert.deepEqual(message('ambiguous-skill'), ["'wops' is ambiguous: it names Gadget Ops or Widget Operations; write the one you mean"]);
    assert.deepEqual(message('over-deadline'), ['Ready for Backend Engineer in 45 weeks at 1 h/week; deadline is 10 (needs 5 h/week to be ready by then)']);
    assert.deepEqual(message('salary-range', 'roles.skills.yaml'), ['salary min 150000 is greater than max 90000']);
    assert.deepEqual(message('stale-market-data', 'roles.skills.yaml'), ['Market data is from 2024-03, 32 months before 2026-11-27: older than 12 months; refresh the figures and asOf']);
    assert.deepEqual(message('cycle', 'roles.skills.yaml'), ['extends loops: loop-a → loop-a']);
    assert.deepEqual(message('cycle', 'fixture.skills.yaml'), ['requires loops: widget-ops → widget-ops']);
    assert.deepEqual(message('duplicate-id', 'roles.skills.yaml'), [`Role id 'backend-engineer' is already defined in ${MISTAKES}/roles.skills.yaml:2`]);
  });

  it('prints file:line:col, severity, code and message in text, with a summary', () => {
    const r = cli(['check', `${MISTAKES}/person.skills.yaml`, `${MISTAKES}/roles.skills.yaml`, `${MISTAKES}/fixture.skills.yaml`, ...TODAY]);
    assert.equal(r.status, 1);
    const lines = r.stdout.trimEnd().split('\n');
    assert.ok(lines.includes(`${MISTAKES}/person.skills.yaml:8:14  warning  unknown-skill  Unknown skill 'Pytorch2' — did you mean PyTorch?`), r.stdout);
    assert.equal(lines[lines.length - 1], `3 files checked in ${MISTAKES} (holds .skillgap.yaml): 6 errors, 6 warnings, 1 information, 2 hints`);
  });

  it('colours text only on a terminal: piped output has no ANSI escape codes', () => {
    const r = cli(['check', MISTAKES, ...TODAY]);
    assert.doesNotMatch(r.stdout, /\x1b\[/);
  });

  it('never prints control characters from a file to the terminal: they are escaped visibly', () => {
    const dir = mkdtempSync(join(tmpdir(), 'skillgap-esc-'));
    writeFileSync(join(dir, 'a.skills.yaml'), 'kind: candidate\nname: X\nskills:\n  - { skill: "Py\\e[31mthon", level: 2 }\n  - { skill: "x\\nsamples/fake.skills.yaml:1:1  error  forged", level: 1 }\n');
    const r = cli(['check', dir, ...TODAY]);
    assert.doesNotMatch(r.stdout, /\x1b/);
    assert.match(r.stdout, /Unknown skill 'Py\\x1b\[31mthon'/);
    assert.ok(r.stdout.includes("Unknown skill 'x\\nsamples/fake.skills.yaml:1:1  error  forged'"), r.stdout);
    assert.ok(r.stdout.split('\n').every((line) => !line.startsWith('samples/fake')), 'no forged line');
  });

  it('prints SARIF 2.1.0 that the SARIF schema accepts, one result per diagnostic, 1-based regions', () => {
    const r = cli(['check', MISTAKES, '--format', 'sarif', ...TODAY]);
    assert.equal(r.status, 1);
    const log = JSON.parse(r.stdout);
    assert.equal(validateSarif(log), true, JSON.stringify(validateSarif.errors));
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'skillgap');
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: `${pathToFileURL(root).href}/` } });
    assert.equal(run.results.length, EXPECTED.length);
    const unknown = run.results.find((x: { ruleId: string }) => x.ruleId === 'unknown-skill');
    assert.deepEqual(unknown.locations[0].physicalLocation, {
      artifactLocation: { uri: `${MISTAKES}/person.skills.yaml`, uriBaseId: '%SRCROOT%' },
      region: { startLine: 8, startColumn: 14, endLine: 8, endColumn: 22 },
    });
    assert.equal(unknown.level, 'warning');
    assert.equal(run.tool.driver.rules[unknown.ruleIndex].id, 'unknown-skill');
    assert.equal(run.results.filter((x: { level: string }) => x.level === 'note').length, 3);
    // The validator is not a rubber stamp.
    assert.equal(validateSarif({ ...log, runs: [{ ...run, results: [{ ...run.results[0], level: 'fatal' }] }] }), false);
  });

  it('percent-encodes SARIF URIs as relative references (no scheme can appear) and uses file: URIs outside the working folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'skillgap-sarif-'));
    const odd = join(dir, 'javascript:alert(1)');
    mkdirSync(odd);
    writeFileSync(join(odd, 'a #1?.skills.yaml'), 'kind: candidate\nname: X\nskills:\n  - { skill: Pythn, level: 2 }\n');
    const inside = cli(['check', '.', '--format', 'sarif', ...TODAY], {}, dir);
    const location = JSON.parse(inside.stdout).runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    assert.deepEqual(location, { uri: 'javascript%3Aalert(1)/a%20%231%3F.skills.yaml', uriBaseId: '%SRCROOT%' });
    assert.equal(decodeURIComponent(new URL(location.uri, 'file:///base/').pathname), '/base/javascript:alert(1)/a #1?.skills.yaml');
    const outside = cli(['check', dir, '--format', 'sarif', ...TODAY]);
    const log = JSON.parse(outside.stdout);
    assert.equal(validateSarif(log), true, JSON.stringify(validateSarif.errors));
    assert.deepEqual(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation, { uri: pathToFileURL(join(odd, 'a #1?.skills.yaml')).href });
  });

  it('exits 0 when there are only warnings and hints', () => {
    const r = cli(['check', `${MISTAKES}/person.skills.yaml`, '--format', 'json', ...TODAY]);
    // person.skills.yaml alone is resolved against its whole workspace: only the misspelt role is unknown.
    assert.equal(r.status, 1);
    assert.deepEqual((JSON.parse(r.stdout) as JsonDiagnostic[]).filter((d) => d.severity === 'error').map((d) => d.message), ["Unknown role 'backend-enginer' — did you mean 'backend-engineer'?"]);
    const ok = cli(['check', 'samples/priya-raman.skills.yaml', 'samples/engineering-manager.skills.yaml', ...TODAY]);
    assert.equal(ok.status, 0, ok.stdout);
    assert.match(ok.stdout, /warning  over-deadline/);
  });

  it('refuses to analyse a file above --max-file-size, with one error at its start', () => {
    const { status, items } = checkJson(['samples/acme.skills.yaml', '--max-file-size', '100']);
    assert.equal(status, 1);
    assert.deepEqual(items, [{
      file: 'samples/acme.skills.yaml', severity: 'error', code: 'file-too-large',
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      message: 'file is 546 bytes; skillgap checks files up to 100 bytes',
    }]);
    const bad = cli(['check', 'samples', '--max-file-size', '0']);
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr, "skillgap: --max-file-size must be a positive whole number, not '0'\n");
  });

  it('finds files by glob', () => {
    const { status, items } = checkJson(['test/cli/fixtures/mistakes/r*.skills.yaml']);
    assert.equal(status, 1);
    assert.deepEqual([...new Set(items.map((d) => d.file))], [`${MISTAKES}/roles.skills.yaml`]);
  });

  it('exits 2 with a clear message for a missing path, a bad format, a bad date or an unknown option', () => {
    const missing = cli(['check', 'no/such/place']);
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, 'skillgap: no such file or directory: no/such/place\n');
    assert.equal(missing.stdout, '');
    const format = cli(['check', 'samples', '--format', 'xml']);
    assert.equal(format.status, 2);
    assert.match(format.stderr, /argument 'xml' is invalid\. Allowed choices are text, json, sarif/);
    const date = cli(['check', 'samples', '--today', '27/11/2026']);
    assert.equal(date.status, 2);
    assert.equal(date.stderr, "skillgap: --today must be a date written YYYY-MM-DD, not '27/11/2026'\n");
    const unknown = cli(['check', '--frobnicate']);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown option '--frobnicate'/);
    const glob = cli(['check', 'nothing/**/*.skills.yaml']);
    assert.equal(glob.status, 2);
    assert.equal(glob.stderr, "skillgap: no files match 'nothing/**/*.skills.yaml'\n");
  });

  it('prints the version and help with exit code 0', () => {
    const v = cli(['--version']);
    assert.equal(v.status, 0);
    assert.match(v.stdout, /^\d+\.\d+\.\d+\n$/);
    const h = cli(['check', '--help']);
    assert.equal(h.status, 0);
    assert.match(h.stdout, /Usage: skillgap check \[options\] \[paths\.\.\.\]/);
  });
});
