// Pulled diagnostics for the whole workspace (LSP 3.17 workspace/diagnostic), as VS Code's client
// asks for them: result ids, `unchanged` reports, a held pull answered by the next change.
import assert from 'node:assert/strict';
import { unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CancellationTokenSource, WorkspaceDiagnosticRequest } from 'vscode-languageserver-protocol/node';
import { TestClient } from './client';
import { coreDiagnostics } from './core';
import { BACKEND, WORKSPACE } from './fixtures';

interface Report { kind: 'full' | 'unchanged'; uri: string; version: number | null; resultId?: string; items?: unknown[] }

const PULLING = {
  window: { workDoneProgress: true },
  workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true, diagnostics: { refreshSupport: true } },
  textDocument: { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
};

describe('workspace diagnostics (pull)', function () {
  this.timeout(60000);
  let client: TestClient;
  beforeEach(async () => { client = await TestClient.start({ files: WORKSPACE, capabilities: PULLING }); });
  afterEach(async () => { if (client) await client.shutdown(); });

  const name = (uri: string) => uri.slice(client.uri('').length + 1);
  const pull = (previous: Report[] = [], source = new CancellationTokenSource()) =>
    client.connection.sendRequest(WorkspaceDiagnosticRequest.type, {
      previousResultIds: previous.filter((r) => r.resultId).map((r) => ({ uri: r.uri, value: r.resultId! })),
    }, source.token) as Promise<{ items: Report[] }>;
  const summary = (items: Report[]) => items.map((r) => `${name(r.uri)} ${r.kind}`).sort();

  it('declares workspaceDiagnostics and reports every file, opened or not, with a result id', async () => {
    assert.deepEqual(client.initializeResult?.capabilities.diagnosticProvider, { identifier: 'skillgap', interFileDependencies: true, workspaceDiagnostics: true });
    const { items } = await pull();
    assert.deepEqual(summary(items), ['ada.skills.yaml full', 'backend.skills.yaml full', 'catalogs/acme.skills.yaml full', 'senior.skills.yaml full']);
    for (const report of items) {
      assert.equal(report.version, null, 'closed files have no version');
      assert.match(report.resultId!, /^[0-9a-f]{8}-\d+$/);
      assert.deepEqual(report.items, coreDiagnostics(client.root, WORKSPACE, name(report.uri)), name(report.uri));
    }
    assert.equal(new Set(items.map((r) => r.resultId)).size, 4, 'one id per file');
    assert.deepEqual(client.diagnostics, [], 'nothing is pushed to a pulling client');
  });

  it('holds a pull with nothing new, then re-reports exactly the files a change affected', async () => {
    const first = (await pull()).items;
    const held = pull(first);
    let answered = false;
    void held.then(() => { answered = true; });
    // A round trip: the held pull is still open after it.
    await client.request('textDocument/hover', client.at('ada.skills.yaml', { line: 0, character: 0 }));
    assert.equal(answered, false);

    // backend-dev now asks for Python 3: only what ada is told changes (senior is re-checked, unchanged).
    writeFileSync(join(client.root, 'backend.skills.yaml'), BACKEND.replace('level: 4', 'level: 3'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('backend.skills.yaml'), type: 2 }] });
    const second = (await held).items;
    assert.deepEqual(summary(second), ['ada.skills.yaml full', 'backend.skills.yaml unchanged', 'catalogs/acme.skills.yaml unchanged', 'senior.skills.yaml unchanged']);
    const ada = second.find((r) => name(r.uri) === 'ada.skills.yaml')!;
    const edited = { ...WORKSPACE, 'backend.skills.yaml': BACKEND.replace('level: 4', 'level: 3') };
    assert.deepEqual(ada.items, coreDiagnostics(client.root, edited, 'ada.skills.yaml'));
    assert.notEqual(ada.resultId, first.find((r) => r.uri === ada.uri)!.resultId);
    for (const r of second.filter((x) => x.kind === 'unchanged')) assert.equal(r.resultId, first.find((f) => f.uri === r.uri)!.resultId);
  });

  it('answers a document pull with the same result id, and `unchanged` when the client has it', async () => {
    const first = (await pull()).items;
    const ada = first.find((r) => name(r.uri) === 'ada.skills.yaml')!;
    await client.open('ada.skills.yaml');
    const again = await client.request<{ kind: string; resultId: string }>('textDocument/diagnostic', { textDocument: { uri: ada.uri }, previousResultId: ada.resultId });
    assert.deepEqual(again, { kind: 'unchanged', resultId: ada.resultId });
    await client.change('ada.skills.yaml', client.texts.get('ada.skills.yaml')!.replace('Pytorch2', 'PyTorch'));
    const changed = await client.request<{ kind: string; resultId: string; items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri: ada.uri }, previousResultId: ada.resultId });
    assert.equal(changed.kind, 'full');
    assert.notEqual(changed.resultId, ada.resultId);
    assert.equal(changed.items.some((d) => d.code === 'unknown-skill'), false);
    // The open document's version is in the workspace report too.
    const held = (await pull(first)).items;
    assert.deepEqual(held.filter((r) => r.kind === 'full').map((r) => [name(r.uri), r.version]), [['ada.skills.yaml', 2]]);
  });

  it('reports a deleted file as empty, without a result id', async () => {
    const first = (await pull()).items;
    const held = pull(first);
    unlinkSync(join(client.root, 'senior.skills.yaml'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('senior.skills.yaml'), type: 3 }] });
    const items = (await held).items;
    const senior = items.find((r) => name(r.uri) === 'senior.skills.yaml');
    assert.deepEqual(senior, { kind: 'full', uri: client.uri('senior.skills.yaml'), version: null, items: [] });
    // ada targets senior-backend, which is gone now.
    assert.deepEqual(items.filter((r) => r.kind === 'full').map((r) => name(r.uri)).sort(), ['ada.skills.yaml', 'senior.skills.yaml']);
  });

  it('reports a deleted file as empty even when the client no longer sends its result id (VS Code forgets it on close)', async () => {
    const first = (await pull()).items;
    unlinkSync(join(client.root, 'senior.skills.yaml'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('senior.skills.yaml'), type: 3 }] });
    await client.request('textDocument/hover', client.at('ada.skills.yaml', { line: 0, character: 0 }));   // the deletion is processed
    const items = (await pull(first.filter((r) => name(r.uri) !== 'senior.skills.yaml'))).items;
    assert.deepEqual(summary(items), ['ada.skills.yaml full', 'backend.skills.yaml unchanged', 'catalogs/acme.skills.yaml unchanged', 'senior.skills.yaml full']);
    assert.deepEqual(items.find((r) => name(r.uri) === 'senior.skills.yaml'), { kind: 'full', uri: client.uri('senior.skills.yaml'), version: null, items: [] });
    // Said once: the next pull does not repeat it.
    const next = pull(items);
    await client.request('textDocument/hover', client.at('ada.skills.yaml', { line: 0, character: 0 }));
    let answered = false;
    void next.then(() => { answered = true; });
    await client.request('textDocument/hover', client.at('ada.skills.yaml', { line: 0, character: 0 }));
    assert.equal(answered, false, 'held: nothing new');
  });

  it('answers a cancelled held pull with RequestCancelled, and keeps serving', async () => {
    const first = (await pull()).items;
    const source = new CancellationTokenSource();
    const held = pull(first, source);
    await client.request('textDocument/hover', client.at('ada.skills.yaml', { line: 0, character: 0 }));
    source.cancel();
    await assert.rejects(held, { code: -32800 });
    assert.equal((await pull()).items.length, 4);
  });

  it('answers a held pull on shutdown, and the process exits on `exit`', async () => {
    const first = (await pull()).items;
    const held = pull(first);
    await client.request('textDocument/hover', client.at('ada.skills.yaml', { line: 0, character: 0 }));
    const exitCode = client.shutdown();
    assert.deepEqual(summary((await held).items), ['ada.skills.yaml unchanged', 'backend.skills.yaml unchanged', 'catalogs/acme.skills.yaml unchanged', 'senior.skills.yaml unchanged']);
    assert.equal(await exitCode, 0);
    client = undefined as unknown as TestClient;
  });
});
