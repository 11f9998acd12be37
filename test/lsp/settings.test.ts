import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestClient } from './client';
import { BACKEND, WORKSPACE } from './fixtures';

describe('settings and pull refresh', function () {
  this.timeout(60000);
  const big = { 'big.skills.yaml': `kind: candidate\nname: Big\nsummary: ${'x'.repeat(300)}\n` };

  it('re-reads workspace/configuration on didChangeConfiguration and republishes', async () => {
    const client = await TestClient.start({ files: big, configuration: { maxFileSize: 100000 } });
    try {
      assert.deepEqual((await client.diagnosticsFor('big.skills.yaml')).diagnostics, []);
      const from = client.diagnostics.length;
      client.configuration = { maxFileSize: 200 };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const after = await client.diagnosticsFor('big.skills.yaml', () => true, from);
      assert.deepEqual(after.diagnostics.map((d) => d.code), ['file-too-large']);
    } finally {
      await client.shutdown();
    }
  });

  it('loads `catalogs` from workspace/configuration (relative to the workspace folder) and drops them when the setting is cleared', async () => {
    const files = {
      'bo.skills.yaml': 'kind: candidate\nskills:\n  - { skill: Gizmos, level: 2 }\n',
      'shared/team.yaml': 'kind: catalog\nid: team\nskills:\n  - id: gizmos\n    name: Gizmos\n    category: Tools\n',
    };
    const client = await TestClient.start({ files, configuration: { catalogs: ['shared/team.yaml'] } });
    try {
      assert.deepEqual((await client.diagnosticsFor('bo.skills.yaml')).diagnostics, []);
      const from = client.diagnostics.length;
      client.configuration = { catalogs: [] };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const after = await client.diagnosticsFor('bo.skills.yaml', () => true, from);
      assert.deepEqual(after.diagnostics.map((d) => `${d.code} ${d.message}`), ["unknown-skill Unknown skill 'Gizmos': not in the built-in catalog or any workspace catalog"]);
    } finally {
      await client.shutdown();
    }
  });

  it('still reads the earlier name `extraCatalogs`, so other editors set up for it keep working', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'skillgap-extra-'));
    const catalog = join(elsewhere, 'team.skills.yaml');
    writeFileSync(catalog, 'kind: catalog\nid: team\nskills:\n  - id: gizmos\n    name: Gizmos\n    category: Tools\n');
    const files = { 'bo.skills.yaml': 'kind: candidate\nskills:\n  - { skill: Gizmos, level: 2 }\n' };
    const client = await TestClient.start({ files, initializationOptions: { extraCatalogs: [catalog] } });
    try {
      assert.deepEqual((await client.diagnosticsFor('bo.skills.yaml')).diagnostics, []);
      const definition = await client.request('textDocument/definition', client.at('bo.skills.yaml', { line: 2, character: 15 }));
      assert.deepEqual(definition, [{ uri: `file://${catalog}`, range: { start: { line: 3, character: 8 }, end: { line: 3, character: 14 } } }]);
    } finally {
      await client.shutdown();
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('asks a pulling client to refresh when a change affects other files', async () => {
    const client = await TestClient.start({
      files: WORKSPACE,
      capabilities: { textDocument: { diagnostic: {} }, workspace: { diagnostics: { refreshSupport: true } } },
    });
    try {
      await client.until('indexing refresh', () => (client.refreshes >= 1 ? true : undefined));
      const before = client.refreshes;
      await client.open('backend.skills.yaml');
      await client.change('backend.skills.yaml', BACKEND.replace('level: 4', 'level: 3'));
      await client.until('a refresh after the edit', () => (client.refreshes > before ? true : undefined));
      assert.deepEqual(client.diagnostics, []);
    } finally {
      await client.shutdown();
    }
  });
});
