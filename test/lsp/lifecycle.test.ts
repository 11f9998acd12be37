import assert from 'node:assert/strict';
import { TestClient } from './client';
import { WORKSPACE } from './fixtures';

describe('language server lifecycle', function () {
  this.timeout(60000);

  it('advertises its features and ends with exit code 0 after shutdown/exit (stdio)', async () => {
    const client = await TestClient.start({ files: WORKSPACE });
    assert.deepEqual(client.initializeResult, {
      capabilities: {
        textDocumentSync: { openClose: true, change: 2 },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':', '[', ',', ' ', '-'] },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.skillgap'] },
        codeLensProvider: { resolveProvider: false },
        inlayHintProvider: { resolveProvider: false },
        documentLinkProvider: { resolveProvider: false },
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        semanticTokensProvider: { legend: { tokenTypes: ['skill'], tokenModifiers: ['alias', 'ambiguous', 'unknown'] }, full: true },
        workspaceSymbolProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'skillgap-language-server', version: '0.1.0' },
    });
    const diagnostics = await client.diagnosticsFor('ada.skills.yaml');
    assert.equal(diagnostics.diagnostics[0].message, 'k8s is an alias of Kubernetes');
    assert.equal(await client.shutdown(), 0);
  });

  it('answers a request whose handler throws with an InternalError and keeps serving', async () => {
    const client = await TestClient.start({ files: WORKSPACE });
    try {
      await client.diagnosticsFor('ada.skills.yaml');
      await client.open('ada.skills.yaml');
      await assert.rejects(
        client.request('textDocument/hover', { textDocument: { uri: client.uri('ada.skills.yaml') }, position: null }),
        { code: -32603, message: "hover failed: Cannot read properties of null (reading 'line')" },
      );
      const hover = await client.request<{ range: unknown }>('textDocument/hover', client.at('ada.skills.yaml', { line: 6, character: 25 }));
      assert.deepEqual(hover.range, { start: { line: 6, character: 25 }, end: { line: 6, character: 26 } });
      const logged = await client.until('the error in the log', () => client.logs.find((l) => l.startsWith('skillgap: hover failed: TypeError')));
      assert.match(logged, /Cannot read properties of null \(reading 'line'\)/);
    } finally {
      await client.shutdown();
    }
  });

  it('works over node IPC (--node-ipc), as the VS Code client starts it', async () => {
    const client = await TestClient.start({ files: WORKSPACE, transport: 'ipc' });
    try {
      const published = await client.diagnosticsFor('catalogs/acme.skills.yaml');
      assert.deepEqual(published.diagnostics, []);
      const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', client.at('ada.skills.yaml', { line: 6, character: 25 }));
      assert.equal(hover.contents.value, '**Level 4 (proficient)**\n\n0 none · 1 awareness · 2 novice · 3 competent · **4 proficient** · 5 expert');
    } finally {
      assert.equal(await client.shutdown(), 0);
    }
  });
});
