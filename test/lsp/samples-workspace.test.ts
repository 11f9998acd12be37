// "Opening samples/ shows every sample file's diagnostics with no file opened": one workspace pull over
// stdio reports, for every file of the samples workspace, exactly what `skillgap check samples` prints.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { WorkspaceDiagnosticRequest } from 'vscode-languageserver-protocol/node';
import { TestClient } from './client';

const repo = resolve(__dirname, '../..');
const TODAY = '2026-11-27';
const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];

describe('the samples workspace, never opened', function () {
  this.timeout(60000);

  it('reports in one workspace pull what skillgap check reports, file by file', async () => {
    const names = readdirSync(join(repo, 'samples')).filter((f) => f.endsWith('.skills.yaml'));
    const files = Object.fromEntries(names.map((f) => [f, readFileSync(join(repo, 'samples', f), 'utf8')]));
    const cli = spawnSync(process.execPath, [join(repo, 'dist/cli.js'), 'check', 'samples', '--format', 'json', '--today', TODAY], { cwd: repo, encoding: 'utf8' });
    const expected = (JSON.parse(cli.stdout) as { file: string; range: unknown; severity: string; code: string; message: string }[])
      .map((d) => JSON.stringify([d.file.replace('samples/', ''), d.range, d.severity, d.code, d.message])).sort();
    assert.equal(expected.length, 19);

    const client = await TestClient.start({ files, initializationOptions: { today: TODAY }, capabilities: { textDocument: { diagnostic: {} } } });
    try {
      const { items } = await client.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
      assert.deepEqual(items.map((r) => r.uri.slice(client.uri('').length + 1)).sort(), [...names].sort(), 'one report per file');
      const reported = items.flatMap((r) => (r.kind === 'full' ? r.items : []).map((d) =>
        JSON.stringify([r.uri.slice(client.uri('').length + 1), d.range, SEVERITY[d.severity!], d.code, d.message]))).sort();
      assert.deepEqual(reported, expected);
      assert.equal(client.diagnostics.length, 0, 'nothing pushed, nothing opened');
    } finally {
      await client.shutdown();
    }
  });
});
