// CI integrations, run for real: the GitHub Action's script with a job-summary file, and the pre-commit
// hook installed by Debian's `pre-commit` into a temporary git repository (offline: a local hook repo).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { cliPath, root } from './helpers';

const GIT_IDENTITY = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' };
const ROLE = 'kind: role\nid: backend\ntitle: Backend Engineer\nrequirements:\n  - { skill: Python, level: 3, priority: must }\n';
const PERSON = (target: string) => `kind: candidate\nname: Pat\nskills:\n  - { skill: Python, level: 2 }\ntargets: [${target}]\n`;

function git(cwd: string, ...args: string[]) {
  return spawnSync('git', ['-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_IDENTITY } });
}

describe('GitHub Action (action.yml → scripts/ci/github-action.sh)', () => {
  it('declares a composite action that runs the script and uploads its SARIF', () => {
    const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'));
    assert.equal(action.runs.using, 'composite');
    assert.equal(action.runs.steps[0].run, 'bash "$GITHUB_ACTION_PATH/scripts/ci/github-action.sh"');
    assert.equal(action.runs.steps[1].uses, 'github/codeql-action/upload-sarif@v3');
  });

  it('writes SARIF, outputs and a Markdown job summary of every candidate, and fails on errors', () => {
    const work = realpathSync(mkdtempSync(join(tmpdir(), 'skillgap-action-')));
    mkdirSync(join(work, '.git'));
    writeFileSync(join(work, 'backend.skills.yaml'), ROLE);
    writeFileSync(join(work, 'pat.skills.yaml'), PERSON('backend'));
    writeFileSync(join(work, 'lee.skills.yaml'), PERSON('backend').replace('Pat', 'Lee <img src=x>').replace('level: 2', 'level: 3'));
    const summary = join(work, 'summary.md');
    const output = join(work, 'output.txt');
    const env = { ...process.env, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output, SKILLGAP_PATHS: '.', SKILLGAP_SARIF: 'out.sarif', NO_COLOR: '1' };
    const ok = spawnSync('bash', [join(root, 'scripts/ci/github-action.sh')], { cwd: work, encoding: 'utf8', env });
    assert.equal(ok.status, 0, ok.stderr + ok.stdout);
    assert.equal(JSON.parse(readFileSync(join(work, 'out.sarif'), 'utf8')).version, '2.1.0');
    assert.equal(readFileSync(output, 'utf8'), 'sarif-file=out.sarif\nexit-code=0\nimpact-file=\n');
    assert.equal(readFileSync(summary, 'utf8'), [
      '## Skillgap', '',
      '0 errors, 0 warnings in 3 files.', '',
      '| Candidate | File | Role | Match | Must-haves | Readiness | Full plan |',
      '| --- | --- | --- | ---: | --- | --- | --- |',
      '| Lee \\<img src=x\\> | lee.skills.yaml | Backend Engineer | 100% | the must-have met | ✅ ready now | nothing to learn |',
      '| Pat | pat.skills.yaml | Backend Engineer | 67% | 1 of 1 must-have unmet | ❌ ready in 3 weeks | 3 weeks at 10 h/week |',
      '',
    ].join('\n'));
    // An unknown role is an error: the step fails (unless fail-on-errors is false), the summary says why.
    writeFileSync(join(work, 'pat.skills.yaml'), PERSON('backnd'));
    writeFileSync(summary, '');
    writeFileSync(output, '');
    const failing = spawnSync('bash', [join(root, 'scripts/ci/github-action.sh')], { cwd: work, encoding: 'utf8', env });
    assert.equal(failing.status, 1);
    assert.match(failing.stdout, /pat\.skills\.yaml:5:11  error  unknown-role  Unknown role 'backnd' — did you mean 'backend'\?/);
    assert.equal(readFileSync(output, 'utf8'), 'sarif-file=out.sarif\nexit-code=1\nimpact-file=\n');
    assert.match(readFileSync(summary, 'utf8'), /^1 error, 0 warnings in 3 files\.$/m);
    assert.match(readFileSync(summary, 'utf8'), /^- Pat \(pat\.skills\.yaml\): Unknown role 'backnd'; roles in the workspace: backend$/m);
    const lenient = spawnSync('bash', [join(root, 'scripts/ci/github-action.sh')], { cwd: work, encoding: 'utf8', env: { ...env, SKILLGAP_FAIL_ON_ERRORS: 'false' } });
    assert.equal(lenient.status, 0);
  });
});

describe('GitHub Action: change impact on a pull request (SKILLGAP_DIFF_BASE)', () => {
  it('writes the impact of the change against the base into the impact file and the job summary', () => {
    const work = realpathSync(mkdtempSync(join(tmpdir(), 'skillgap-action-diff-')));
    assert.equal(git(work, 'init', '-q').status, 0);
    writeFileSync(join(work, 'backend.skills.yaml'), ROLE);
    writeFileSync(join(work, 'pat.skills.yaml'), PERSON('backend').replace('level: 2', 'level: 3'));
    git(work, 'add', '-A');
    assert.equal(git(work, 'commit', '-q', '-m', 'roles').status, 0);
    writeFileSync(join(work, 'backend.skills.yaml'), ROLE.replace('level: 3', 'level: 4'));
    git(work, 'commit', '-q', '-am', 'Backend asks Python 4');
    const summary = join(work, 'summary.md');
    const output = join(work, 'output.txt');
    const env = { ...process.env, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output, SKILLGAP_PATHS: '.', SKILLGAP_SARIF: 'out.sarif', SKILLGAP_DIFF_BASE: 'HEAD~1', SKILLGAP_IMPACT: 'impact.md', NO_COLOR: '1' };
    const run = spawnSync('bash', [join(root, 'scripts/ci/github-action.sh')], { cwd: work, encoding: 'utf8', env });
    assert.equal(run.status, 0, run.stderr + run.stdout);
    assert.equal(readFileSync(output, 'utf8'), 'sarif-file=out.sarif\nexit-code=0\nimpact-file=impact.md\n');
    const impact = readFileSync(join(work, 'impact.md'), 'utf8');
    assert.match(impact, /^## Skillgap: change impact\n\n\*\*HEAD\\~1 \([0-9a-f]{7}\) → the working tree\.\*\* 1 of 1 candidate–role pairs change: 1 no longer ready\./);
    assert.match(impact, /^\| Pat \| Backend Engineer \| no longer ready \| 100% → 75% \| Ready → Not ready \| 1 of 1 → 0 of 1 \| ready now → ready in [0-9]+ weeks? \|$/m);
    assert.ok(readFileSync(summary, 'utf8').endsWith(`\n${impact}`), 'the job summary ends with the impact');
    // A base the checkout does not hold: a warning, no impact file, the job still passes.
    writeFileSync(output, '');
    const shallow = spawnSync('bash', [join(root, 'scripts/ci/github-action.sh')], { cwd: work, encoding: 'utf8', env: { ...env, SKILLGAP_DIFF_BASE: 'deadbeef' } });
    assert.equal(shallow.status, 0);
    assert.match(shallow.stdout, /::warning::skillgap diff against deadbeef failed/);
    assert.equal(readFileSync(output, 'utf8'), 'sarif-file=out.sarif\nexit-code=0\nimpact-file=\n');
  });
});

describe('pre-commit hook (.pre-commit-hooks.yaml, with Debian pre-commit)', () => {
  it('blocks a commit with an unknown role and lets a clean one through', function () {
    this.timeout(120_000);
    const base = realpathSync(mkdtempSync(join(tmpdir(), 'skillgap-precommit-')));
    // The hook repository: this repository's hook definition, committed (pre-commit installs hooks from a git repo).
    const hooks = join(base, 'hooks');
    mkdirSync(hooks);
    copyFileSync(join(root, '.pre-commit-hooks.yaml'), join(hooks, '.pre-commit-hooks.yaml'));
    assert.equal(git(hooks, 'init', '-q').status, 0);
    git(hooks, 'add', '-A');
    assert.equal(git(hooks, 'commit', '-q', '-m', 'hooks').status, 0);
    const rev = git(hooks, 'rev-parse', 'HEAD').stdout.trim();
    // The project: skillgap installed as a dev dependency (node_modules/.bin/skillgap), a role, a candidate.
    const project = join(base, 'project');
    mkdirSync(join(project, 'node_modules', '.bin'), { recursive: true });
    writeFileSync(join(project, 'package.json'), '{ "name": "team-skills", "private": true }\n');
    // What `npm install --save-dev skillgap` leaves: an executable shim in node_modules/.bin.
    writeFileSync(join(project, 'node_modules', '.bin', 'skillgap'), `#!/bin/sh\nexec "${process.execPath}" "${cliPath}" "$@"\n`, { mode: 0o755 });
    writeFileSync(join(project, '.gitignore'), 'node_modules/\n');
    writeFileSync(join(project, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hooks}\n    rev: ${rev}\n    hooks:\n      - id: skillgap-check\n`);
    writeFileSync(join(project, 'backend.skills.yaml'), ROLE);
    assert.equal(git(project, 'init', '-q').status, 0);
    const env = { ...process.env, ...GIT_IDENTITY, PRE_COMMIT_HOME: join(base, 'cache'), NO_COLOR: '1' };
    execFileSync('pre-commit', ['install'], { cwd: project, env, stdio: 'pipe' });
    git(project, 'add', '-A');
    const first = git(project, 'commit', '-m', 'roles');
    assert.equal(first.status, 0, first.stdout + first.stderr);

    writeFileSync(join(project, 'pat.skills.yaml'), PERSON('backnd'));
    git(project, 'add', 'pat.skills.yaml');
    const blocked = git(project, 'commit', '-m', 'pat');
    assert.equal(blocked.status, 1, 'the commit is blocked');
    // Git shows the hook's output on stderr.
    assert.match(blocked.stderr, /skillgap check\.+Failed/);
    assert.match(blocked.stderr, /pat\.skills\.yaml:5:11  error  unknown-role  Unknown role 'backnd' — did you mean 'backend'\?/);
    assert.equal(git(project, 'rev-list', '--count', 'HEAD').stdout.trim(), '1');

    writeFileSync(join(project, 'pat.skills.yaml'), PERSON('backend'));
    git(project, 'add', 'pat.skills.yaml');
    const clean = git(project, 'commit', '-m', 'pat');
    assert.equal(clean.status, 0, clean.stdout + clean.stderr);
    assert.match(clean.stderr, /skillgap check\.+Passed/);
    assert.equal(git(project, 'rev-list', '--count', 'HEAD').stdout.trim(), '2');
  });
});
