import { relabelFiles } from '../../server/src/render/relabel';
import type { ReportModel } from '../../server/src/analysis/report-model';
import assert from 'node:assert/strict';
import type { CodeAction, CompletionList, DocumentSymbol, Hover, Location, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TestClient } from './client';
import { coreWorkspace } from './core';
import { ADA, WORKSPACE } from './fixtures';

const range = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });
const A = 'ada.skills.yaml';

describe('editor features', function () {
  this.timeout(60000);
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ files: WORKSPACE });
    await client.diagnosticsFor(A);
  });
  after(async () => { await client.shutdown(); });

  const hover = async (name: string, line: number, character: number) =>
    client.request<Hover | null>('textDocument/hover', client.at(name, { line, character }));
  const core = () => coreWorkspace(client.root, WORKSPACE);

  describe('hover', () => {
    it('on a skill written as an alias: the catalog entry, the alias, and what each target needs vs has', async () => {
      const h = await hover(A, 6, 14);
      assert.deepEqual(h, {
        contents: {
          kind: 'markdown',
          value: [
            '**Widgets** · Tools', '', 'Making widgets.', '', 'Aliases: wdg', '', 'Source: workspace catalog `acme`', '',
            "'wdg' is an alias of **Widgets**.", '',
            'Target roles:',
            '- Backend Developer: not required',
            '- Senior Backend Developer: needs 3 (competent), must; you have 4 (proficient) — met',
          ].join('\n'),
        },
        range: range(6, 13, 16),
      });
    });

    it('on an unknown skill: why, the closest match, and where to add it', async () => {
      const h = await hover(A, 4, 15);
      const value = (h!.contents as { value: string }).value;
      assert.deepEqual(h!.range, range(4, 13, 21));
      assert.ok(value.startsWith("**Unknown skill 'Pytorch2'**\n\nNo id, name or alias in the built-in catalog or the workspace catalogs matches it (case, spacing and punctuation are ignored).\n\nClosest matches: PyTorch ("), value);
      assert.ok(value.endsWith('\n\nIf it is a real skill, add it to the workspace catalog `acme` (acme.skills.yaml), under `skills`:\n\n```yaml\n  - id: pytorch2\n    name: Pytorch2\n    category: …\n```'), value);
    });

    it('on a built-in skill: its O*NET demand signal with source and release month', async () => {
      const lone = await TestClient.start({ files: { 'cy.skills.yaml': 'kind: candidate\nskills:\n  - { skill: Python, level: 2 }\n  - { skill: MLOps, level: 1 }\n' } });
      try {
        await lone.diagnosticsFor('cy.skills.yaml');
        const at = (line: number) => lone.request<Hover>('textDocument/hover', lone.at('cy.skills.yaml', { line, character: 15 }));
        const python = ((await at(2)).contents as { value: string }).value;
        assert.ok(python.includes('\n\nDemand: Hot Technology in O\\*NET 29.2 (2025-02); In Demand for 67 of 131 occupations\n\nSource: '), python);
        const mlops = ((await at(3)).contents as { value: string }).value;
        assert.ok(!mlops.includes('Demand:'), mlops); // not in O*NET: no signal rather than an invented one
      } finally {
        await lone.shutdown();
      }
    });

    it('on an unknown skill in a workspace without catalogs: a whole catalog document to start from', async () => {
      const lone = await TestClient.start({ files: { 'bo.skills.yaml': 'kind: candidate\nskills:\n  - { skill: Gizmo Works, level: 2 }\n' } });
      try {
        await lone.diagnosticsFor('bo.skills.yaml');
        const h = await lone.request<Hover>('textDocument/hover', lone.at('bo.skills.yaml', { line: 2, character: 15 }));
        const value = (h.contents as { value: string }).value;
        assert.ok(value.endsWith('\n\nIf it is a real skill, add it to a workspace catalog (a `kind: catalog` document in a `*.skills.yaml` file):\n\n```yaml\nkind: catalog\nid: my-catalog\nskills:\n  - id: gizmo-works\n    name: Gizmo Works\n    category: …\n```'), value);
      } finally {
        await lone.shutdown();
      }
    });

    it('on a level: the scale with this level in bold', async () => {
      const h = await hover(A, 3, 25);
      assert.deepEqual(h, {
        contents: { kind: 'markdown', value: '**Level 1 (awareness)**\n\n0 none · **1 awareness** · 2 novice · 3 competent · 4 proficient · 5 expert' },
        range: range(3, 25, 26),
      });
    });

    it('on a target role: title, requirements, match summary and missing must-haves (as the report computes them)', async () => {
      const model = core().report(client.uri(A), 'senior-backend');
      const missing = model.requirements.filter((r) => r.priority === 'must' && !r.met).map((r) => `${r.skills.join(' / ')} ${r.current} → ${r.level}`);
      assert.ok(missing.length > 0);
      const h = await hover(A, 7, 30);
      assert.deepEqual(h, {
        contents: {
          kind: 'markdown',
          value: [
            '**Senior Backend Developer** (`senior-backend`)', '', '1 requirement (1 must-have), extends `backend-dev`', '',
            // The code lens's words, then the report's headline.
            `Senior Backend Developer: ${model.match.percent}% · 2 of 3 must-haves unmet · ready in ${model.roadmap.readyWeek} weeks`, '',
            model.summary.headline, '', `Unmet must-haves: ${missing.join(', ')}`,
          ].join('\n'),
        },
        range: range(7, 23, 37),
      });
    });

    it('on a key: the JSON Schema description', async () => {
      const h = await hover(A, 7, 2);
      assert.deepEqual(h, {
        contents: { kind: 'markdown', value: '**targets** — Ids of the roles the candidate aims for, resolved across the workspace.\n\nExample: `["senior-ai-engineer"]`' },
        range: range(7, 0, 7),
      });
    });

    it('on a requirement in a role: the level and priority this role asks', async () => {
      const h = await hover('senior.skills.yaml', 5, 15);
      const value = (h!.contents as { value: string }).value;
      assert.ok(value.endsWith('\n\nThis role requires Widgets at 3 (competent), priority must.'), value);
    });
  });

  describe('completion', () => {
    const complete = async (text: string) => {
      const version = await client.change(A, text);
      assert.ok(version > 1);
      return client.request<CompletionList>('textDocument/completion', client.at(A));
    };
    before(async () => { await client.open(A); });
    after(async () => { await client.change(A, ADA); });

    it('offers a skill found by its alias under its canonical name, showing the alias, and inserts the name', async () => {
      const list = await complete('kind: candidate\nskills:\n  - skill: k8s|caret|\n');
      const kubernetes = list.items.filter((i) => i.label === 'Kubernetes');
      assert.equal(kubernetes.length, 1);
      const [k] = kubernetes;
      assert.deepEqual({ labelDetails: k.labelDetails, detail: k.detail, textEdit: k.textEdit, filterText: k.filterText, kind: k.kind }, {
        labelDetails: { detail: ' (k8s)' }, detail: 'alias k8s · Cloud & Platform',
        textEdit: { range: range(2, 11, 14), newText: 'Kubernetes' }, filterText: 'k8s', kind: 18,
      });
      assert.equal(list.items.some((i) => i.label === 'k8s'), false);
    });

    it('offers workspace catalog skills by prefix, with the category as detail', async () => {
      const list = await complete('kind: candidate\nskills:\n  - { skill: Widg|caret| }\n');
      assert.deepEqual(list.items[0].label, 'Widgets');
      assert.deepEqual(list.items[0].detail, 'Tools');
      assert.deepEqual(list.items[0].textEdit, { range: range(2, 13, 17), newText: 'Widgets' });
    });

    it('offers level numbers and labels', async () => {
      const list = await complete('kind: candidate\nskills:\n  - skill: Python\n    level: |caret|\n');
      assert.deepEqual(list.items.map((i) => [i.label, i.detail]), [
        ['0', 'none'], ['1', 'awareness'], ['2', 'novice'], ['3', 'competent'], ['4', 'proficient'], ['5', 'expert'],
        ['none', 'level 0'], ['awareness', 'level 1'], ['novice', 'level 2'], ['competent', 'level 3'], ['proficient', 'level 4'], ['expert', 'level 5'],
      ]);
    });

    it('offers role ids in targets (flow and block) and extends', async () => {
      const flow = await complete('kind: candidate\ntargets: [backend-dev, sen|caret|]\n');
      assert.deepEqual(flow.items.map((i) => [i.label, i.detail, i.textEdit]), [['senior-backend', 'Senior Backend Developer', { range: range(1, 23, 26), newText: 'senior-backend' }]]);
      const block = await complete('kind: candidate\ntargets:\n  - |caret|\n');
      assert.deepEqual(block.items.map((i) => i.label), ['backend-dev', 'senior-backend']);
      const ext = await complete('kind: role\nid: x\nextends: |caret|\n');
      assert.deepEqual(ext.items.map((i) => i.label), ['backend-dev', 'senior-backend']);
    });

    it('offers schema keys, and a whole-entry snippet on a new list item', async () => {
      const item = await complete('kind: candidate\nskills:\n  - |caret|\n');
      assert.deepEqual(item.items[0], {
        label: 'skill entry', kind: 15, detail: 'whole entry', insertTextFormat: 2, insertTextMode: 1, sortText: '0000',
        textEdit: { range: range(2, 4, 4), newText: 'skill: $1\n    level: ${2|0,1,2,3,4,5|}' },
      });
      assert.deepEqual(item.items.slice(1).map((i) => i.label), ['skill', 'level', 'years']);
      const nested = await complete('kind: candidate\navailability:\n  hours|caret|\n');
      assert.deepEqual(nested.items.map((i) => i.label), ['hoursPerWeek', 'start', 'deadlineWeeks']);
      const root = await complete('kind: role\nti|caret|\nid: r\n');
      assert.deepEqual(root.items.map((i) => i.label), ['title', 'description', 'extends', 'experience', 'requirements', 'market'], 'keys already written are not offered');
      const inItem = await complete('kind: candidate\nskills:\n  - skill: Python\n    |caret|\n    years: 2\n  - skill: Go\n    level: 1\n');
      assert.deepEqual(inItem.items.map((i) => i.label), ['level']);
      const priority = await complete('kind: role\nrequirements:\n  - skill: Python\n    priority: |caret|\n');
      assert.deepEqual(priority.items.map((i) => i.label), ['must', 'should', 'nice']);
    });
  });

  describe('code actions', () => {
    it('turns every fix of a diagnostic into a quick fix, preferred when the fix is, across files', async () => {
      const published = await client.diagnosticsFor(A, (p) => p.diagnostics.some((d) => d.code === 'unknown-skill'));
      const unknown = published.diagnostics.find((d) => d.code === 'unknown-skill')!;
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: client.uri(A) }, range: unknown.range, context: { diagnostics: [unknown] },
      });
      const fixes = (unknown.data as { fixes: { title: string; preferred?: boolean; edits: { file?: string; range: unknown; newText: string }[] }[] }).fixes;
      assert.ok(fixes.length >= 1);
      assert.deepEqual(actions, fixes.map((fix) => ({
        title: fix.title, kind: 'quickfix', diagnostics: [unknown], ...(fix.preferred ? { isPreferred: true } : {}),
        edit: { changes: Object.fromEntries(fix.edits.map((e) => [e.file ?? client.uri(A), [{ range: e.range, newText: e.newText }]])) },
      })));
      assert.deepEqual(actions[0].edit, { changes: { [client.uri(A)]: [{ range: range(4, 13, 21), newText: 'PyTorch' }] } });
      assert.equal(actions[0].isPreferred, true);
    });
  });

  describe('navigation', () => {
    const at = (name: string, line: number, character: number) => client.at(name, { line, character });

    it('goes from a target, an extends or a role id to the role definition', async () => {
      const expected = [{ uri: client.uri('backend.skills.yaml'), range: range(1, 4, 15) }];
      assert.deepEqual(await client.request<Location[]>('textDocument/definition', at(A, 7, 12)), expected);
      assert.deepEqual(await client.request<Location[]>('textDocument/definition', at('senior.skills.yaml', 3, 12)), expected);
    });

    it('goes from a skill (any spelling) to its workspace catalog entry; built-in skills have none', async () => {
      const expected = [{ uri: client.uri('catalogs/acme.skills.yaml'), range: range(3, 8, 15) }];
      assert.deepEqual(await client.request<Location[]>('textDocument/definition', at(A, 6, 14)), expected);
      assert.deepEqual(await client.request<Location[]>('textDocument/definition', at('senior.skills.yaml', 5, 15)), expected);
      assert.deepEqual(await client.request<Location[]>('textDocument/definition', at(A, 5, 15)), []);
    });

    it('finds every reference to a role and to a skill across the workspace', async () => {
      assert.deepEqual(await client.request<Location[]>('textDocument/references', { ...at(A, 7, 12), context: { includeDeclaration: true } }), [
        { uri: client.uri(A), range: range(7, 10, 21) },
        { uri: client.uri('backend.skills.yaml'), range: range(1, 4, 15) },
        { uri: client.uri('senior.skills.yaml'), range: range(3, 9, 20) },
      ]);
      assert.deepEqual(await client.request<Location[]>('textDocument/references', { ...at(A, 6, 14), context: { includeDeclaration: false } }), [
        { uri: client.uri(A), range: range(6, 13, 16) },
        { uri: client.uri('senior.skills.yaml'), range: range(5, 13, 20) },
      ]);
    });

    it('renames a role id everywhere in one WorkspaceEdit, after prepareRename', async () => {
      assert.deepEqual(await client.request('textDocument/prepareRename', at(A, 7, 12)), { range: range(7, 10, 21), placeholder: 'backend-dev' });
      const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...at(A, 7, 12), newName: 'backend-engineer' });
      assert.deepEqual(edit, {
        changes: {
          [client.uri(A)]: [{ range: range(7, 10, 21), newText: 'backend-engineer' }],
          [client.uri('backend.skills.yaml')]: [{ range: range(1, 4, 15), newText: 'backend-engineer' }],
          [client.uri('senior.skills.yaml')]: [{ range: range(3, 9, 20), newText: 'backend-engineer' }],
        },
      });
    });

    it('renames a catalog skill id where the id is written (aliases and names keep resolving)', async () => {
      const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...at('catalogs/acme.skills.yaml', 3, 10), newName: 'gadgets' });
      assert.deepEqual(edit, {
        changes: {
          [client.uri('catalogs/acme.skills.yaml')]: [{ range: range(3, 8, 15), newText: 'gadgets' }],
          [client.uri('senior.skills.yaml')]: [{ range: range(5, 13, 20), newText: 'gadgets' }],
        },
      });
    });

    it('refuses to rename a built-in skill, to an invalid id or onto an existing id, with the reason', async () => {
      await assert.rejects(client.request('textDocument/prepareRename', at(A, 5, 15)),
        { code: -32600, message: "'python' comes from the built-in catalog; only skills defined in a workspace catalog can be renamed." });
      await assert.rejects(client.request('textDocument/rename', { ...at(A, 7, 12), newName: 'Backend Dev' }),
        { code: -32600, message: "'Backend Dev' is not a valid id: use kebab-case (lowercase letters and digits separated by hyphens)." });
      await assert.rejects(client.request('textDocument/rename', { ...at(A, 7, 12), newName: 'senior-backend' }),
        { code: -32600, message: "A role with the id 'senior-backend' already exists; renaming would merge the two." });
      await assert.rejects(client.request('textDocument/rename', { ...at('catalogs/acme.skills.yaml', 3, 10), newName: 'python' }),
        { code: -32600, message: "A skill with the id 'python' already exists; renaming would merge the two." });
    });
  });

  describe('outline, code lens and report', () => {
    it('outlines each document with its skills, requirements and targets', async () => {
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: client.uri(A) } });
      assert.equal(symbols.length, 1);
      assert.deepEqual([symbols[0].name, symbols[0].detail, symbols[0].kind, symbols[0].selectionRange], ['Ada Lovelace', 'candidate', 19, range(1, 6, 18)]);
      assert.deepEqual(symbols[0].children!.map((c) => [c.name, c.detail, c.kind, c.selectionRange]), [
        ['k8s', 'level 1 (awareness)', 8, range(3, 13, 16)],
        ['Pytorch2', 'level 3 (competent)', 8, range(4, 13, 21)],
        ['Python', 'level 2 (novice)', 8, range(5, 13, 19)],
        ['wdg', 'level 4 (proficient)', 8, range(6, 13, 16)],
        ['backend-dev', 'target', 20, range(7, 10, 21)],
        ['senior-backend', 'target', 20, range(7, 23, 37)],
      ]);
      const role = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: client.uri('backend.skills.yaml') } });
      assert.deepEqual(role[0].children!.map((c) => [c.name, c.detail]), [
        ['Python', 'level 4 (proficient) · must'], ['Docker', 'level 3 (competent) · must'], ['Kubernetes', 'level 2 (novice) · should'],
      ]);
    });

    it('puts a lens on each target with the match and a command to open the report', async () => {
      const ws = core();
      const lenses = await client.request<unknown[]>('textDocument/codeLens', { textDocument: { uri: client.uri(A) } });
      const titles = { 'backend-dev': 'Backend Developer: 31% · 2 of 2 must-haves unmet · ready in 14 weeks', 'senior-backend': 'Senior Backend Developer: 50% · 2 of 3 must-haves unmet · ready in 14 weeks' };
      const expected = [['backend-dev', range(7, 10, 21)], ['senior-backend', range(7, 23, 37)]].map(([role, r]) => {
        const model = ws.report(client.uri(A), role as string);
        assert.equal(model.roadmap.readyWeek, 14);
        return { range: r, command: { title: titles[role as keyof typeof titles], command: 'skillgap.showPreview', arguments: [{ uri: client.uri(A), role }] } };
      });
      assert.deepEqual(lenses, expected);
    });

    it('answers skillgap/candidatesForRole with the candidates targeting the roles a file defines', async () => {
      assert.deepEqual(await client.request('skillgap/candidatesForRole', { uri: client.uri('senior.skills.yaml') }),
        [{ uri: client.uri(A), role: 'senior-backend', name: 'Ada Lovelace', roleTitle: 'Senior Backend Developer' }]);
      assert.deepEqual(await client.request('skillgap/candidatesForRole', { uri: client.uri(A) }), [], 'a candidate file defines no role');
      await assert.rejects(client.request('skillgap/candidatesForRole', {}), { code: -32602, message: 'skillgap/candidatesForRole needs { uri: string }' });
    });

    it('answers skillgap/report with html, markdown and the model; errors carry a clear message', async () => {
      const result = await client.request<{ html: string; markdown: string; model: ReportModel; text?: string }>('skillgap/report', { uri: client.uri(A), role: 'senior-backend' });
      const model = core().report(client.uri(A), 'senior-backend');
      // Files come back relative to the workspace folder, as the CLI shows them.
      const folder = client.uri('x').slice(0, -1);
      const relative = (uri: string) => (uri.startsWith(folder) ? uri.slice(folder.length) : uri);
      assert.deepEqual(result.model, JSON.parse(JSON.stringify(relabelFiles(model, relative))));
      assert.equal(result.model.candidate.file, A);
      assert.doesNotMatch(result.html + result.markdown, /file:\/\//);
      assert.match(result.html, /Senior Backend Developer/);
      const standalone = await client.request<{ html: string }>('skillgap/report', { uri: client.uri(A), role: 'senior-backend', standalone: true });
      assert.notEqual(standalone.html, result.html);
      assert.match(result.html, /<body class="skillgap embedded">/);
      assert.match(standalone.html, /<body class="skillgap">/);
      assert.match(result.markdown, /Senior Backend Developer/);
      assert.equal(result.text, undefined);
      // `format`: the report rendered as the CLI writes it (export uses this).
      const asJson = await client.request<{ text: string; model: ReportModel }>('skillgap/report', { uri: client.uri(A), role: 'senior-backend', format: 'json' });
      assert.equal(asJson.text, `${JSON.stringify(asJson.model, null, 2)}\n`);
      const asMarkdown = await client.request<{ text: string; markdown: string }>('skillgap/report', { uri: client.uri(A), role: 'senior-backend', format: 'markdown' });
      assert.equal(asMarkdown.text, asMarkdown.markdown);
      await assert.rejects(client.request('skillgap/report', { uri: client.uri(A), format: 'pdf' }),
        { code: -32602, message: "skillgap/report: unknown format 'pdf'" });
      await assert.rejects(client.request('skillgap/report', { uri: client.uri(A), role: 'nope' }),
        { code: -32602, message: "Unknown role 'nope'; roles in the workspace: backend-dev, senior-backend" });
      await assert.rejects(client.request('skillgap/report', { uri: client.uri('missing.skills.yaml') }),
        { code: -32602, message: `Not a skills file in this workspace: ${client.uri('missing.skills.yaml')}` });
    });

    it('answers skillgap/report from a file with errors with the report and a banner that points at each error', async () => {
      await client.open(A);
      await client.change(A, ADA.replace('{ skill: Python, level: 2 }', '{ skill: Python, levle: 2 }'));
      try {
        const result = await client.request<{ html: string; markdown: string; model: ReportModel }>('skillgap/report', { uri: client.uri(A), role: 'backend-dev' });
        assert.deepEqual(result.model.inputErrors, [{ file: A, line: 6, column: 22, code: 'schema', message: "unknown key 'levle' — did you mean 'level'?" }]);
        assert.ok(result.html.includes(`<li data-file="${A}" data-line="5" tabindex="0"><code>${A}:6:22</code> schema: unknown key &#39;levle&#39; — did you mean &#39;level&#39;?</li>`), result.html);
        assert.ok(result.markdown.includes(`> - **${A}:6:22** schema: unknown key 'levle' — did you mean 'level'?`));
      } finally {
        await client.change(A, ADA);
      }
    });
  });
});
