// Cancellation: a request the client gives up on while it still waits behind heavy work is answered
// with RequestCancelled and never computed; the server carries on.
import assert from 'node:assert/strict';
import { CancellationTokenSource } from 'vscode-languageserver-protocol';
import { generateCatalog } from '../../bench/generate';
import { TestClient } from './client';

describe('cancellation', function () {
  this.timeout(120000);

  it('answers a hover cancelled behind a large file opening with RequestCancelled (-32800), then serves the next', async () => {
    const files = { 'ada.skills.yaml': 'kind: candidate\nname: Ada\nskills:\n  - { skill: k8s, level: 2 }\n' };
    const client = await TestClient.start({ files });
    try {
      await client.open('ada.skills.yaml');
      await client.diagnosticsFor('ada.skills.yaml');
      const at = client.at('ada.skills.yaml', { line: 3, character: 14 });
      // Parsing and checking 10,000 catalog entries keeps the server busy while the hover and its cancellation arrive.
      await client.open('big.skills.yaml', generateCatalog(10000, 'big'));
      const source = new CancellationTokenSource();
      const hover = client.connection.sendRequest('textDocument/hover', at, source.token);
      source.cancel();
      await assert.rejects(hover, { code: -32800 });
      const next = await client.request<{ contents: { value: string } } | null>('textDocument/hover', at);
      assert.match(next?.contents.value ?? '', /Kubernetes/);
    } finally {
      await client.shutdown();
    }
  });
});
