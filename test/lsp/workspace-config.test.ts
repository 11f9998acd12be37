// Live configuration and folders: per-folder `catalogs`, catalogs outside the workspace edited on disk,
// folders added and removed, and the file-system policy for everything read (SECURITY.md).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './client';

const CANDIDATE = 'kind: candidate\nskills:\n  - { skill: Gizmos, level: 2 }\n';
const catalog = (name: string) => `kind: catalog\nid: team\nskills:\n  - id: gizmos\n    name: ${name}\n    category: Tools\n`;
const messages = (p: { diagnostics: { code?: unknown; message: unknown }[] }) => p.diagnostics.map((d) => `${String(d.code)} ${String(d.message)}`);
const UNKNOWN_GIZMOS = "unknown-skill Unknown skill 'Gizmos': not in the built-in catalog or any workspace catalog";

describe('live configuration and workspace folders', function () {
  this.timeout(60000);
  const cleanup: (() => void)[] = [];
  afterEach(() => { for (const c of cleanup.splice(0)) c(); });

  function outsideFolder(): string {
    const dir = mkdtempSync(join(tmpdir(), 'skillgap-outside-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
  }

  it('reads `catalogs` per workspace folder (resource scope), relative to that folder', async () => {
    const client = await TestClient.start({
      folders: ['a', 'b'],
      files: { 'a/bo.skills.yaml': CANDIDATE, 'a/team.yaml': catalog('Gizmos'), 'b/cy.skills.yaml': 'kind: candidate\nskills:\n  - { skill: Gadgets, level: 2 }\n', 'b/shared/gadgets.yaml': catalog('Gadgets').replace('gizmos', 'gadgets') },
      configuration: {},
      folderConfiguration: { a: { catalogs: ['team.yaml'] }, b: { catalogs: ['shared/gadgets.yaml'] } },
    });
    try {
      assert.deepEqual(messages(await client.diagnosticsFor('a/bo.skills.yaml')), []);
      assert.deepEqual(messages(await client.diagnosticsFor('b/cy.skills.yaml')), []);
      assert.deepEqual(client.configurationRequests[0], [
        { section: 'skillgap' }, { section: 'skillgap', scopeUri: client.uri('a') }, { section: 'skillgap', scopeUri: client.uri('b') },
      ]);
    } finally {
      await client.shutdown();
    }
  });

  it('watches a catalog outside the workspace folder and re-checks every file when it is edited, created or deleted', async () => {
    const elsewhere = outsideFolder();
    const path = join(elsewhere, 'team.skills.yaml');
    writeFileSync(path, catalog('Gizmos'));
    const client = await TestClient.start({
      files: { 'bo.skills.yaml': CANDIDATE },
      configuration: { catalogs: [path] },
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } } },
    });
    try {
      assert.deepEqual(messages(await client.diagnosticsFor('bo.skills.yaml')), []);
      await client.until('the catalog watcher', () => (client.registrations.length === 2 ? true : undefined));
      assert.deepEqual(client.registrations[1], {
        id: client.registrations[1].id,
        method: 'workspace/didChangeWatchedFiles',
        registerOptions: { watchers: [{ globPattern: { baseUri: pathToFileURL(elsewhere).href, pattern: 'team.skills.yaml' } }] },
      } as never);
      const notify = (type: number) => client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path).href, type }] });

      let from = client.diagnostics.length;
      writeFileSync(path, 'kind: catalog\nid: team\nskills:\n  - id: gizmo-works\n    name: Gizmo Works\n    aliases: [Gizmos]\n    category: Tools\n');
      await notify(2);
      const renamed = await client.diagnosticsFor('bo.skills.yaml', () => true, from);
      assert.deepEqual(messages(renamed), ['alias Gizmos is an alias of Gizmo Works']);

      from = client.diagnostics.length;
      unlinkSync(path);
      await notify(3);
      assert.deepEqual(messages(await client.diagnosticsFor('bo.skills.yaml', () => true, from)), [UNKNOWN_GIZMOS]);

      from = client.diagnostics.length;
      writeFileSync(path, catalog('Gizmos'));
      await notify(1);
      assert.deepEqual(messages(await client.diagnosticsFor('bo.skills.yaml', () => true, from)), []);
    } finally {
      await client.shutdown();
    }
  });

  it('indexes a workspace folder added later and drops one removed', async () => {
    const client = await TestClient.start({
      folders: ['one'],
      files: { 'one/a.skills.yaml': 'kind: candidate\nskills:\n  - { skill: Pythn, level: 2 }\n', 'two/b.skills.yaml': 'kind: candidate\ntargets: [x-role]\n' },
    });
    try {
      await client.diagnosticsFor('one/a.skills.yaml');
      assert.equal(client.diagnostics.some((p) => p.uri === client.uri('two/b.skills.yaml')), false, 'not a workspace folder yet');
      const progressBefore = client.progress.length;
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
        event: { added: [{ uri: client.uri('two'), name: 'two' }], removed: [{ uri: client.uri('one'), name: 'one' }] },
      });
      const b = await client.diagnosticsFor('two/b.skills.yaml');
      assert.deepEqual(messages(b), ["unknown-role Unknown role 'x-role': no role in the workspace has this id"]);
      const a = await client.diagnosticsFor('one/a.skills.yaml', (p) => p.diagnostics.length === 0);
      assert.deepEqual(a.diagnostics, []);
      const kinds = client.progress.slice(progressBefore).map((p) => (p as { value: { kind: string; message?: string } }).value);
      assert.deepEqual(kinds.map((k) => k.message ?? k.kind), ['begin', '1/1 files', 'end']);
      // Hover on the dropped file: no longer a workspace file.
      assert.equal(await client.request('textDocument/hover', client.at('one/a.skills.yaml', { line: 2, character: 15 })), null);
    } finally {
      await client.shutdown();
    }
  });
});

describe("a workspace folder's .skillgap.yaml", function () {
  this.timeout(60000);

  it('applies its ignore globs and catalogs as the CLI does, and follows its changes', async () => {
    const client = await TestClient.start({ files: {
      '.skillgap.yaml': 'catalogs: [catalogs/team.catalog.yaml]\nignore: ["archive/**"]\n',
      'catalogs/team.catalog.yaml': catalog('Gizmos'),
      'bo.skills.yaml': CANDIDATE,
      'archive/old.skills.yaml': 'kind: candidate\nskills:\n  - { skill: Pythn, level: 1 }\n',
      'node_modules/dep/x.skills.yaml': 'kind: candidate\nskills:\n  - { skill: Pythn, level: 1 }\n',
    } });
    try {
      assert.deepEqual(messages(await client.diagnosticsFor('bo.skills.yaml')), []);
      // Announced by the watcher, an ignored file (or one under node_modules) is still left out.
      await client.writeFile('archive/new.skills.yaml', 'kind: candidate\n', 1);
      await client.writeFile('node_modules/dep/y.skills.yaml', 'kind: candidate\n', 1);
      await client.request('workspace/symbol', { query: '' });
      assert.deepEqual(client.diagnostics.map((p) => p.uri.slice(client.uri('').length + 1)).filter((n) => n !== 'bo.skills.yaml'), ['catalogs/team.catalog.yaml']);

      let from = client.diagnostics.length;
      await client.writeFile('.skillgap.yaml', 'ignore: []\n');
      const old = await client.diagnosticsFor('archive/old.skills.yaml', () => true, from);
      assert.deepEqual(messages(old), ["unknown-skill Unknown skill 'Pythn' — did you mean Python?"]);
      assert.deepEqual(messages(await client.diagnosticsFor('bo.skills.yaml', () => true, from)), [UNKNOWN_GIZMOS]);
      await client.diagnosticsFor('archive/new.skills.yaml', () => true, from);

      from = client.diagnostics.length;
      await client.writeFile('.skillgap.yaml', 'catalogs: [catalogs/team.catalog.yaml]\nignore: ["archive/**"]\n');
      assert.deepEqual((await client.diagnosticsFor('archive/old.skills.yaml', () => true, from)).diagnostics, [], 'left out again');
      assert.deepEqual(messages(await client.diagnosticsFor('bo.skills.yaml', () => true, from)), []);
    } finally {
      await client.shutdown();
    }
  });

  it('never reads a catalog it names outside its folder, and says what is wrong with it', async () => {
    const client = await TestClient.start({ files: { '.skillgap.yaml': 'catalogs: [../outside.catalog.yaml]\n', 'bo.skills.yaml': CANDIDATE } });
    const outside = join(client.root, '..', 'outside.catalog.yaml');
    try {
      const refusal = await client.until('the refusal', () => client.messages.at(-1));
      assert.deepEqual(refusal, { type: 2, message: `Skillgap: catalog ${outside} in .skillgap.yaml of ${client.root} is not read: it is outside the workspace folders.` });
      assert.deepEqual(messages(await client.diagnosticsFor('bo.skills.yaml')), [UNKNOWN_GIZMOS]);
      await client.writeFile('.skillgap.yaml', 'catalogs: 3\nignor: []\n');
      const problem = await client.until('the config problem', () => client.messages.find((m) => m.message.includes('its settings are not used')));
      assert.equal(problem.message, `Skillgap: ${join(client.root, '.skillgap.yaml')}:1:11: catalogs must be array (and 1 more); its settings are not used.`);
    } finally {
      await client.shutdown();
    }
  });
});

describe('the file-system policy in the language server', function () {
  this.timeout(60000);
  const cleanup: (() => void)[] = [];
  afterEach(() => { for (const c of cleanup.splice(0)) c(); });

  it('refuses a FIFO and a device named in `catalogs` with a message, indexes the rest, answers pulls, and exits on `exit`', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'skillgap-fifo-'));
    cleanup.push(() => rmSync(elsewhere, { recursive: true, force: true }));
    const fifo = join(elsewhere, 'pipe.skills.yaml');
    execFileSync('mkfifo', [fifo]);
    const client = await TestClient.start({
      files: { 'bo.skills.yaml': CANDIDATE },
      configuration: { catalogs: [fifo, '/dev/zero'] },
      capabilities: { textDocument: { diagnostic: {} }, workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    try {
      const report = await client.request<{ kind: string; items: { message: string }[] }>('textDocument/diagnostic', { textDocument: { uri: client.uri('bo.skills.yaml') } });
      assert.deepEqual(report.items.map((d) => `unknown-skill ${d.message}`), [UNKNOWN_GIZMOS]);
      assert.deepEqual(client.messages, [
        { type: 2, message: `Skillgap: catalog ${fifo} in skillgap.catalogs is not read: it is a FIFO, not a regular file.` },
        { type: 2, message: 'Skillgap: catalog /dev/zero in skillgap.catalogs is not read: it is a character device, not a regular file.' },
      ]);
      // A watched-file event for the FIFO is refused the same way, without blocking.
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(fifo).href, type: 2 }] });
      const again = await client.request<{ items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri: client.uri('bo.skills.yaml') } });
      assert.equal(again.items.length, 1);
      assert.equal(client.messages.length, 2, 'the same refusal is shown once');
    } catch (error) {
      await client.shutdown();
      throw error;
    }
    assert.equal(await client.shutdown(), 0);
  });

  it('never follows a link that leaves the workspace folder: not when indexing, watching, nor for a catalog named in the settings', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'skillgap-secret-'));
    cleanup.push(() => rmSync(elsewhere, { recursive: true, force: true }));
    const secret = join(elsewhere, 'secret.yaml');
    writeFileSync(secret, catalog('Gizmos'));
    const client = await TestClient.start({ files: { 'bo.skills.yaml': CANDIDATE }, configuration: { catalogs: ['team.skills.yaml'] } });
    try {
      // Planted after the first indexing, then announced by the watcher.
      symlinkSync(secret, join(client.root, 'team.skills.yaml'));
      symlinkSync('/dev/zero', join(client.root, 'zero.skills.yaml'));
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [
        { uri: client.uri('team.skills.yaml'), type: 1 }, { uri: client.uri('zero.skills.yaml'), type: 1 },
      ] });
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const message = await client.until('the refusal', () => client.messages.at(-1));
      assert.deepEqual(message, { type: 2, message: `Skillgap: catalog ${join(client.root, 'team.skills.yaml')} in skillgap.catalogs is not read: it resolves to ${secret}, outside the workspace root ${client.root}.` });
      assert.ok(client.logs.includes(`skillgap: not read: ${join(client.root, 'zero.skills.yaml')}: it resolves to /dev/zero, outside the workspace root ${client.root}`), client.logs.join('\n'));
      assert.deepEqual(messages(await client.diagnosticsFor('bo.skills.yaml')), [UNKNOWN_GIZMOS]);
      assert.equal(client.diagnostics.some((p) => p.uri.endsWith('team.skills.yaml') || p.uri.endsWith('zero.skills.yaml')), false);
    } finally {
      await client.shutdown();
    }
  });

  it('reports links that leave the folder found while indexing a folder, and reads the rest', async () => {
    const client = await TestClient.start({ files: { 'first/x.skills.yaml': 'kind: candidate\n' }, folders: ['first'] });
    try {
      await client.diagnosticsFor('first/x.skills.yaml');
      await client.writeFile('links/ok.skills.yaml', 'kind: candidate\nskills:\n  - { skill: Pythn, level: 1 }\n', 1);
      symlinkSync('/etc/hostname', join(client.root, 'links', 'host.skills.yaml'));
      symlinkSync('..', join(client.root, 'links', 'up'));
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: client.uri('links'), name: 'links' }], removed: [] } });
      const ok = await client.diagnosticsFor('links/ok.skills.yaml');
      assert.deepEqual(ok.diagnostics.map((d) => d.code), ['unknown-skill']);
      const links = join(client.root, 'links');
      assert.ok(client.logs.includes(`skillgap: not read: ${join(links, 'host.skills.yaml')}: it resolves to /etc/hostname, outside the workspace root ${links}`), client.logs.join('\n'));
      assert.equal(client.diagnostics.some((p) => p.uri.endsWith('host.skills.yaml')), false);
    } finally {
      await client.shutdown();
    }
  });
});
