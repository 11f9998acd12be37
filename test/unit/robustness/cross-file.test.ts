// Cross-file references: resolved only among the files the Workspace was given; cycles never loop;
// removing or renaming a file updates its dependents.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from '../../../server/src/model/types';
import { Workspace } from '../../../server/src/workspace';
import { timed } from './invariants';

const role = (id: string, parent?: string) => `kind: role\nid: ${id}\ntitle: ${id}\n${parent ? `extends: ${parent}\n` : ''}requirements:\n  - { skill: Python, level: 3, priority: must }\n`;
const CANDIDATE = 'kind: candidate\nname: Ada\nskills:\n  - { skill: Python, level: 2 }\ntargets: [outside-role]\n';
const codes = (ds: Diagnostic[]) => ds.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character} ${d.message}`);

describe('cross-file references', function () {
  this.timeout(20000);

  it('a role in a file the workspace was not given is unknown, even when that file sits next door on disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'skillgap-outside-'));
    try {
      writeFileSync(join(dir, 'outside.skills.yaml'), role('outside-role'));
      const ws = new Workspace({ today: '2026-11-27' });
      ws.setFile(join(dir, 'ada.skills.yaml'), CANDIDATE);
      assert.deepEqual(codes(ws.diagnostics(join(dir, 'ada.skills.yaml'))).filter((c) => c.startsWith('unknown-role')), ["unknown-role 4:10 Unknown role 'outside-role': no role in the workspace has this id"]);
      assert.deepEqual(ws.files(), [join(dir, 'ada.skills.yaml')]);
      assert.throws(() => ws.report(join(dir, 'ada.skills.yaml')), { message: "Unknown role 'outside-role': the workspace defines no roles" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  for (const length of [1, 2, 10]) {
    it(`an extends cycle of length ${length} is reported on every role in it`, () => {
      const ws = new Workspace();
      const ids = Array.from({ length }, (_, i) => `r${i}`);
      const r = timed(() => {
        ids.forEach((id, i) => ws.setFile(`${id}.skills.yaml`, role(id, ids[(i + 1) % length])));
        ws.setFile('ada.skills.yaml', CANDIDATE.replace('outside-role', 'r0'));
        return ids.map((id) => ws.diagnostics(`${id}.skills.yaml`));
      });
      assert.equal(r.error, undefined);
      const loop = [...ids, ids[0]].join(' → ');
      r.value!.forEach((ds, i) => {
        const cycle = ds.filter((d) => d.code === 'cycle');
        assert.equal(cycle.length, 1, `${ids[i]}: ${codes(ds).join(' | ')}`);
        assert.deepEqual(cycle[0].range, { start: { line: 3, character: 9 }, end: { line: 3, character: 9 + ids[(i + 1) % length].length } });
        assert.equal((cycle[0].data?.cycle as string[]).length, length + 1);
        if (i === 0) assert.equal(cycle[0].message, `extends loops: ${loop}`);
      });
      // The report of a candidate targeting a role in the loop returns (or refuses) instead of looping.
      const report = timed(() => ws.report('ada.skills.yaml'));
      assert.equal(report.error, undefined);
    });
  }

  for (const length of [1, 2, 10]) {
    it(`a requires cycle of length ${length} among catalog skills never loops and is reported`, () => {
      const ids = Array.from({ length }, (_, i) => `loop-skill-${i}`);
      const catalog = ['kind: catalog', 'id: loops', 'skills:', ...ids.flatMap((id, i) => [
        `  - id: ${id}`, `    name: Loop Skill ${i}`, `    requires: [{ skill: ${ids[(i + 1) % length]}, level: 1 }]`])].join('\n') + '\n';
      const ws = new Workspace();
      const r = timed(() => {
        ws.setFile('loops.skills.yaml', catalog);
        ws.setFile('role.skills.yaml', `kind: role\nid: looper\ntitle: Looper\nrequirements:\n  - { skill: ${ids[0]}, level: 3, priority: must }\n`);
        ws.setFile('ada.skills.yaml', CANDIDATE.replace('outside-role', 'looper'));
        return { catalog: ws.diagnostics('loops.skills.yaml'), report: ws.report('ada.skills.yaml') };
      });
      assert.equal(r.error, undefined, String(r.error));
      const cycles = r.value!.catalog.filter((d) => d.code === 'cycle');
      // One per skill in the loop, each at its own `requires` entry (lines 5, 8, 11, …; column 24).
      assert.deepEqual(codes(cycles), ids.map((id, i) => {
        const loop = [...ids.slice(i), ...ids.slice(0, i), id].join(' → ');
        return `cycle ${5 + 3 * i}:24 requires loops: ${loop}`;
      }));
      assert.ok(r.value!.report.roadmap.totalWeeks >= 0);
    });
  }

  it('removing a file updates its dependents; renaming (remove + set under a new key) restores them', () => {
    const ws = new Workspace();
    ws.setFile('role.skills.yaml', role('outside-role'));
    ws.setFile('ada.skills.yaml', CANDIDATE);
    const unknown = () => ws.diagnostics('ada.skills.yaml').filter((d) => d.code === 'unknown-role').map((d) => d.message);
    assert.deepEqual(unknown(), []);
    assert.deepEqual(ws.removeFile('role.skills.yaml'), ['ada.skills.yaml']);
    assert.deepEqual(unknown(), ["Unknown role 'outside-role': no role in the workspace has this id"]);
    ws.setFile('roles/renamed.skills.yaml', role('outside-role'));
    assert.deepEqual(unknown(), []);
    assert.equal(ws.report('ada.skills.yaml').role.file, 'roles/renamed.skills.yaml');
  });

  it('removing a catalog updates the files whose skills it defined', () => {
    const ws = new Workspace();
    ws.setFile('cat.skills.yaml', 'kind: catalog\nid: c\nskills:\n  - id: widget-ops\n    name: Widget Ops\n');
    ws.setFile('ada.skills.yaml', 'kind: candidate\nname: Ada\nskills:\n  - { skill: Widget Ops, level: 2 }\n');
    assert.deepEqual(codes(ws.diagnostics('ada.skills.yaml')), []);
    ws.removeFile('cat.skills.yaml');
    assert.deepEqual(codes(ws.diagnostics('ada.skills.yaml')).map((c) => c.split(' ').slice(0, 2).join(' ')), ['unknown-skill 3:13']);
  });
});
