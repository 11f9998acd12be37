// A catalog edit re-checks only the files whose results can change (Workspace.afterCatalogChange,
// SkillCatalog.updateLayers). Whatever it skips must be what a fresh workspace computes: after every
// edit of random sequences, each file's diagnostics and each candidate's report equal those of a
// workspace built from the same texts, and every file whose diagnostics changed is among the files
// the edit returned (the server republishes only those).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Workspace } from '../../../server/src/workspace';
import { SkillCatalog } from '../../../server/src/catalog';

const TODAY = '2026-11-27';

interface Entry { id: string; name: string; aliases: string[]; requires: string[]; description?: string; category?: string }

// Few ids and names, so that entries collide with each other, with the other catalog and with the built-in catalog.
const IDS = ['acme-deploy', 'acme-ci', 'widget-ops', 'kubernetes', 'python'];
const NAMES = ['Acme Deployment', 'Acme Ship', 'Widget Ops', 'Widget Opps', 'Kube', ''];
const ALIASES = ['deployer', 'widgets', 'kubectl', 'shipper'];
const REQUIRES = ['acme-deploy', 'acme-ci', 'widget-ops', 'Acme Ship', 'deployer', 'docker'];

const entry = fc.record({
  id: fc.constantFrom(...IDS),
  name: fc.constantFrom(...NAMES),
  aliases: fc.subarray(ALIASES, { maxLength: 2 }),
  requires: fc.subarray(REQUIRES, { maxLength: 2 }),
  description: fc.constantFrom(undefined, 'one', 'two'),
  category: fc.constantFrom(undefined, 'DevOps', 'Cloud'),
});

const scalar = (s: string) => JSON.stringify(s);

function catalogText(id: string, entries: Entry[]): string {
  const items = entries.map((e) => {
    const fields = [`id: ${e.id}`];
    if (e.name) fields.push(`name: ${scalar(e.name)}`);
    if (e.aliases.length) fields.push(`aliases: [${e.aliases.map(scalar).join(', ')}]`);
    if (e.description) fields.push(`description: ${e.description}`);
    if (e.category) fields.push(`category: ${e.category}`);
    if (e.requires.length) fields.push(`requires: [${e.requires.map((r) => `{ skill: ${scalar(r)} }`).join(', ')}]`);
    return `  - { ${fields.join(', ')} }\n`;
  });
  return `kind: catalog\nid: ${id}\nskills:\n${items.length ? items.join('') : '  []\n'}`.replace('skills:\n  []', 'skills: []');
}

const ROLE = `kind: role
id: platform
title: Platform Engineer
requirements:
  - { skill: Acme Deployment, level: 3, priority: must }
  - { skill: Widget Ops, level: 2, priority: must }
  - { skill: deployer, level: 2, priority: should }
  - { skill: Python, level: 2, priority: should }
`;
const ADA = `kind: candidate
name: Ada
skills:
  - { skill: Acme Ship, level: 2 }
  - { skill: kubectl, level: 2 }
  - { skill: Python, level: 3 }
targets: [platform]
`;
const BO = `kind: candidate
name: Bo
skills:
  - { skill: Widgt Ops, level: 1 }
  - { skill: Go, level: 3 }
targets: [platform]
`;
const CAROL = `kind: candidate
name: Carol
skills:
  - { skill: Rust, level: 3 }
  - { skill: Gizmo Tuning, level: 2 }
`;
const CANDIDATES = ['ada.skills.yaml', 'bo.skills.yaml', 'carol.skills.yaml'];

function fresh(texts: Map<string, string>): Workspace {
  const ws = new Workspace({ today: TODAY });
  for (const [file, text] of texts) ws.setFile(file, text);
  return ws;
}

const seen = (ws: Workspace, file: string) => JSON.stringify(ws.diagnostics(file));
const report = (ws: Workspace, file: string) => {
  try { return ws.report(file); } catch (e) { return (e as Error).message; }
};

describe('Workspace: catalog edits re-check only what they can change', () => {
  it('equals a fresh workspace after every edit of random edit sequences', function () {
    this.timeout(120_000);
    const edit = fc.record({
      file: fc.constantFrom('a', 'b'),
      at: fc.nat(),
      remove: fc.nat({ max: 1 }),
      insert: fc.array(entry, { maxLength: 1 }),
      // Or, the commonest edit: a field of an entry changed in place.
      modify: fc.option(fc.record({
        name: fc.constantFrom(...NAMES),
        description: fc.constantFrom(undefined, 'one', 'two'),
        category: fc.constantFrom(undefined, 'DevOps', 'Cloud'),
        aliases: fc.subarray(ALIASES, { maxLength: 2 }),
        requires: fc.subarray(REQUIRES, { maxLength: 2 }),
      }, { requiredKeys: [] })),
      // Whether each file's results are asked for after the edit (the server asks for open files only).
      ask: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
    });
    // Counts the edits applied in place, so that the property is not met by composing afresh every time.
    const updateLayers = SkillCatalog.prototype.updateLayers;
    let [asked, applied] = [0, 0];
    SkillCatalog.prototype.updateLayers = function (...args) {
      const result = updateLayers.apply(this, args);
      asked++;
      if (result) applied++;
      return result;
    };
    try {
      fc.assert(fc.property(fc.array(entry, { maxLength: 4 }), fc.array(entry, { maxLength: 2 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (a0, b0, edits) => {
      const lists: Record<'a' | 'b', Entry[]> = { a: a0, b: b0 };
      const texts = new Map<string, string>([
        ['a-team.skills.yaml', catalogText('team', lists.a)],
        ['b-ops.skills.yaml', catalogText('ops', lists.b)],
        ['role.skills.yaml', ROLE],
        ['ada.skills.yaml', ADA],
        ['bo.skills.yaml', BO],
        ['carol.skills.yaml', CAROL],
      ]);
      const files = [...texts.keys()];
      const ws = fresh(texts);
      for (const f of files) ws.diagnostics(f);
      for (const f of CANDIDATES) report(ws, f);
      const shown = new Map(files.map((f) => [f, seen(ws, f)]));
      // Files returned by an edit since their diagnostics were last asked for (the server would republish them).
      const returned = new Set<string>();
      for (const e of edits) {
        const list = [...lists[e.file]];
        if (e.modify && list.length > 0) {
          const at = e.at % list.length;
          list[at] = { ...list[at], ...e.modify };
        } else {
          list.splice(e.at % (list.length + 1), e.remove, ...e.insert);
        }
        lists[e.file] = list;
        const file = e.file === 'a' ? 'a-team.skills.yaml' : 'b-ops.skills.yaml';
        texts.set(file, catalogText(e.file === 'a' ? 'team' : 'ops', list));
        for (const f of ws.setFile(file, texts.get(file)!)) returned.add(f);
        const expected = fresh(texts);
        files.forEach((f, i) => {
          if (!e.ask[i]) return;
          const now = seen(ws, f);
          assert.equal(now, seen(expected, f), `${f} after editing ${file}:\n${texts.get(file)}`);
          if (now !== shown.get(f)) assert.ok(returned.has(f), `${f} changed but was not returned`);
          shown.set(f, now);
          returned.delete(f);
          if (CANDIDATES.includes(f)) assert.deepStrictEqual(report(ws, f), report(expected, f), `report of ${f}`);
          if (f === 'bo.skills.yaml') assert.deepStrictEqual(ws.roleReport('platform'), expected.roleReport('platform'), 'role report');
        });
      }
      }), { numRuns: 150 });
    } finally {
      SkillCatalog.prototype.updateLayers = updateLayers;
    }
    // Most random edits collide (an id stated twice, a name two entries share) and are composed afresh; about a fifth apply.
    assert.ok(applied > asked / 8, `applied in place ${applied} of ${asked}`);
  });

  it('re-checks a file whose fix edits the catalog when only the catalog text moved (a description changed)', () => {
    const catalog = (description: string) => catalogText('team', [{ id: 'widget-ops', name: 'Widget Ops', aliases: [], requires: [], description }]);
    const ws = fresh(new Map([['team.skills.yaml', catalog('one')], ['carol.skills.yaml', CAROL]]));
    const fixAt = () => ws.diagnostics('carol.skills.yaml').find((d) => d.code === 'unknown-skill')!.fixes!.find((f) => f.title.startsWith('Add'))!.edits[0].range.start;
    assert.deepEqual(fixAt(), { line: 3, character: 60 });
    assert.deepEqual(ws.setFile('team.skills.yaml', catalog('longer')).sort(), ['carol.skills.yaml', 'team.skills.yaml']);
    assert.deepEqual(fixAt(), { line: 3, character: 63 });
  });

  it('re-checks every catalog file when a prerequisite changes (a loop may pass through entries they do not name)', () => {
    const a = (zRequires: string[]) => catalogText('team', [
      { id: 'acme-ci', name: 'Acme CI', aliases: [], requires: ['acme-deploy'] },
      { id: 'acme-deploy', name: 'Acme Deployment', aliases: [], requires: zRequires },
    ]);
    const b = catalogText('ops', [{ id: 'widget-ops', name: 'Widget Ops', aliases: [], requires: ['acme-ci'] }]);
    const ws = fresh(new Map([['a.skills.yaml', a([])], ['b.skills.yaml', b]]));
    assert.deepEqual(ws.diagnostics('b.skills.yaml'), []);
    assert.deepEqual(ws.setFile('a.skills.yaml', a(['widget-ops'])).sort(), ['a.skills.yaml', 'b.skills.yaml']);
    assert.deepEqual(ws.diagnostics('b.skills.yaml').map((d) => d.message), ['requires loops: widget-ops → acme-ci → acme-deploy → widget-ops']);
  });

  it('re-checks only the edited catalog and the files reading the changed entry', () => {
    const catalog = (description: string) => catalogText('team', [
      { id: 'acme-deploy', name: 'Acme Deployment', aliases: ['deployer'], requires: [], description },
      { id: 'widget-ops', name: 'Widget Ops', aliases: [], requires: [] },
    ]);
    const ws = fresh(new Map([['team.skills.yaml', catalog('one')], ['role.skills.yaml', ROLE], ['carol.skills.yaml', CAROL.replace('  - { skill: Gizmo Tuning, level: 2 }\n', '')], ['bo.skills.yaml', 'kind: candidate\nname: Bo\nskills:\n  - { skill: Widget Ops, level: 1 }\n']]));
    for (const f of ws.files()) ws.diagnostics(f);
    assert.deepEqual(ws.setFile('team.skills.yaml', catalog('two')).sort(), ['role.skills.yaml', 'team.skills.yaml']);
  });

  it('re-computes a standing computed for a role report alone when a name of the role resolves differently', () => {
    const catalog = (aliases: string[]) => catalogText('team', [{ id: 'widget-ops', name: 'Widget Ops', aliases, requires: [] }]);
    const role = 'kind: role\nid: platform\ntitle: Platform\nrequirements:\n  - { skill: Gadgetry, level: 2, priority: must }\n';
    const dee = 'kind: candidate\nname: Dee\nskills:\n  - { skill: Widget Ops, level: 3 }\ntargets: [platform]\n';
    const ws = fresh(new Map([['team.skills.yaml', catalog([])], ['role.skills.yaml', role], ['dee.skills.yaml', dee]]));
    const ready = () => ws.roleReport('platform').candidates.map((c) => c.percent);
    assert.deepEqual(ready(), [0]);
    assert.deepEqual(ws.setFile('team.skills.yaml', catalog(['Gadgetry'])).sort(), ['dee.skills.yaml', 'team.skills.yaml'], 'the role file was never checked: nothing of it to re-check');
    assert.deepEqual(ready(), [100]);
  });
});
