// The role report over LSP: skillgap/roleReport, skillgap/compareRoles, skillgap/roles, the code lens on a
// role's id and the ladder step in the hover on `extends` — the built server over stdio.
import assert from 'node:assert/strict';
import type { Hover } from 'vscode-languageserver-protocol';
import { relabelRoleReport } from '../../server/src/render/relabel';
import type { RoleReportModel } from '../../server/src/analysis/role-report-model';
import { TestClient } from './client';
import { coreWorkspace } from './core';
import { WORKSPACE } from './fixtures';

const range = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });
const SENIOR = 'senior.skills.yaml';

describe('role report over LSP', function () {
  this.timeout(60000);
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ files: WORKSPACE });
    await client.diagnosticsFor('ada.skills.yaml');
  });
  after(async () => { await client.shutdown(); });

  it('puts a lens on each role id: candidates, ready, coverage; it opens the role preview', async () => {
    // Ada targets both roles: Python 2 of 4, Docker 0 of 3, Kubernetes (k8s) 1 of 2 → backend-dev 0 of 3 covered;
    // senior-backend adds Widgets 3, which Ada holds at 4 → 1 of 4 covered, 25%.
    for (const [file, role, title, r] of [
      ['backend.skills.yaml', 'backend-dev', '1 candidate · 0 ready · coverage 0%', range(1, 4, 15)],
      [SENIOR, 'senior-backend', '1 candidate · 0 ready · coverage 25%', range(1, 4, 18)],
    ] as const) {
      const lenses = await client.request<unknown[]>('textDocument/codeLens', { textDocument: { uri: client.uri(file) } });
      assert.deepEqual(lenses, [{ range: r, command: { title, command: 'skillgap.showPreview', arguments: [{ uri: client.uri(file), role }] } }]);
    }
  });

  it('answers skillgap/roleReport for a role file: the model (files relative), html, markdown, the roles of the file, any format', async () => {
    const result = await client.request<{ html: string; markdown: string; model: RoleReportModel; roles: unknown; text?: string }>('skillgap/roleReport', { uri: client.uri(SENIOR) });
    const folder = client.uri('x').slice(0, -1);
    const relative = (uri: string) => (uri.startsWith(folder) ? uri.slice(folder.length) : uri);
    const model = coreWorkspace(client.root, WORKSPACE).roleReport('senior-backend');
    assert.deepEqual(result.model, JSON.parse(JSON.stringify(relabelRoleReport(model, relative))));
    assert.deepEqual(result.roles, [{ id: 'senior-backend', title: 'Senior Backend Developer' }]);
    assert.deepEqual(result.model.candidates.map((c) => [c.name, c.file, c.percent]), [['Ada Lovelace', 'ada.skills.yaml', 50]]);
    assert.match(result.html, /<body class="skillgap embedded">/);
    assert.match(result.html, /<table class="matrix">/);
    assert.match(result.markdown, /^# Role report: Senior Backend Developer$/m);
    const csv = await client.request<{ text: string }>('skillgap/roleReport', { role: 'backend-dev', format: 'csv', allCandidates: true });
    assert.equal(csv.text!.split('\r\n').length, 1 + 3 + 1);
    await assert.rejects(client.request('skillgap/roleReport', { uri: client.uri('ada.skills.yaml') }),
      { code: -32602, message: 'ada.skills.yaml defines no role (kind: role with an id)' });
    await assert.rejects(client.request('skillgap/roleReport', { role: 'nope' }),
      { code: -32602, message: "Unknown role 'nope'; roles in the workspace: backend-dev, senior-backend" });
    await assert.rejects(client.request('skillgap/roleReport', { role: 'backend-dev', format: 'pdf' }),
      { code: -32602, message: "skillgap/roleReport: unknown format 'pdf'" });
  });

  it('shows the ladder step in the hover on extends', async () => {
    const h = await client.request<Hover>('textDocument/hover', client.at(SENIOR, { line: 3, character: 12 }));
    const value = (h.contents as { value: string }).value;
    assert.deepEqual(h.range, range(3, 9, 20));
    assert.ok(value.endsWith([
      '**Ladder step backend-dev → senior-backend**: adds 1 and keeps 3 requirements.', '',
      '| Requirement | Change | From | To | Priority |', '| --- | --- | --- | --- | --- |',
      '| Widgets | added | — | 3 (competent) | must |',
      '| Python | unchanged | 4 (proficient) | 4 (proficient) | must |',
      '| Docker | unchanged | 3 (competent) | 3 (competent) | must |',
      '| Kubernetes | unchanged | 2 (novice) | 2 (novice) | should |',
    ].join('\n')), value);
  });

  it('compares two roles and lists the roles of the workspace', async () => {
    const compared = await client.request<{ model: { summary: string; candidates: { name: string; from: { percent: number }; to: { percent: number } }[] }; html: string }>(
      'skillgap/compareRoles', { from: 'backend-dev', to: 'senior-backend' });
    assert.equal(compared.model.summary, 'Senior Backend Developer against Backend Developer: adds 1 and keeps 3 requirements.');
    assert.deepEqual(compared.model.candidates.map((c) => [c.name, c.from.percent, c.to.percent]), [['Ada Lovelace', 31, 50]]);
    assert.match(compared.html, /Roles compared: Backend Developer and Senior Backend Developer/);
    const roles = await client.request<unknown[]>('skillgap/roles', {});
    assert.deepEqual(roles, [
      { id: 'backend-dev', title: 'Backend Developer', uri: client.uri('backend.skills.yaml') },
      { id: 'senior-backend', title: 'Senior Backend Developer', uri: client.uri(SENIOR), extends: 'backend-dev' },
    ]);
  });
});

describe('role report asked while a large folder is still being indexed', function () {
  this.timeout(120000);

  it('waits for the indexing and counts every candidate (not those read so far)', async () => {
    // 400 candidates: read 50 files per turn and parsed in 2 ms slices, so the index is half built when the
    // request arrives right after `initialized`.
    const files: Record<string, string> = { 'role.skills.yaml': 'kind: role\nid: builder\ntitle: Builder\nrequirements:\n  - { skill: Python, level: 3, priority: must }\n' };
    for (let i = 0; i < 400; i++) {
      files[`people/p${String(i).padStart(3, '0')}.skills.yaml`] = `kind: candidate\nname: Person ${i}\nskills:\n  - { skill: Python, level: ${i % 5} }\ntargets: [builder]\n`;
    }
    const client = await TestClient.start({ files, capabilities: { workspace: { codeLens: { refreshSupport: true } } } });
    try {
      const result = await client.request<{ model: RoleReportModel }>('skillgap/roleReport', { role: 'builder' });
      assert.equal(result.model.candidates.length, 400);
      assert.equal(result.model.candidates.filter((c) => c.readiness === 'ready').length, 160);   // levels 3 and 4
      // Lenses drawn meanwhile counted part of the folder: the client is asked to draw them again, once.
      await client.until('the code lens refresh', () => client.codeLensRefreshes || undefined);
      assert.equal(client.codeLensRefreshes, 1);
      const lenses = await client.request<{ command: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri: client.uri('role.skills.yaml') } });
      assert.deepEqual(lenses.map((l) => l.command.title), ['400 candidates · 160 ready · coverage 100%']);
    } finally {
      await client.shutdown();
    }
  });
});
