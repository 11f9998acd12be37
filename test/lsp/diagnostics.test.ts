import assert from 'node:assert/strict';
import { unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestClient } from './client';
import { coreDiagnostics } from './core';
import { ADA, BACKEND, WORKSPACE } from './fixtures';

const range = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });

describe('diagnostics', function () {
  this.timeout(60000);
  let client: TestClient;
  beforeEach(async () => { client = await TestClient.start({ files: WORKSPACE }); });
  afterEach(async () => { await client.shutdown(); });

  it('indexes the workspace with progress, watches the glob, and pushes every file\'s diagnostics', async () => {
    const ada = await client.diagnosticsFor('ada.skills.yaml');
    assert.equal(ada.version, undefined);   // not open: from disk
    assert.deepEqual(ada.diagnostics, coreDiagnostics(client.root, WORKSPACE, 'ada.skills.yaml'));
    assert.ok(ada.diagnostics.length >= 4);
    assert.deepEqual(ada.diagnostics[0], {
      range: range(3, 13, 16), severity: 4, code: 'alias', source: 'skillgap', message: 'k8s is an alias of Kubernetes',
      data: {
        fixes: [{ title: "Replace with 'Kubernetes'", edits: [{ range: range(3, 13, 16), newText: 'Kubernetes' }], preferred: true }],
        facts: { skill: 'kubernetes', canonical: 'Kubernetes' },
      },
    });
    for (const name of ['backend.skills.yaml', 'senior.skills.yaml', 'catalogs/acme.skills.yaml']) {
      assert.deepEqual((await client.diagnosticsFor(name)).diagnostics, [], name);
    }
    const kinds = client.progress.map((p) => (p as { value: { kind: string; percentage?: number } }).value);
    assert.deepEqual(kinds[0], { kind: 'begin', title: 'Skillgap: indexing skills files', cancellable: false, percentage: 0 });
    assert.deepEqual(kinds.at(-2), { kind: 'report', percentage: 100, message: '4/4 files' });
    assert.deepEqual(kinds.at(-1), { kind: 'end' });
    assert.deepEqual(client.registrations.map((r) => [r.method, r.registerOptions]), [
      ['workspace/didChangeWatchedFiles', { watchers: [{ globPattern: '**/*.skills.yaml' }, { globPattern: '**/*.skills.yml' }, { globPattern: '**/.skillgap.yaml' }] }],
    ]);
  });

  it('publishes with the document version, newest last, for rapid successive edits', async () => {
    await client.diagnosticsFor('ada.skills.yaml');
    await client.open('ada.skills.yaml');
    await client.diagnosticsFor('ada.skills.yaml', (p) => p.version === 1);
    const from = client.diagnostics.length;
    const texts = ['Pytorch3', 'Pytorch4', 'Pytorch5'].map((typo) => ADA.replace('Pytorch2', typo));
    for (const text of texts) void client.change('ada.skills.yaml', text);
    const last = await client.diagnosticsFor('ada.skills.yaml', (p) => p.version === 4, from);
    assert.equal(last.diagnostics.find((d) => d.code === 'unknown-skill')?.message, "Unknown skill 'Pytorch5' — did you mean PyTorch?");
    const versions = client.diagnostics.slice(from).filter((p) => p.uri === client.uri('ada.skills.yaml')).map((p) => p.version!);
    assert.deepEqual(versions, [...versions].sort(), 'versions never go back');
    for (const p of client.diagnostics.slice(from).filter((q) => q.uri === client.uri('ada.skills.yaml'))) {
      const typo = (p.diagnostics.find((d) => d.code === 'unknown-skill')!.message as string).slice(15, 23);
      assert.equal(typo, `Pytorch${p.version! + 1}`, 'each publication matches the text of its version');
    }
  });

  it('applies incremental (range) edits', async () => {
    await client.diagnosticsFor('ada.skills.yaml');
    await client.open('ada.skills.yaml');
    const version = await client.change('ada.skills.yaml', 'PyTorch', range(4, 13, 21));
    const published = await client.diagnosticsFor('ada.skills.yaml', (p) => p.version === version);
    assert.deepEqual(published.diagnostics, coreDiagnostics(client.root, { ...WORKSPACE, 'ada.skills.yaml': ADA.replace('Pytorch2', 'PyTorch') }, 'ada.skills.yaml'));
    assert.equal(published.diagnostics.some((d) => d.code === 'unknown-skill'), false);
  });

  it('ignores documents that are neither *.skills.yaml nor language skills-yaml', async () => {
    await client.diagnosticsFor('ada.skills.yaml');
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: client.uri('compose.yaml'), languageId: 'yaml', version: 1, text: 'services: {}\n' },
    });
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: client.uri('notes.yaml'), languageId: 'skills-yaml', version: 1, text: 'kind: candidate\nskills:\n  - { skill: Pythn }\n' },
    });
    const ours = await client.diagnosticsFor('notes.yaml', (p) => p.version === 1);
    assert.deepEqual(ours.diagnostics.map((d) => d.code), ['unknown-skill']);
    assert.equal(await client.request('textDocument/hover', client.at('compose.yaml', { line: 0, character: 1 })), null);
    assert.equal(client.diagnostics.some((p) => p.uri === client.uri('compose.yaml')), false);
  });

  it('after an edit to a role, republishes exactly the files whose diagnostics changed', async () => {
    for (const name of Object.keys(WORKSPACE)) await client.diagnosticsFor(name);
    await client.open('backend.skills.yaml');
    await client.diagnosticsFor('backend.skills.yaml', (p) => p.version === 1);
    const from = client.diagnostics.length;
    await client.change('backend.skills.yaml', BACKEND.replace('{ skill: Python, level: 4, priority: must }', '{ skill: Python, level: 2, priority: must }'));
    const ada = await client.diagnosticsFor('ada.skills.yaml', () => true, from);
    const edited = { ...WORKSPACE, 'backend.skills.yaml': BACKEND.replace('{ skill: Python, level: 4, priority: must }', '{ skill: Python, level: 2, priority: must }') };
    assert.deepEqual(ada.diagnostics, coreDiagnostics(client.root, edited, 'ada.skills.yaml'));
    assert.notDeepEqual(ada.diagnostics, coreDiagnostics(client.root, WORKSPACE, 'ada.skills.yaml'), 'the edit changed what ada is told');
    // senior extends backend, so it was re-checked, but what it is told did not change: not re-sent.
    // A file opened afterwards is queued behind senior: once it is published, senior has had its turn.
    await client.open('marker.skills.yaml', 'kind: candidate\nname: Marker\n');
    await client.diagnosticsFor('marker.skills.yaml', () => true, from);
    const republished = client.diagnostics.slice(from).map((p) => p.uri.slice(client.uri('').length + 1));
    assert.deepEqual(republished, ['backend.skills.yaml', 'ada.skills.yaml', 'marker.skills.yaml']);
  });

  it('lets open documents win over disk, re-reads the disk on close, and follows watched files', async () => {
    await client.diagnosticsFor('ada.skills.yaml');
    await client.open('ada.skills.yaml', ADA.replace('Pytorch2', 'PyTorch'));
    const open = await client.diagnosticsFor('ada.skills.yaml', (p) => p.version === 1);
    assert.equal(open.diagnostics.some((d) => d.code === 'unknown-skill'), false);

    writeFileSync(join(client.root, 'ada.skills.yaml'), ADA.replace('Pytorch2', 'Pytorch9'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('ada.skills.yaml'), type: 2 }] });
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', client.at('ada.skills.yaml', { line: 4, character: 15 }));
    assert.match(hover.contents.value, /^\*\*PyTorch\*\* · /, 'the open text is still the one analysed');

    let from = client.diagnostics.length;
    await client.close('ada.skills.yaml');
    const closed = await client.diagnosticsFor('ada.skills.yaml', () => true, from);
    assert.equal(closed.version, undefined);
    assert.equal(closed.diagnostics.find((d) => d.code === 'unknown-skill')?.message, "Unknown skill 'Pytorch9' — did you mean PyTorch?");

    from = client.diagnostics.length;
    writeFileSync(join(client.root, 'new.skills.yaml'), 'kind: candidate\nskills:\n  - { skill: Pythn, level: 2 }\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('new.skills.yaml'), type: 1 }] });
    const created = await client.diagnosticsFor('new.skills.yaml', () => true, from);
    assert.deepEqual(created.diagnostics.map((d) => [d.range, d.code]), [[range(2, 13, 18), 'unknown-skill']]);
    assert.match(created.diagnostics[0].message as string, /^Unknown skill 'Pythn' — did you mean Python\b/);

    from = client.diagnostics.length;
    unlinkSync(join(client.root, 'new.skills.yaml'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('new.skills.yaml'), type: 3 }] });
    const deleted = await client.diagnosticsFor('new.skills.yaml', () => true, from);
    assert.deepEqual(deleted.diagnostics, []);
  });
});

describe('diagnostics settings and pull mode', function () {
  this.timeout(60000);
  const big = { 'big.skills.yaml': `kind: candidate\nname: Big\nsummary: ${'x'.repeat(300)}\n` };

  it('skips node_modules and .git when indexing, and reads *.skills.yml too', async () => {
    const bad = 'kind: candidate\nskills:\n  - { skill: Pythn }\n';
    const client = await TestClient.start({ files: { 'node_modules/pkg/dep.skills.yaml': bad, '.git/x.skills.yaml': bad, 'sub/short.skills.yml': bad } });
    try {
      await client.diagnosticsFor('sub/short.skills.yml');
      const done = client.progress.map((p) => (p as { value: { message?: string } }).value.message).filter(Boolean);
      assert.deepEqual(done, ['1/1 files']);
      assert.deepEqual(client.diagnostics.map((p) => p.uri), [client.uri('sub/short.skills.yml')]);
    } finally {
      await client.shutdown();
    }
  });

  it('gives a file over maxFileSize (initializationOptions) one diagnostic and no analysis', async () => {
    const client = await TestClient.start({ files: big, initializationOptions: { maxFileSize: 200 } });
    try {
      const published = await client.diagnosticsFor('big.skills.yaml');
      assert.deepEqual(published.diagnostics.map((d) => d.code), ['file-too-large']);
      assert.equal(published.diagnostics[0].range.start.line, 0);
    } finally {
      await client.shutdown();
    }
  });

  it('lets workspace/configuration (section skillgap) override initializationOptions', async () => {
    const client = await TestClient.start({ files: big, initializationOptions: { maxFileSize: 200 }, configuration: { maxFileSize: 100000 } });
    try {
      const published = await client.diagnosticsFor('big.skills.yaml');
      assert.deepEqual(published.diagnostics, []);
    } finally {
      await client.shutdown();
    }
  });

  it('answers textDocument/diagnostic and pushes nothing when the client pulls', async () => {
    const client = await TestClient.start({
      files: WORKSPACE,
      capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } },
    });
    try {
      assert.deepEqual(client.initializeResult?.capabilities.diagnosticProvider, { identifier: 'skillgap', interFileDependencies: true, workspaceDiagnostics: true });
      await client.open('ada.skills.yaml');
      const report = await client.request<{ kind: string; items: { code: string; range: unknown }[] }>('textDocument/diagnostic', { textDocument: { uri: client.uri('ada.skills.yaml') } });
      assert.equal(report.kind, 'full');
      assert.deepEqual(report.items, coreDiagnostics(client.root, WORKSPACE, 'ada.skills.yaml'));
      // A round trip after indexing and the open: any push would have arrived before this answer.
      await client.request('textDocument/hover', client.at('ada.skills.yaml', { line: 0, character: 0 }));
      assert.deepEqual(client.diagnostics, []);
    } finally {
      await client.shutdown();
    }
  });
});
