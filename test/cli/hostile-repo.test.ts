// A repository shaped as a hostile pull request would shape it (issue #17): committed symbolic links to
// /dev/zero, `..`, `/` and a file outside the checkout, a link loop, a FIFO, and a planted `--out` link.
// Every command ends with a clear message and reads nothing outside the workspace root.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './helpers';

const SECRET = 'SECRET-VALUE-7f3a9c';
const TODAY = ['--today', '2026-11-27'];

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, stdio: 'pipe' });
}

/** A clone of a repository whose commit holds the hostile links (so they come out of git as a CI checkout would). */
function hostileCheckout(): { checkout: string; outside: string; victim: string } {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'skillgap-hostile-')));
  const outside = join(base, 'outside');
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.skills.yaml'), `kind: catalog\nid: secret\nskills:\n  - { id: leaked, name: "${SECRET}", category: Secrets }\n`);
  const victim = join(outside, 'victim.bashrc');
  writeFileSync(victim, 'export PATH=/usr/bin\n');
  const origin = join(base, 'origin');
  mkdirSync(join(origin, 'inner'), { recursive: true });
  git(origin, 'init', '-q');
  writeFileSync(join(origin, 'ok.skills.yaml'), 'kind: candidate\nname: Ok\nskills:\n  - { skill: Python, level: 3 }\n');
  // A clean workspace of its own beside the hostile links, for the --out probes.
  const clean = join(origin, 'clean');
  mkdirSync(clean);
  writeFileSync(join(clean, '.skillgap.yaml'), '');
  writeFileSync(join(clean, 'ok.skills.yaml'), 'kind: candidate\nname: Ok\nskills:\n  - { skill: Python, level: 3 }\ntargets: [x]\n');
  writeFileSync(join(clean, 'role.skills.yaml'), 'kind: role\nid: x\ntitle: X\nrequirements:\n  - { skill: Python, level: 4, priority: must }\n');
  writeFileSync(join(clean, 'existing.txt'), 'keep me\n');
  symlinkSync(victim, join(clean, 'report.txt'));
  symlinkSync('/dev/zero', join(origin, 'huge.skills.yaml'));
  symlinkSync('..', join(origin, 'up'));
  symlinkSync('/', join(origin, 'root'));
  symlinkSync(join(outside, 'secret.skills.yaml'), join(origin, 'leak.skills.yaml'));
  symlinkSync('..', join(origin, 'inner', 'loop'));
  symlinkSync('self.skills.yaml', join(origin, 'self.skills.yaml'));
  git(origin, 'add', '-A');
  git(origin, 'commit', '-q', '-m', 'hostile');
  const checkout = join(base, 'checkout');
  git(base, 'clone', '-q', origin, checkout);
  execFileSync('mkfifo', [join(checkout, 'pipe.skills.yaml')]);     // git cannot commit a FIFO; a build step could make one
  return { checkout, outside, victim };
}

describe('a hostile repository (symbolic links, loops, devices, FIFOs)', () => {
  let repo: ReturnType<typeof hostileCheckout>;
  before(() => { repo = hostileCheckout(); });

  it('check walks the checkout without following links out of it, names each one it skipped, and ends', () => {
    const r = cli(['check', ...TODAY], {}, repo.checkout);
    assert.equal(r.status, 0, r.stderr);
    const root = repo.checkout;
    assert.deepEqual(r.stderr.trimEnd().split('\n').sort(), [
      `skillgap: not read: huge.skills.yaml: it resolves to /dev/zero, outside the workspace root ${root}`,
      `skillgap: not read: inner/loop: a symbolic link loop (it leads back to ${root})`,
      `skillgap: not read: leak.skills.yaml: it resolves to ${repo.outside}/secret.skills.yaml, outside the workspace root ${root}`,
      `skillgap: not read: pipe.skills.yaml: it is a FIFO, not a regular file`,
      `skillgap: not read: root: it resolves to /, outside the workspace root ${root}`,
      `skillgap: not read: self.skills.yaml: a symbolic link loop (it leads back to ${root}/self.skills.yaml)`,
      `skillgap: not read: up: it resolves to ${join(root, '..')}, outside the workspace root ${root}`,
    ].sort());
    assert.equal(r.stdout.trimEnd().split('\n').pop(), `3 files checked in 2 workspaces: ${root} (the git repository), clean (holds .skillgap.yaml): 0 errors, 0 warnings, 0 information, 1 hint`);
    assert.ok(!r.stdout.includes(SECRET) && !r.stderr.includes(SECRET));
  });

  it('refuses a named link that leaves the root with exit 2 and one line, before reading anything', () => {
    const zero = cli(['check', 'huge.skills.yaml'], {}, repo.checkout);
    assert.equal(zero.status, 2);
    assert.equal(zero.stderr, `skillgap: huge.skills.yaml: not read: it resolves to /dev/zero, outside the workspace root ${repo.checkout}\n`);
    const leak = cli(['report', 'leak.skills.yaml', '--format', 'json'], {}, repo.checkout);
    assert.equal(leak.status, 2);
    assert.equal(leak.stdout, '');
    assert.ok(!leak.stderr.includes(SECRET));
    assert.match(leak.stderr, /^skillgap: leak\.skills\.yaml: not read: it resolves to .*secret\.skills\.yaml, outside the workspace root /);
    const fifo = cli(['check', 'pipe.skills.yaml'], {}, repo.checkout);
    assert.equal(fifo.status, 2);
    assert.equal(fifo.stderr, 'skillgap: pipe.skills.yaml: not read: it is a FIFO, not a regular file\n');
  });

  it('does not follow a catalog named in .skillgap.yaml out of the root', () => {
    const dir = join(repo.checkout, 'configured');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '.skillgap.yaml'), `catalogs: [../../outside/secret.skills.yaml]\n`);
    writeFileSync(join(dir, 'a.skills.yaml'), 'kind: candidate\nname: A\nskills: [{ skill: leaked, level: 1 }]\n');
    const r = cli(['check', 'configured'], {}, repo.checkout);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, `skillgap: configured/.skillgap.yaml: catalog '../../outside/secret.skills.yaml' not read: it resolves to ${repo.outside}/secret.skills.yaml, outside the workspace root configured\n`);
    assert.ok(!r.stdout.includes(SECRET));
  });

  it('report --out never writes through a planted link, over an input, or over a file without --force', () => {
    const clean = join(repo.checkout, 'clean');
    const report = (out: string, ...extra: string[]) => cli(['report', 'ok.skills.yaml', '--out', out, ...TODAY, ...extra], {}, clean);
    const throughLink = report('report.txt', '--force');
    assert.equal(throughLink.status, 2);
    assert.equal(throughLink.stderr, 'skillgap: refusing to write report.txt: it is a symbolic link (skillgap never writes through one; remove it or choose another name)\n');
    assert.equal(readFileSync(repo.victim, 'utf8'), 'export PATH=/usr/bin\n');
    const overInput = report('role.skills.yaml', '--force');
    assert.equal(overInput.status, 2);
    assert.equal(overInput.stderr, 'skillgap: refusing to write role.skills.yaml: it is one of the files this report was made from\n');
    assert.match(readFileSync(join(clean, 'role.skills.yaml'), 'utf8'), /^kind: role/);
    const existing = report('existing.txt');
    assert.equal(existing.status, 2);
    assert.equal(existing.stderr, 'skillgap: refusing to overwrite existing.txt: it exists (add --force to replace it)\n');
    // With --force the file is replaced by a rename: a hard link to the old file keeps the old bytes.
    linkSync(join(clean, 'existing.txt'), join(clean, 'existing-link.txt'));
    const before = statSync(join(clean, 'existing.txt')).ino;
    const forced = report('existing.txt', '--force');
    assert.equal(forced.status, 0, forced.stderr);
    assert.equal(forced.stderr, 'skillgap: wrote existing.txt\n');
    assert.match(readFileSync(join(clean, 'existing.txt'), 'utf8'), /^SKILL GAP REPORT: OK\n/);
    assert.notEqual(statSync(join(clean, 'existing.txt')).ino, before);
    assert.equal(readFileSync(join(clean, 'existing-link.txt'), 'utf8'), 'keep me\n');
    const missingFolder = report('no/such/folder/r.md');
    assert.equal(missingFolder.status, 2);
    assert.equal(missingFolder.stderr, 'skillgap: cannot write no/such/folder/r.md: the folder no/such/folder does not exist\n');
    assert.ok(!existsSync(join(clean, 'no')));
  });
});
