// The editor features beyond the basics, over stdio with exact results: inlay hints, document links,
// folding and selection ranges, workspace symbols, semantic tokens, and "fix all" (source.fixAll.skillgap).
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient } from './client';

const CATALOG = [
  '# Team catalog',
  '# kept by the platform team',
  'kind: catalog',
  'id: acme',
  'skills:',
  '  - id: widgets',
  '    name: Widgets',
  '    aliases: [wdg]',
  '    category: Tools',
  '    requires: [{ skill: docker, level: 2 }]',
  '    resources:',
  '      - title: Widget School',
  '        provider: Acme',
  '        url: "https://example.org/widgets?level=1"',
  '        levels: [0, 2]',
  '  - id: gadgets',
  '    name: Gadgets',
  '    category: Tools',
  '---',
  'kind: role',
  'id: widget-maker',
  'title: Widget Maker',
  'requirements:',
  '  - { skill: wdg, level: 3, priority: must }',
  '  - { anyOf: [Docker, k8s], level: proficient }',
  'market:',
  '  source: https://example.org/survey',
  '  stack: [Widgets, Pythn]',
  '',
].join('\n');

const GRACE = [
  'kind: candidate',
  'name: Grace Hopper',
  'headline: Rear Admiral',
  'skills:',
  '  - { skill: k8s, level: 2 }',
  '  - { skill: Gadgets, level: 1 }',
  '  - { skill: Python, level: 4 }',
  '  - { skill: Kubernetes, level: 3 }',
  '  - { skill: "Bachelorâ€™s", level: 1 }',
  'targets: [widget-maker]',
  '',
].join('\n');

const FILES = { 'acme.skills.yaml': CATALOG, 'grace.skills.yaml': GRACE };
const at = (line: number, character: number) => ({ line, character });
const range = (l1: number, c1: number, l2: number, c2: number) => ({ start: at(l1, c1), end: at(l2, c2) });
const WHOLE = range(0, 0, 40, 0);
const SCALE = '(0 none · 1 awareness · 2 novice · 3 competent · 4 proficient · 5 expert)';

interface Selection { range: ReturnType<typeof range>; parent?: Selection }
const chain = (s: Selection | undefined): string[] => (s ? [`${s.range.start.line}:${s.range.start.character}-${s.range.end.line}:${s.range.end.character}`, ...chain(s.parent)] : []);

describe('editor features over stdio', function () {
  this.timeout(60000);
  let client: TestClient;
  beforeEach(async () => {
    client = await TestClient.start({ files: FILES, configuration: {}, capabilities: {
      workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, inlayHint: { refreshSupport: true } },
      textDocument: { publishDiagnostics: {}, foldingRange: { rangeLimit: 100 } },
    } });
    await client.diagnosticsFor('grace.skills.yaml');
  });
  afterEach(async () => { await client.shutdown(); });

  const doc = (name: string) => ({ textDocument: { uri: client.uri(name) } });

  it('declares the features', () => {
    const caps = client.initializeResult!.capabilities;
    assert.deepEqual(
      [caps.inlayHintProvider, caps.documentLinkProvider, caps.foldingRangeProvider, caps.selectionRangeProvider, caps.workspaceSymbolProvider, caps.codeActionProvider],
      [{ resolveProvider: false }, { resolveProvider: false }, true, true, true, { codeActionKinds: ['quickfix', 'source.fixAll.skillgap'] }],
    );
    assert.deepEqual(caps.semanticTokensProvider, { legend: { tokenTypes: ['skill'], tokenModifiers: ['alias', 'ambiguous', 'unknown'] }, full: true });
  });

  it('gives inlay hints: the label after a level number, the canonical name after an alias (with the edit), in the asked range', async () => {
    const hints = await client.request('textDocument/inlayHint', { ...doc('acme.skills.yaml'), range: WHOLE });
    assert.deepEqual(hints, [
      { position: at(9, 40), label: 'novice', paddingLeft: true, tooltip: `Level 2 is novice ${SCALE}` },
      { position: at(23, 16), label: 'Widgets', paddingLeft: true, tooltip: 'wdg is an alias of Widgets', textEdits: [{ range: range(23, 13, 23, 16), newText: 'Widgets' }] },
      { position: at(23, 26), label: 'competent', paddingLeft: true, tooltip: `Level 3 is competent ${SCALE}` },
      { position: at(24, 25), label: 'Kubernetes', paddingLeft: true, tooltip: 'k8s is an alias of Kubernetes', textEdits: [{ range: range(24, 22, 24, 25), newText: 'Kubernetes' }] },
    ]);
    const inRange = await client.request<{ label: string }[]>('textDocument/inlayHint', { ...doc('acme.skills.yaml'), range: range(24, 0, 25, 0) });
    assert.deepEqual(inRange.map((h) => h.label), ['Kubernetes']);
  });

  it('switches each kind of inlay hint off by setting, and asks the client to refresh', async () => {
    client.configuration = { inlayHints: { levelLabels: false } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.until('an inlay hint refresh', () => (client.inlayHintRefreshes === 1 ? true : undefined));
    const labels = async () => (await client.request<{ label: string }[]>('textDocument/inlayHint', { ...doc('acme.skills.yaml'), range: WHOLE })).map((h) => h.label);
    assert.deepEqual(await labels(), ['Widgets', 'Kubernetes']);
    client.configuration = { inlayHints: { levelLabels: true, canonicalNames: false } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.until('a second refresh', () => (client.inlayHintRefreshes === 2 ? true : undefined));
    assert.deepEqual(await labels(), ['novice', 'competent']);
  });

  it('links web addresses and references to roles and workspace catalog entries', async () => {
    const catalog = await client.request('textDocument/documentLink', doc('acme.skills.yaml'));
    const widgets = `${client.uri('acme.skills.yaml')}#L6,9`;
    const go = 'Go to Widgets in the acme catalog (acme.skills.yaml)';
    assert.deepEqual(catalog, [
      { range: range(13, 14, 13, 49), target: 'https://example.org/widgets?level=1', tooltip: 'Open in the browser' },
      { range: range(23, 13, 23, 16), target: widgets, tooltip: go },
      { range: range(26, 10, 26, 36), target: 'https://example.org/survey', tooltip: 'Open in the browser' },
      { range: range(27, 10, 27, 17), target: widgets, tooltip: go },
    ]);
    assert.deepEqual(await client.request('textDocument/documentLink', doc('grace.skills.yaml')), [
      { range: range(5, 13, 5, 20), target: `${client.uri('acme.skills.yaml')}#L16,9`, tooltip: 'Go to Gadgets in the acme catalog (acme.skills.yaml)' },
      { range: range(9, 10, 9, 22), target: `${client.uri('acme.skills.yaml')}#L21,5`, tooltip: 'Go to the role widget-maker (acme.skills.yaml)' },
    ]);
  });

  it('never links anything but http(s) addresses written as a whole value', async () => {
    await client.open('links.skills.yaml', [
      'kind: role', 'id: r', 'description: see https://example.org for more',
      'market:', '  source: "javascript:alert(1)"', '  trends: [command:workbench.action.quit, "file:///etc/passwd", "data:text/html,x", HTTPS://EXAMPLE.ORG/UP]', '',
    ].join('\n'));
    assert.deepEqual(await client.request('textDocument/documentLink', doc('links.skills.yaml')), [
      { range: range(5, 84, 5, 106), target: 'HTTPS://EXAMPLE.ORG/UP', tooltip: 'Open in the browser' },
    ]);
  });

  it('folds documents, comment runs, blocks and multi-line list items', async () => {
    assert.deepEqual(await client.request('textDocument/foldingRange', doc('acme.skills.yaml')), [
      { startLine: 0, endLine: 17 }, { startLine: 0, endLine: 1, kind: 'comment' }, { startLine: 4, endLine: 17 }, { startLine: 5, endLine: 14 },
      { startLine: 10, endLine: 14 }, { startLine: 11, endLine: 14 }, { startLine: 15, endLine: 17 }, { startLine: 18, endLine: 27 },
      { startLine: 22, endLine: 24 }, { startLine: 25, endLine: 27 },
    ]);
    // A list at its key's own indentation (valid YAML) folds under the key; `# region` markers fold too.
    await client.open('flat.skills.yaml', 'kind: candidate\n# region skills\nskills:\n- { skill: Python, level: 2 }\n- { skill: SQL, level: 1 }\n# endregion\ntargets: []\n');
    assert.deepEqual(await client.request('textDocument/foldingRange', doc('flat.skills.yaml')), [
      { startLine: 1, endLine: 5, kind: 'region' }, { startLine: 2, endLine: 4 },
    ]);
  });

  it('expands the selection from a value out to the file, through pairs, items, lists and documents', async () => {
    const [url, wdg] = await client.request<Selection[]>('textDocument/selectionRange', { ...doc('acme.skills.yaml'), positions: [at(13, 20), at(23, 15)] });
    assert.deepEqual(chain(url), [
      '13:13-13:50', '13:8-13:50', '11:8-14:22', '11:6-14:22', '10:4-14:22', '5:4-14:22', '5:2-14:22', '5:2-17:19', '4:0-17:19', '0:0-17:19', '0:0-27:25',
    ]);
    assert.deepEqual(chain(wdg), ['23:13-23:16', '23:6-23:16', '23:4-23:44', '23:2-23:44', '23:2-24:47', '22:0-24:47', '18:0-27:25', '0:0-27:25']);
  });

  it('finds roles, candidates and workspace catalog skills as workspace symbols, by the query\'s letters in order', async () => {
    const symbols = await client.request('workspace/symbol', { query: 'w' });
    assert.deepEqual(symbols, [
      { name: 'widget-maker', kind: 5, containerName: 'Widget Maker', location: { uri: client.uri('acme.skills.yaml'), range: range(20, 4, 20, 16) } },
      { name: 'Widgets', kind: 8, containerName: 'acme catalog', location: { uri: client.uri('acme.skills.yaml'), range: range(5, 8, 5, 15) } },
    ]);
    const names = async (query: string) => (await client.request<{ name: string }[]>('workspace/symbol', { query })).map((s) => s.name);
    assert.deepEqual(await names('gh'), ['Grace Hopper']);
    // Widgets by its alias (a prefix) first, then widget-maker (w…d…g in order).
    assert.deepEqual(await names('wdg'), ['Widgets', 'widget-maker']);
    assert.deepEqual(await names(''), ['Gadgets', 'Grace Hopper', 'widget-maker', 'Widgets']);
    assert.deepEqual(await names('zz'), []);
  });

  it('marks skill names by how they resolve (semantic tokens): known, alias, unknown', async () => {
    const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', doc('acme.skills.yaml'));
    // [line delta, start, length, type, modifiers]: docker, wdg (alias), Docker, k8s (alias), Widgets, Pythn (unknown).
    assert.deepEqual(tokens.data, [9, 24, 6, 0, 0, 14, 13, 3, 0, 1, 1, 14, 6, 0, 0, 0, 8, 3, 0, 1, 3, 10, 7, 0, 0, 0, 9, 5, 0, 4]);
  });

  it('fixes every safe problem of a file on request (source.fixAll.skillgap) and leaves the guesses', async () => {
    const ask = (only: string[]) => client.request<{ title: string; kind: string; edit: { changes: Record<string, { range: ReturnType<typeof range>; newText: string }[]> } }[]>(
      'textDocument/codeAction', { ...doc('grace.skills.yaml'), range: WHOLE, context: { diagnostics: [], only } });
    assert.deepEqual(await ask(['quickfix']), [], 'not a quick fix');
    for (const only of [['source'], ['source.fixAll'], ['source.fixAll.skillgap']]) {
      const [action, ...rest] = await ask(only);
      assert.equal(rest.length, 0);
      assert.equal(action.title, 'Fix all safe problems (Skillgap)');
      assert.equal(action.kind, 'source.fixAll.skillgap');
      const edits = action.edit.changes[client.uri('grace.skills.yaml')];
      assert.deepEqual(edits, [
        { range: range(4, 13, 4, 16), newText: 'Kubernetes' },
        { range: range(7, 0, 8, 0), newText: '' },
        { range: range(8, 13, 8, 27), newText: '"Bachelor’s"' },
      ]);
      const fixed = TextDocument.applyEdits(TextDocument.create('x', 'skills-yaml', 1, GRACE), edits);
      assert.equal(fixed, GRACE.replace('k8s', 'Kubernetes').replace('  - { skill: Kubernetes, level: 3 }\n', '').replace('"Bachelorâ€™s"', '"Bachelor’s"'));
    }
    await client.open('clean.skills.yaml', 'kind: candidate\nskills:\n  - { skill: Pythn, level: 2 }\n');
    assert.deepEqual(await client.request('textDocument/codeAction', { ...doc('clean.skills.yaml'), range: WHOLE, context: { diagnostics: [], only: ['source.fixAll'] } }), [], 'a did-you-mean is never applied');
  });
});
