import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileSystemPolicy, readNamedFile, readRegularFile } from '../../../server/src/workspace/fs-policy';
import { discoverSkillsFiles } from '../../../server/src/workspace/discovery';
import { RootFinder } from '../../../server/src/workspace/root';
import { parseWorkspaceConfig } from '../../../server/src/workspace/config';

function folder(): string {
  return realpathSync(mkdtempSync(join(tmpdir(), 'skillgap-policy-')));
}

describe('workspace/fs-policy', () => {
  it('reads a regular file inside the root, bounded by the size limit checked before reading', () => {
    const root = folder();
    writeFileSync(join(root, 'a.skills.yaml'), 'kind: role\n');
    writeFileSync(join(root, 'big.skills.yaml'), 'x'.repeat(101));
    const policy = new FileSystemPolicy(root, 100);
    assert.deepEqual(policy.readText(join(root, 'a.skills.yaml')), { kind: 'text', path: join(root, 'a.skills.yaml'), real: join(root, 'a.skills.yaml'), text: 'kind: role\n', bytes: 11 });
    assert.deepEqual(policy.readText(join(root, 'big.skills.yaml')), { kind: 'too-large', path: join(root, 'big.skills.yaml'), real: join(root, 'big.skills.yaml'), bytes: 101, maxBytes: 100 });
  });

  it('refuses devices, FIFOs and directories on the opened descriptor, without blocking on a FIFO', () => {
    const root = folder();
    execFileSync('mkfifo', [join(root, 'pipe')]);
    assert.deepEqual(readRegularFile(join(root, 'pipe'), 'pipe', 100), { kind: 'refused', path: 'pipe', refusal: { reason: 'not-regular', type: 'FIFO' } });
    assert.deepEqual(readRegularFile('/dev/zero', 'z', 100), { kind: 'refused', path: 'z', refusal: { reason: 'not-regular', type: 'character device' } });
    assert.deepEqual(readRegularFile(root, 'd', 100), { kind: 'refused', path: 'd', refusal: { reason: 'not-regular', type: 'directory' } });
  });

  it('reads a file the user named wherever it is, but only a regular file: links followed, loops and devices refused', () => {
    const root = folder();
    writeFileSync(join(root, 'team.yaml'), 'kind: catalog\n');
    symlinkSync(join(root, 'team.yaml'), join(root, 'link.yaml'));
    symlinkSync(join(root, 'self'), join(root, 'self'));
    execFileSync('mkfifo', [join(root, 'pipe')]);
    assert.deepEqual(readNamedFile(join(root, 'link.yaml'), 100), { kind: 'text', path: join(root, 'link.yaml'), real: join(root, 'team.yaml'), text: 'kind: catalog\n', bytes: 14 });
    assert.deepEqual(readNamedFile(join(root, 'pipe'), 100), { kind: 'refused', path: join(root, 'pipe'), refusal: { reason: 'not-regular', type: 'FIFO' } });
    assert.deepEqual(readNamedFile('/dev/zero', 100), { kind: 'refused', path: '/dev/zero', refusal: { reason: 'not-regular', type: 'character device' } });
    assert.deepEqual(readNamedFile(join(root, 'self'), 100), { kind: 'refused', path: join(root, 'self'), refusal: { reason: 'loop', target: join(root, 'self') } });
    assert.deepEqual(readNamedFile(join(root, 'gone.yaml'), 100), { kind: 'refused', path: join(root, 'gone.yaml'), refusal: { reason: 'missing' } });
  });

  it('follows links inside the root, refuses links out of it, and walks each directory once', () => {
    const root = folder();
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    writeFileSync(join(root, 'a', 'b', 'x.skills.yaml'), 'kind: role\n');
    symlinkSync(join(root, 'a', 'b', 'x.skills.yaml'), join(root, 'alias.skills.yaml'));   // the same file again
    symlinkSync('../..', join(root, 'a', 'b', 'up'));                                      // back to the root: a loop
    symlinkSync('/etc', join(root, 'etc'));
    const policy = new FileSystemPolicy(root);
    const { files, skipped } = policy.walk(root, { include: (p) => p.endsWith('.skills.yaml') });
    assert.deepEqual(files, [join(root, 'a', 'b', 'x.skills.yaml')]);
    assert.deepEqual(skipped, [
      { path: join(root, 'a', 'b', 'up'), refusal: { reason: 'loop', target: root } },
      { path: join(root, 'etc'), refusal: { reason: 'outside-root', target: realpathSync('/etc') } },
    ]);
    assert.deepEqual(policy.resolveInside(join(root, 'alias.skills.yaml')), { real: join(root, 'a', 'b', 'x.skills.yaml') });
    assert.deepEqual(policy.resolveInside(join(root, 'etc', 'passwd')), { reason: 'outside-root', target: realpathSync('/etc/passwd') });
  });

  it('discovery skips node_modules, .git, ignore globs and nested workspaces (reported separately)', () => {
    const root = folder();
    for (const dir of ['node_modules/p', '.git', 'archive', 'team', 'src']) mkdirSync(join(root, dir), { recursive: true });
    for (const file of ['node_modules/p/a.skills.yaml', '.git/b.skills.yaml', 'archive/c.skills.yaml', 'team/d.skills.yaml', 'src/e.skills.yml', 'src/f.yaml']) writeFileSync(join(root, file), '');
    writeFileSync(join(root, 'team', '.skillgap.yaml'), '');
    const found = discoverSkillsFiles(new FileSystemPolicy(root), { ignore: ['archive/**'] });
    assert.deepEqual(found, { files: [join(root, 'src', 'e.skills.yml')], skipped: [], nestedRoots: [join(root, 'team')] });
    const all = discoverSkillsFiles(new FileSystemPolicy(root), { nestedRoots: 'include' });
    assert.deepEqual(all.files, [join(root, 'archive', 'c.skills.yaml'), join(root, 'src', 'e.skills.yml'), join(root, 'team', 'd.skills.yaml')]);
  });

  it('finds the nearest root: .skillgap.yaml or .git, else the folder itself', () => {
    const top = folder();
    mkdirSync(join(top, '.git'));
    mkdirSync(join(top, 'a', 'b'), { recursive: true });
    writeFileSync(join(top, 'a', '.skillgap.yaml'), '');
    const finder = new RootFinder();
    assert.deepEqual(finder.forFolder(join(top, 'a', 'b')), { root: join(top, 'a'), reason: 'config', configFile: join(top, 'a', '.skillgap.yaml') });
    assert.deepEqual(finder.forFolder(top), { root: top, reason: 'git' });
  });

  it('parses .skillgap.yaml against its schema', () => {
    assert.deepEqual(parseWorkspaceConfig('catalogs: [c.yaml]\ntoday: 2026-01-02\n').config, { catalogs: ['c.yaml'], ignore: [], today: '2026-01-02', maxFileSize: undefined, check: {}, report: {} });
    assert.deepEqual(parseWorkspaceConfig('today: tomorrow\n').problems, [{ line: 1, column: 8, message: 'today must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' }]);
    assert.deepEqual(parseWorkspaceConfig('a: [\n').problems.length, 1);
  });
});
