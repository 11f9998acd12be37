import assert from 'node:assert/strict';
import { changeImpact, type DiagnosticFact, type PairStanding } from '../../../server/src/analysis/impact';

const pair = (candidate: string, roleId: string, percent: number, readiness: 'ready' | 'not-ready', met: number, readyWeek: number): PairStanding => ({
  candidate, file: `${candidate.toLowerCase()}.skills.yaml`, roleId, roleTitle: roleId.toUpperCase(), percent, readiness,
  mustHaves: { met, total: 2 }, readyWeek, readyText: readyWeek === 0 ? 'ready now' : `ready in ${readyWeek} weeks`,
});
const hint = (file: string, line: number, message: string): DiagnosticFact => ({ file, line, column: 1, severity: 'hint', code: 'below-level', message });

describe('change impact', () => {
  it('keeps only changed pairs, sorted by impact: readiness lost, gained, then the largest moves; new and gone last', () => {
    const before = [pair('Ana', 'a', 100, 'ready', 2, 0), pair('Ben', 'a', 50, 'not-ready', 1, 10), pair('Cy', 'a', 40, 'not-ready', 0, 20),
      pair('Di', 'a', 60, 'not-ready', 1, 5), pair('Ed', 'a', 70, 'not-ready', 1, 4), pair('Fay', 'b', 10, 'not-ready', 0, 30)];
    const after = [pair('Ana', 'a', 90, 'not-ready', 1, 3), pair('Ben', 'a', 100, 'ready', 2, 0), pair('Cy', 'a', 41, 'not-ready', 0, 22),
      pair('Di', 'a', 50, 'not-ready', 1, 12), pair('Ed', 'a', 70, 'not-ready', 1, 4), pair('Gus', 'b', 20, 'not-ready', 0, 8)];
    const model = changeImpact({ pairs: before, diagnostics: [] }, { pairs: after, diagnostics: [] }, { base: 'HEAD', head: 'the working tree' });
    assert.deepEqual(model.changes.map((c) => [c.candidate, c.kind, c.verdict]), [
      ['Ana', 'changed', 'no longer ready'],
      ['Ben', 'changed', 'now ready'],
      ['Di', 'changed', 'ready 7 weeks later'],
      ['Cy', 'changed', 'ready 2 weeks later'],
      ['Fay', 'removed', 'no longer a target'],
      ['Gus', 'added', 'new target'],
    ]);
    assert.deepEqual(model.changes[2].delta, { percent: -10, mustHavesMet: 0, readyWeek: 7 });
    assert.equal(model.summary.headline, '6 of 7 candidate–role pairs change: 1 no longer ready, 1 now ready, 2 ready later, 1 new, 1 gone. It introduces no diagnostics.');
  });

  it('compares diagnostics as a multiset, ignoring positions (lines move with any edit)', () => {
    const before = [hint('a', 3, 'X needs 3'), hint('a', 9, 'X needs 3'), hint('b', 2, 'Y needs 2')];
    const after = [hint('a', 4, 'X needs 3'), hint('b', 2, 'Y needs 4'), hint('b', 7, 'Y needs 4')];
    const model = changeImpact({ pairs: [], diagnostics: before }, { pairs: [], diagnostics: after }, { base: 'HEAD', head: 'the working tree' });
    assert.deepEqual(model.diagnostics.introduced.map((d) => `${d.file}:${d.line} ${d.message}`), ['b:2 Y needs 4', 'b:7 Y needs 4']);
    assert.deepEqual(model.diagnostics.resolved.map((d) => `${d.file}:${d.line} ${d.message}`), ['a:9 X needs 3', 'b:2 Y needs 2']);
    assert.equal(model.summary.headline, "No candidate's match, readiness, must-haves or ready week changes (0 candidate–role pairs compared). It introduces 2 diagnostics (2 hints) and resolves 2.");
  });
});
