// The report's invariants, each a named property over generated catalogs, candidates and roles.
// These are the seed report's faults made impossible: a "6-week plan" of 9 weeks, MLOps twice,
// gaps that are not requirements, invented providers.

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildReport, packPhases, planGaps, analyzeMatch, effectiveRequirements } from '../../../server/src/analysis';
import { normalizeSkillName } from '../../../server/src/catalog';
import type { ReportModel } from '../../../server/src/analysis/report-model';
import { inputArb, toInput, type GeneratedInput } from './arbitraries';

const RUNS = { numRuns: 100 };

function property(check: (model: ReportModel, g: GeneratedInput) => void) {
  fc.assert(fc.property(inputArb, (g) => check(buildReport(toInput(g)), g)), RUNS);
}

describe('analysis: report invariants (property-based)', function () {
  // Each property builds ~100 reports; shared CI cores can make that slower than mocha's 2 s default.
  this.timeout(20000);

  it('stated length = Σ phase weeks = last endWeek, phases consecutive', () => {
    property((m) => {
      const phases = m.roadmap.phases;
      assert.equal(m.roadmap.totalWeeks, phases.reduce((s, p) => s + p.weeks, 0));
      assert.equal(m.roadmap.totalWeeks, phases.at(-1)?.endWeek ?? 0);
      phases.forEach((p, i) => {
        assert.equal(p.index, i + 1);
        assert.equal(p.startWeek, i === 0 ? 1 : phases[i - 1].endWeek + 1);
        assert.equal(p.weeks, p.endWeek - p.startWeek + 1);
      });
    });
  });

  it('no phase holds more hours than weeks × hours per week, nor lasts longer than the maximum', () => {
    property((m, g) => {
      for (const p of m.roadmap.phases) {
        assert.ok(p.hours <= p.weeks * m.roadmap.hoursPerWeek, `${p.title}: ${p.hours} h in ${p.weeks} weeks`);
        assert.ok(p.weeks <= Math.max(g.maxPhaseWeeks ?? 4, Math.ceil(1 / m.roadmap.hoursPerWeek)));
        assert.equal(p.hours, p.items.reduce((s, i) => s + i.hours, 0));
      }
    });
  });

  it('every gap is a stated requirement or a flagged prerequisite', () => {
    property((m) => {
      const gapNames = new Set(m.gaps.map((g) => g.skill));
      for (const gap of m.gaps) {
        const stated = m.requirements.some((r) => !r.met && r.skills.some((s) => normalizeSkillName(s) === normalizeSkillName(gap.skill)));
        if (gap.prerequisite) {
          assert.ok((gap.prerequisiteOf ?? []).length > 0, `${gap.skill} is flagged but names no dependent`);
          for (const d of gap.prerequisiteOf ?? []) assert.ok(gapNames.has(d), `${gap.skill} is a prerequisite of ${d}, which is not a gap`);
        } else {
          assert.ok(stated, `${gap.skill} is neither a requirement nor a prerequisite`);
        }
        assert.equal(gap.gap, gap.required - gap.current);
        assert.ok(gap.gap > 0);
      }
    });
  });

  it('every gap has a place in the plan: its items add up to its hours', () => {
    property((m) => {
      for (const gap of m.gaps) {
        const items = m.roadmap.phases.flatMap((p) => p.items).filter((i) => i.skill === gap.skill);
        assert.ok(items.length > 0, `${gap.skill} is not in the plan`);
        assert.equal(items.reduce((s, i) => s + i.hours, 0), gap.hours);
      }
      assert.equal(m.roadmap.totalHours, m.gaps.reduce((s, g) => s + g.hours, 0));
    });
  });

  it('every resource comes from a catalog entry of a skill it serves', () => {
    property((m, g) => {
      const byId = new Map(g.entries.map((e) => [e.id, e]));
      for (const r of m.resources) {
        const owners = m.gaps.filter((gap) => r.skills.includes(gap.skill)).map((gap) => byId.get(gap.id ?? ''));
        assert.ok(owners.length > 0);
        for (const owner of owners) {
          assert.ok(owner?.resources.some((c) => c.title === r.title && c.provider === r.provider && c.url === r.url), `${r.title} is not in the catalog`);
          assert.equal(r.catalog, owner?.origin.catalog);
        }
      }
      const cited = new Set(m.resources.map((r) => `${r.title}|${r.provider}`));
      for (const item of m.roadmap.phases.flatMap((p) => p.items)) for (const r of item.resources) assert.ok(cited.has(`${r.title}|${r.provider}`));
    });
  });

  it('no skill appears twice in the gaps (aliases merge)', () => {
    property((m) => {
      const keys = m.gaps.map((g) => g.id ?? `?${normalizeSkillName(g.skill)}`);
      assert.equal(new Set(keys).size, keys.length, keys.join(', '));
    });
  });

  it('same input ⇒ deepEqual output, and the model is plain JSON', () => {
    property((m, g) => {
      assert.deepEqual(buildReport(toInput(g)), m);
      assert.deepEqual(JSON.parse(JSON.stringify(m)), m);
    });
  });

  it('readiness is not-ready whenever a must-have is unmet', () => {
    property((m) => {
      const unmet = m.requirements.filter((r) => r.priority === 'must' && !r.met).length;
      if (unmet > 0) assert.equal(m.match.readiness, 'not-ready');
      assert.equal(m.match.mustHaves.total - m.match.mustHaves.met, unmet);
      if (m.match.readiness === 'not-ready') assert.ok(unmet > 0 || m.match.experience.met === false);
    });
  });

  it('the match percent is the formula over the listed requirements', () => {
    property((m) => {
      const w = m.requirements.reduce((s, r) => s + r.weight, 0);
      const sum = m.requirements.reduce((s, r) => s + r.weight * (r.level === 0 ? 1 : Math.min(r.current, r.level) / r.level), 0);
      assert.equal(m.match.percent, w === 0 ? 100 : Math.round((100 * sum) / w + 1e-9));
    });
  });

  it('the needed hours per week is the smallest rate whose re-planned roadmap fits', () => {
    fc.assert(fc.property(inputArb, (g) => {
      const input = toInput(g);
      const m = buildReport(input);
      const late = m.roadmap.overDeadline;
      if (!late) {
        if (m.roadmap.deadlineWeeks !== undefined) assert.ok(m.roadmap.totalWeeks <= m.roadmap.deadlineWeeks);
        return;
      }
      const match = analyzeMatch(input.candidate, effectiveRequirements(input.role, input.ancestors, input.catalog), input.catalog);
      const planned = planGaps(match.gaps, input.candidate, input.catalog);
      const weeksAt = (rate: number) => packPhases(planned, rate, g.maxPhaseWeeks ?? 4).reduce((s, p) => s + p.weeks, 0);
      if (late.achievable) {
        assert.ok(weeksAt(late.neededHoursPerWeek) <= late.deadlineWeeks);
        for (let rate = Math.floor(m.roadmap.hoursPerWeek) + 1; rate < late.neededHoursPerWeek; rate++) assert.ok(weeksAt(rate) > late.deadlineWeeks);
      } else {
        assert.ok(m.roadmap.phases.length > late.deadlineWeeks);
      }
    }), RUNS);
  });

  it('lists the 11 sections in DESIGN order, saying why an empty one is empty', () => {
    property((m) => {
      assert.deepEqual(m.sections.map((s) => s.id), [
        'executive-summary', 'candidate-profile', 'market-requirements', 'market-insights', 'technology-stack',
        'skill-gap-assessment', 'upskilling-roadmap', 'recommendations', 'relevant-resources', 'market-outlook', 'additional-notes',
      ]);
      const empty = (id: string) => m.sections.find((s) => s.id === id)?.empty;
      assert.equal(empty('skill-gap-assessment') !== undefined, m.gaps.length === 0);
      assert.equal(empty('upskilling-roadmap') !== undefined, m.roadmap.phases.length === 0);
      assert.equal(empty('relevant-resources') !== undefined, m.resources.length === 0);
    });
  });
});
