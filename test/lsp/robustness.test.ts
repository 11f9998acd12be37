// The running server under random edits and hostile requests (the model alone is fuzzed in
// test/unit/robustness). Bounded to stay well under 30 s; `node scripts/fuzz.mjs --only server` is the long run.
// A failure prints fast-check's seed and path: replay with `node scripts/fuzz.mjs --only server --seed <s> --path <p>`.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TestClient } from './client';
import { coreDiagnostics } from './core';
import { ADA, WORKSPACE } from './fixtures';
import { ANSWER_TIMEOUT_MS, ServerFuzz, serverProperty } from './server-fuzz';

const CASES = 60;
// Fixed, so `npm test` is reproducible; the long run (scripts/fuzz.mjs) draws new seeds every time.
const SEED = 20261127;

describe('language server robustness', function () {
  this.timeout(60000);

  it(`${CASES} random edit sequences with interleaved requests: every request answered in time, final diagnostics equal a fresh open`, async () => {
    const fuzz = await ServerFuzz.start();
    try {
      await fc.assert(serverProperty(fuzz), { numRuns: CASES, seed: SEED });
      assert.equal(fuzz.cases, CASES);
      assert.ok(fuzz.requests > CASES, `requests were sent (${fuzz.requests})`);
    } finally {
      await fuzz.stop();
    }
  });

  describe('requests with garbage params answer an error or null, and the server keeps serving', () => {
    let client: TestClient;
    let fuzz: { request: ServerFuzz['request'] };
    const ada = () => client.uri('ada.skills.yaml');
    before(async () => {
      client = await TestClient.start({ files: WORKSPACE });
      await client.diagnosticsFor('ada.skills.yaml');
      await client.open('ada.skills.yaml');
      fuzz = { request: ServerFuzz.prototype.request.bind({ requests: 0, slowest: { ms: 0, method: '', chars: 0 } }) };
    });
    after(async () => {
      assert.equal(await client.shutdown(), 0);
    });

    const positions = (uri: () => string) => [
      ['position beyond the last line', { textDocument: { uri: uri() }, position: { line: 1_000_000, character: 3 } }],
      ['character beyond the line end', { textDocument: { uri: uri() }, position: { line: 3, character: 99_999 } }],
      ['negative position', { textDocument: { uri: uri() }, position: { line: -1, character: -5 } }],
      ['fractional and string positions', { textDocument: { uri: uri() }, position: { line: 2.5, character: '7' } }],
      ['unknown file URI', { textDocument: { uri: client.uri('nope.skills.yaml') }, position: { line: 0, character: 0 } }],
      ['non-file URI', { textDocument: { uri: 'untitled:Untitled-1' }, position: { line: 0, character: 0 } }],
      ['malformed URI', { textDocument: { uri: 'file://%%%/\u0000' }, position: { line: 0, character: 0 } }],
      ['URI of the wrong type', { textDocument: { uri: 42 }, position: { line: 0, character: 0 } }],
      ['missing textDocument', { position: { line: 0, character: 0 } }],
      ['null params', null],
      ['an array for params', [1, 2, 3]],
    ] as const;

    const methods = ['textDocument/hover', 'textDocument/completion', 'textDocument/definition', 'textDocument/references',
      'textDocument/documentSymbol', 'textDocument/codeLens', 'textDocument/prepareRename', 'textDocument/rename', 'textDocument/codeAction',
      'textDocument/inlayHint', 'textDocument/documentLink', 'textDocument/foldingRange', 'textDocument/selectionRange',
      'textDocument/semanticTokens/full', 'textDocument/diagnostic', 'workspace/symbol', 'workspace/diagnostic'];

    for (const method of methods) {
      it(`${method}`, async () => {
        const answers: string[] = [];
        for (const [what, params] of positions(ada)) {
          const answer = await fuzz.request(client, method, params, 0);
          // Any of: null, an empty or real result, or a JSON-RPC error. What matters is that it comes.
          answers.push(`${what}: ${answer.error ? `error ${answer.error.code}` : 'result'}`);
        }
        assert.equal(answers.length, 11);
        await assertStillServing(client);
      });
    }

    it('skillgap/report with a missing, numeric or unknown uri and an unknown role answers InvalidParams', async () => {
      const cases: [unknown, string][] = [
        [null, 'skillgap/report needs { uri: string, role?: string }'],
        [{ uri: 42 }, 'skillgap/report needs { uri: string, role?: string }'],
        [{ uri: client.uri('nope.skills.yaml') }, `Not a skills file in this workspace: ${client.uri('nope.skills.yaml')}`],
      ];
      for (const [params, message] of cases) {
        assert.deepEqual((await fuzz.request(client, "skillgap/report", params, 0)).error, { code: -32602, message });
      }
      const unknownRole = await fuzz.request(client, 'skillgap/report', { uri: ada(), role: 'no-such-role' }, 0);
      assert.equal(unknownRole.error?.code, -32602);
      await assertStillServing(client);
    });

    it('codeAction with diagnostics whose data is junk answers no actions', async () => {
      const junk = [
        { range: { start: { line: 3, character: 13 }, end: { line: 3, character: 16 } }, message: 'x', source: 'skillgap', data: 'junk' },
        { range: { start: { line: 3, character: 13 }, end: { line: 3, character: 16 } }, message: 'x', source: 'skillgap', data: { fixes: 'no' } },
        { range: { start: { line: 3, character: 13 }, end: { line: 3, character: 16 } }, message: 'x', source: 'skillgap' },
      ];
      const answer = await fuzz.request(client, 'textDocument/codeAction',
        { textDocument: { uri: ada() }, range: junk[0].range, context: { diagnostics: junk } }, 0);
      assert.deepEqual(answer.result, []);
      await assertStillServing(client);
    });

    it('notifications with garbage (edits beyond the end, unopened or unknown documents, wrong types) do not stop the server', async () => {
      const send = (method: string, params: unknown) => client.connection.sendNotification(method, params);
      await send('textDocument/didChange', { textDocument: { uri: client.uri('never-opened.skills.yaml'), version: 2 }, contentChanges: [{ text: 'kind: role' }] });
      await send('textDocument/didChange', { textDocument: { uri: ada(), version: 'x' }, contentChanges: 'nope' });
      await send('textDocument/didOpen', { textDocument: { uri: 7, languageId: 'skills-yaml', version: 1, text: null } });
      await send('textDocument/didClose', { textDocument: { uri: client.uri('never-opened.skills.yaml') } });
      await send('workspace/didChangeWatchedFiles', { changes: [{ uri: 'file:///etc/passwd', type: 1 }, { uri: 5, type: 9 }] });
      await send('workspace/didChangeConfiguration', { settings: { skillgap: { maxFileSize: 'huge', extraCatalogs: [1, null] } } });
      await send('skillgap/unknownNotification', { anything: true });
      const unknownMethod = await fuzz.request(client, 'skillgap/noSuchRequest', {}, 0);
      assert.equal(unknownMethod.error?.code, -32601);
      await assertStillServing(client);
    });

    it('an edit whose range lies past the end of the document is applied at the end, and the diagnostics follow the text', async () => {
      const before = client.diagnostics.length;
      const version = await client.change('ada.skills.yaml', '\n  - { skill: k8s, level: 1 }', { start: { line: 500, character: 0 }, end: { line: 900, character: 4 } });
      const published = await client.diagnosticsFor('ada.skills.yaml', (p) => p.version === version, before);
      // Clamped to the end, as LSP says: the text is ADA with the item appended after `targets:`.
      const final = `${ADA}\n  - { skill: k8s, level: 1 }`;
      assert.deepEqual(published.diagnostics, coreDiagnostics(client.root, { ...WORKSPACE, 'ada.skills.yaml': final }, 'ada.skills.yaml'));
      await assertStillServing(client);
    });
  });
});

/** A hover that needs the whole pipeline still answers exactly, in time, and the process lives. */
async function assertStillServing(client: TestClient): Promise<void> {
  assert.equal(client.child.exitCode, null, 'the server process is alive');
  const started = performance.now();
  const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover',
    client.at('backend.skills.yaml', { line: 4, character: 14 }));
  assert.ok(performance.now() - started < ANSWER_TIMEOUT_MS);
  assert.match(hover?.contents.value ?? '', /^\*\*Python\*\*/);
}
