// The reproductions of issue #17 (a file or a workspace shaped to make the server work for minutes),
// at or near the sizes, asserting what each limit does: which budget is hit, with which
// diagnostic, and what is still read. No clock: each used to take minutes, and the suite's time limit
// is the fuse. The times are in SECURITY.md, measured by `node scripts/hostile.mjs`.
import assert from 'node:assert/strict';
import { MAX_ALIAS_EXPANSION } from '../../../server/src/model/aliases';
import { MAX_VALUES } from '../../../server/src/model/parse';
import { parseSkillsFile } from '../../../server/src/model';
import type { Diagnostic } from '../../../server/src/model/types';
import { Workspace } from '../../../server/src/workspace';
import { hostileFiles } from './hostile-inputs';

const brief = (d: Diagnostic) => `${d.code} ${d.range.start.line}:${d.range.start.character} ${d.message}`;

describe('hostile limits (issue #17)', function () {
  this.timeout(60000);

  it('20,000 too-deep documents (2.1 MB): each refused, in one pass over the text', () => {
    const text = hostileFiles.tooDeepDocuments(20_000);
    const parsed = parseSkillsFile('deep.skills.yaml', text);
    assert.equal(parsed.documents.length, 0);
    assert.equal(parsed.diagnostics.length, 20_000);
    assert.equal(new Set(parsed.diagnostics.map((d) => d.message)).size, 1);
    assert.equal(brief(parsed.diagnostics[19_999]), 'yaml-syntax 39998:99 collections nested more than 100 levels deep: this document is not checked');
    // The workspace lists 1,000 of them and counts the rest.
    const ws = new Workspace();
    ws.setFile('deep.skills.yaml', text);
    const listed = ws.diagnostics('deep.skills.yaml');
    assert.equal(listed.length, 1001);
    assert.equal(listed[1000].message, '19,000 more problems in this file are not listed (19,000 errors): skillgap lists 1,000 per file, the most severe first; the first one not listed is here');
  });

  it(`alias fan-out (x-list: &r [200,000 items], trends: [*r × 99]): refused at the first alias that passes ${MAX_ALIAS_EXPANSION} added nodes, never expanded`, () => {
    const text = hostileFiles.aliasFanOut(200_000, 99);
    const ws = new Workspace();
    ws.setFile('fan.skills.yaml', text);
    const diagnostics = ws.diagnostics('fan.skills.yaml');
    // Not validated at all (expanded, it would be 99 lists of 200,000 strings for the schema).
    assert.deepEqual(diagnostics.map(brief), ['yaml-syntax 4:19 aliases expand this document by more than 100,000 nodes: this document is not checked']);
    // The next keystroke costs the same: an edit re-reads the document and refuses it again.
    ws.setFile('fan.skills.yaml', text.replace('id: fan', 'id: fan2'));
    assert.deepEqual(ws.diagnostics('fan.skills.yaml').map(brief), ['yaml-syntax 4:19 aliases expand this document by more than 100,000 nodes: this document is not checked']);
  });

  it(`a file of more than ${MAX_VALUES} values: the documents past the budget are not parsed, the ones before are checked`, () => {
    const dense = (n: number) => `kind: role\nid: dense\nx-list: [${Array(n).fill('a').join(', ')}]\n`;
    const good = 'kind: candidate\nname: Ada\nskills:\n  - { skill: Pytorch2, level: 2 }\n';
    const text = `${good}---\n${dense(700_000)}---\n${good}`;
    const ws = new Workspace();
    ws.setFile('dense.skills.yaml', text);
    const expected = [
      "unknown-skill 3:13 Unknown skill 'Pytorch2' — did you mean PyTorch?",
      'yaml-syntax 5:0 the file holds more than 600,000 values (YAML nodes) up to here: this document and the one after it are not checked',
    ];
    assert.deepEqual(ws.diagnostics('dense.skills.yaml').map(brief), expected);
    // An edit in the first document (re-read alone when the file is under budget) sees the whole file's count.
    ws.setFile('dense.skills.yaml', text.replace('name: Ada', 'name: Ada L'));
    assert.deepEqual(ws.diagnostics('dense.skills.yaml').map(brief), expected);
    // Under the budget, everything is read.
    ws.setFile('dense.skills.yaml', `${good}---\n${dense(1000)}---\n${good}`);
    assert.deepEqual(ws.diagnostics('dense.skills.yaml').map(brief), [
      "unknown-skill 3:13 Unknown skill 'Pytorch2' — did you mean PyTorch?",
      "schema 7:0 unknown key 'x-list' (expected one of: kind, id, title, description, extends, experience, requirements, market)",
      "unknown-skill 12:13 Unknown skill 'Pytorch2' — did you mean PyTorch?",
    ]);
  });

  describe('an extends chain of 5,000 role files', () => {
    it('is indexed, and an edit near its root reaches every role below it and the candidate', () => {
      const files = hostileFiles.extendsChain(5000, false);
      const ws = new Workspace();
      ws.setFiles(Object.entries(files));
      assert.deepEqual(ws.diagnostics('r4999.skills.yaml'), []);
      assert.equal(ws.report('candidate.skills.yaml').role.extends.length, 4999);
      const affected = ws.setFile('r10.skills.yaml', files['r10.skills.yaml'].replace('level: 1', 'level: 2'));
      assert.equal(affected.length, 4991); // r10 … r4999 and the candidate
      assert.equal(affected[0], 'r10.skills.yaml');
      assert.ok(affected.includes('candidate.skills.yaml'));
    });

    it('closed into a loop: every role gets one cycle error, named by its first steps and the loop\'s size', () => {
      const files = hostileFiles.extendsChain(5000, true);
      const ws = new Workspace();
      ws.setFiles(Object.entries(files));
      const cycles = Object.keys(files).filter((f) => f.startsWith('r')).map((f) => ws.diagnostics(f).filter((d) => d.code === 'cycle'));
      assert.deepEqual(cycles.map((c) => c.length), Array(5000).fill(1));
      assert.equal(cycles[0][0].message, 'extends loops: r0 → r4999 → … (a loop through 5000 roles) → r0');
      assert.equal(cycles[17][0].message, 'extends loops: r17 → r16 → … (a loop through 5000 roles) → r17');
      assert.deepEqual(cycles[17][0].data, { cycle: ['r17', 'r16', '… (a loop through 5000 roles)', 'r17'] });
      // The report follows the loop once round: every other role is an ancestor, none twice.
      assert.equal(ws.report('candidate.skills.yaml').role.extends.length, 4999);
    });
  });

  it('a role needing the end of a 3,000-skill requires chain: the roadmap learns every prerequisite once, each before what needs it', () => {
    const files = hostileFiles.requiresChain(3000, false);
    const ws = new Workspace({ today: '2026-11-27' });
    ws.setFiles(Object.entries({
      ...files,
      'role.skills.yaml': 'kind: role\nid: chained\ntitle: Chained\nrequirements:\n  - { skill: s2999, level: 3, priority: must }\n',
      'ada.skills.yaml': 'kind: candidate\nname: Ada\nskills:\n  - { skill: Python, level: 2 }\ntargets: [chained]\n',
    }));
    const items = ws.report('ada.skills.yaml').roadmap.phases.flatMap((p) => p.items.map((i) => i.skill));
    // (4,000 took 43 s when prerequisites were pulled in and ordered by repeated passes over all of them.)
    assert.equal(items.length, 3000);
    assert.deepEqual(items.slice(0, 3), ['Skill 0', 'Skill 1', 'Skill 2']);
    assert.equal(items[2999], 'Skill 2999');
    assert.equal(new Set(items).size, 3000);
  });

  it('a requires loop through 5,000 catalog files: one cycle error per skill, the graph analysed once', () => {
    const files = hostileFiles.requiresChain(5000, true);
    const ws = new Workspace();
    ws.setFiles(Object.entries(files));
    const cycles = Object.keys(files).map((f) => ws.diagnostics(f).filter((d) => d.code === 'cycle'));
    assert.deepEqual(cycles.map((c) => c.length), Array(5000).fill(1));
    assert.equal(cycles[0][0].message, 'requires loops: s0 → s4999 → … (a loop through 5000 skills) → s0');
  });
});
