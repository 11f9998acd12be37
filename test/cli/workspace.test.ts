// Workspace discovery and the command-line conventions (issue #12, items 2 and 3), with the built CLI.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, cliPath, root } from './helpers';

const TODAY = ['--today', '2026-11-27'];
const ROLE = 'kind: role\nid: backend\ntitle: Backend Engineer\nrequirements:\n  - { skill: Python, level: 3, priority: must }\n  - { skill: Docker, level: 2, priority: should }\n';
const PERSON = 'kind: candidate\nname: Pat\nskills:\n  - { skill: Python, level: 3 }\n  - { skill: Pytorch2, level: 1 }\ntargets: [backend]\n';

/** A repository: `.git` at the top, roles in one folder, people in another. */
function repository(): string {
  const top = realpathSync(mkdtempSync(join(tmpdir(), 'skillgap-ws-')));
  mkdirSync(join(top, '.git'));
  mkdirSync(join(top, 'roles'));
  mkdirSync(join(top, 'people'));
  writeFileSync(join(top, 'roles', 'backend.skills.yaml'), ROLE);
  writeFileSync(join(top, 'people', 'pat.skills.yaml'), PERSON);
  return top;
}

function run(args: string[], cwd: string, input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [cliPath, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env }, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('workspace discovery', () => {
  it('searches dot-folders such as .github/ but never node_modules/ or .git/ (the rules of protocol/skills-files.ts)', () => {
    const top = realpathSync(mkdtempSync(join(tmpdir(), 'skillgap-find-')));
    for (const folder of ['.github', 'node_modules/pkg', 'team']) mkdirSync(join(top, folder), { recursive: true });
    const candidate = 'kind: candidate\nname: A\nskills: []\n';
    for (const file of ['.github/a.skills.yaml', 'node_modules/pkg/b.skills.yaml', 'team/d.skills.yml', 'e.yaml']) writeFileSync(join(top, file), candidate);
    const r = run(['check', '--format', 'json', ...TODAY], top);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), []);
    const text = run(['check', ...TODAY], top);
    assert.match(text.stdout, /^2 files checked in /m);
  });

  it('checks a single sample from inside samples/ against the whole sample workspace (exit 0)', () => {
    const r = cli(['check', 'santana-mena.skills.yaml', ...TODAY], {}, join(root, 'samples'));
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(r.stdout.trimEnd().split('\n').pop(), `1 file checked in ${join(root, 'samples')} (holds .skillgap.yaml): 0 errors, 0 warnings, 2 information, 4 hints`);
  });

  it('finds roles anywhere in the repository (.git), for check and report alike', () => {
    const top = repository();
    const check = run(['check', 'pat.skills.yaml', '--format', 'json', ...TODAY], join(top, 'people'));
    assert.equal(check.status, 0, check.stderr);
    assert.deepEqual(JSON.parse(check.stdout).map((d: { code: string }) => d.code), ['unknown-skill']);
    const report = run(['report', 'pat.skills.yaml', '--format', 'json', ...TODAY], join(top, 'people'));
    assert.equal(report.status, 0, report.stderr);
    const model = JSON.parse(report.stdout);
    assert.equal(model.role.id, 'backend');
    assert.equal(model.role.file, join(top, 'roles', 'backend.skills.yaml'));   // outside the working folder: absolute, as ESLint shows it
  });

  it('says which root it used when a role is not found, and --workspace chooses another', () => {
    const lone = realpathSync(mkdtempSync(join(tmpdir(), 'skillgap-lone-')));
    writeFileSync(join(lone, 'pat.skills.yaml'), PERSON);
    const r = run(['report', 'pat.skills.yaml'], lone);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, `skillgap: Unknown role 'backend': the workspace defines no roles\n  workspace: ${lone} (the file's folder: no .skillgap.yaml or .git above it); --workspace DIR looks for roles elsewhere\n`);
    const top = repository();
    const chosen = run(['report', join(lone, 'pat.skills.yaml'), '--workspace', top, '--format', 'json', ...TODAY], lone);
    assert.equal(chosen.status, 0, chosen.stderr);
    assert.equal(JSON.parse(chosen.stdout).role.title, 'Backend Engineer');
    const check = run(['check', 'pat.skills.yaml', ...TODAY], lone);
    assert.equal(check.status, 1);
    assert.match(check.stdout, /error  unknown-role  Unknown role 'backend'/);
    assert.match(check.stdout, new RegExp(`1 file checked in ${lone} \\(the file's folder: no \\.skillgap\\.yaml or \\.git above it\\): 1 error`));
  });

  it('stops at the nearest .skillgap.yaml, honours its ignore globs, and checks nested workspaces on their own', () => {
    const top = repository();
    mkdirSync(join(top, 'team', 'archive'), { recursive: true });
    writeFileSync(join(top, 'team', '.skillgap.yaml'), 'ignore: ["archive/**"]\n');
    writeFileSync(join(top, 'team', 'role.skills.yaml'), ROLE.replace('Backend Engineer', 'Team Backend'));
    writeFileSync(join(top, 'team', 'archive', 'old.skills.yaml'), 'kind: role\nid: backend\ntitle: Duplicate\n');
    const inTeam = run(['check', '--format', 'json', ...TODAY], join(top, 'team'));
    assert.equal(inTeam.status, 0, inTeam.stdout);
    assert.deepEqual(JSON.parse(inTeam.stdout), []);
    // From the top: the repository's workspace (roles, people) and the team's, each resolved on its own
    // (two 'backend' roles, but in different workspaces: no duplicate-id).
    const all = run(['check', ...TODAY], top);
    assert.equal(all.status, 0, all.stdout);
    assert.equal(all.stdout.trimEnd().split('\n').pop(), `3 files checked in 2 workspaces: ${top} (the git repository), team (holds .skillgap.yaml): 0 errors, 1 warning, 0 information, 0 hints`);
  });

  it('reads defaults from .skillgap.yaml and rejects a config with a precise message', () => {
    const top = repository();
    writeFileSync(join(top, '.skillgap.yaml'), 'today: 2026-11-27\ncheck: { format: json }\n');
    const r = run(['check', 'people'], top);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).map((d: { code: string }) => d.code), ['unknown-skill']);
    writeFileSync(join(top, '.skillgap.yaml'), 'check:\n  format: xml\nignor: [a]\n');
    const bad = run(['check'], top);
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr, "skillgap: .skillgap.yaml:2:11: check.format must be one of text, json, sarif\n.skillgap.yaml:3:1: unknown key 'ignor'\n");
  });
});

describe('command-line conventions', () => {
  it('--quiet prints errors only; --max-warnings fails a run with too many warnings', () => {
    const top = repository();
    const quiet = run(['check', '--quiet', ...TODAY], top);
    assert.equal(quiet.status, 0);
    assert.equal(quiet.stdout, '');
    const limited = run(['check', '--max-warnings', '0', ...TODAY], top);
    assert.equal(limited.status, 1);
    assert.equal(limited.stderr, 'skillgap: 1 warning found, more than the 0 allowed (--max-warnings)\n');
    assert.equal(run(['check', '--max-warnings', '1', ...TODAY], top).status, 0);
    assert.equal(run(['check', '--max-warnings', 'x'], top).stderr, "skillgap: --max-warnings must be a whole number (0 or more), not 'x'\n");
  });

  it("reads one document from standard input with '-' and --stdin-filename, in that file's workspace", () => {
    const top = repository();
    const text = PERSON.replace('Pytorch2', 'PyTorch');
    const r = run(['check', '-', '--stdin-filename', 'people/pat.skills.yaml', '--format', 'json', ...TODAY], top, text);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), []);
    const broken = run(['check', '-', '--stdin-filename', 'people/pat.skills.yaml', '--format', 'json', ...TODAY], top, PERSON.replace('backend', 'backnd'));
    assert.equal(broken.status, 1);
    assert.deepEqual(JSON.parse(broken.stdout).map((d: { file: string; code: string }) => [d.file, d.code]), [['people/pat.skills.yaml', 'unknown-skill'], ['people/pat.skills.yaml', 'unknown-role']]);
    const report = run(['report', '-', '--stdin-filename', 'people/pat.skills.yaml', '--format', 'json', ...TODAY], top, text);
    assert.equal(report.status, 0, report.stderr);
    assert.equal(JSON.parse(report.stdout).role.id, 'backend');
    assert.equal(run(['check', '--stdin-filename', 'x.skills.yaml'], top).stderr, "skillgap: --stdin-filename goes with '-' (read the file from standard input)\n");
  });

  it('--catalog loads extra catalogs (repeatable), from anywhere the user names', () => {
    const top = repository();
    const elsewhere = realpathSync(mkdtempSync(join(tmpdir(), 'skillgap-cat-')));
    writeFileSync(join(elsewhere, 'a.yaml'), 'kind: catalog\nid: a\nskills:\n  - { id: pytorch2, name: Pytorch2, category: ML }\n');
    writeFileSync(join(elsewhere, 'b.yaml'), 'kind: catalog\nid: b\nskills:\n  - { id: widgets, name: Widgets, category: Tools }\n');
    const r = run(['check', 'people', '--catalog', join(elsewhere, 'a.yaml'), '--catalog', join(elsewhere, 'b.yaml'), '--format', 'json', ...TODAY], top);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), []);
    const missing = run(['check', 'people', '--catalog', 'nope.yaml'], top);
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, 'skillgap: --catalog nope.yaml: no such file or directory\n');
  });

  it('exits 2 for a missing path, a folder without skills files, and report on a folder', () => {
    const top = repository();
    mkdirSync(join(top, 'empty'));
    assert.deepEqual([run(['check', 'peopel'], top).status, run(['check', 'peopel'], top).stderr], [2, 'skillgap: no such file or directory: peopel\n']);
    assert.deepEqual([run(['check', 'empty'], top).status, run(['check', 'empty'], top).stderr], [2, 'skillgap: no *.skills.yaml or *.skills.yml files under empty\n']);
    const folder = run(['report', 'people'], top);
    assert.equal(folder.status, 2);
    assert.equal(folder.stderr, 'skillgap: people is a folder; report takes one candidate file (skillgap check takes folders)\n');
  });

  it('colours only on a terminal or with FORCE_COLOR, never with NO_COLOR', () => {
    const top = repository();
    const plain = run(['check', ...TODAY], top);
    assert.doesNotMatch(plain.stdout, /\x1b\[/);
    const forced = run(['check', ...TODAY], top, undefined, { FORCE_COLOR: '1' });
    assert.match(forced.stdout, /\x1b\[33mwarning\x1b\[39m/);
    assert.equal(forced.stdout.replace(/\x1b\[\d+m/g, ''), plain.stdout);
    const both = run(['check', ...TODAY], top, undefined, { FORCE_COLOR: '1', NO_COLOR: '1' });
    assert.equal(both.stdout, plain.stdout);
    const report = run(['report', 'people/pat.skills.yaml', ...TODAY], top, undefined, { FORCE_COLOR: '1' });
    assert.match(report.stdout, /\x1b\[1m/);
  });
});
