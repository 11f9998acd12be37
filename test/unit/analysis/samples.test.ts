// buildReport on the shipped samples (the seed's scenario), parsed by the real parser and resolved
// through the real built-in catalog with the workspace catalog layered over it.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport, type RoleWithFile } from '../../../server/src/analysis';
import { SkillCatalog, catalogDocToLayer } from '../../../server/src/catalog';
import { parseSkillsFile, type Candidate, type CatalogDoc, type Role } from '../../../server/src/model';

const SAMPLES = join(__dirname, '../../../samples');

function docs(name: string) {
  const file = `samples/${name}`;
  const parsed = parseSkillsFile(file, readFileSync(join(SAMPLES, name), 'utf8'));
  assert.deepEqual(parsed.diagnostics, [], `${name} should parse cleanly`);
  return { file, docs: parsed.documents.map((d) => d.doc!) };
}

const santana = docs('santana-mena.skills.yaml').docs[0] as Candidate;
const senior: RoleWithFile = { role: docs('senior-ai-engineer.skills.yaml').docs[0] as Role, file: 'samples/senior-ai-engineer.skills.yaml' };
const mlFile = docs('ml-engineer.skills.yaml');
const mlEngineer: RoleWithFile = { role: mlFile.docs[0] as Role, file: mlFile.file };
const acme = docs('acme.skills.yaml');
const catalog = SkillCatalog.builtin().withLayers([catalogDocToLayer(acme.docs[0] as CatalogDoc, acme.file)]);

function report(today = '2026-11-27') {
  return buildReport({
    candidate: santana, candidateFile: 'samples/santana-mena.skills.yaml', role: senior, ancestors: [], catalog,
    compareTo: [{ role: mlEngineer, ancestors: [] }], options: { today },
  });
}

describe('analysis: the seed scenario (samples/santana-mena vs senior-ai-engineer)', () => {
  const m = report();

  it('computes the match: 6.5 / 33 = 20 %, 1 of 7 must-haves, 3 of 5 years', () => {
    // Python 3·4/4 + Machine Learning 3·2/4 + Docker 3·2/3 = 6.5 over weights 7·3 + 4·2 + 4·1 = 33.
    assert.deepEqual(m.match, { percent: 20, readiness: 'not-ready', mustHaves: { met: 1, total: 7 }, experience: { years: 3, required: 5, met: false } });
  });

  it('compares with the other target: ml-engineer at 13 / 18 = 72 %', () => {
    // Python 3·1 + ML 3·2/3 + scikit-learn 3·2/3 + SQL 2·1 + Docker 2·1 + Git 2·1 = 13 over 3·3 + 4·2 + 1 = 18.
    assert.deepEqual(m.comparison, [{ roleId: 'ml-engineer', title: 'Machine Learning Engineer', percent: 72, readiness: 'not-ready', mustHavesMet: 1, mustHavesTotal: 3 }]);
  });

  it('has MLOps once, and no gap the role does not state (no "leadership", no "architecture")', () => {
    assert.equal(m.gaps.filter((g) => g.id === 'mlops').length, 1);
    const stated = new Set(m.requirements.filter((r) => !r.met).flatMap((r) => r.skills));
    for (const g of m.gaps) assert.ok(g.prerequisite || stated.has(g.skill), g.skill);
    assert.ok(!m.gaps.some((g) => /leadership|architecture/i.test(g.skill)));
  });

  it('says exactly as many weeks as its phases add up to, with dates from availability.start', () => {
    assert.equal(m.roadmap.totalWeeks, m.roadmap.phases.reduce((s, p) => s + p.weeks, 0));
    assert.equal(m.roadmap.totalWeeks, m.roadmap.phases.at(-1)!.endWeek);
    assert.equal(m.roadmap.hoursPerWeek, 10);
    assert.equal(m.roadmap.phases[0].startDate, '2026-12-07');
    assert.equal(m.notes.followUp?.week, m.roadmap.phases[0].endWeek + 1);
    assert.ok(m.roadmap.cost.total <= 300 && m.roadmap.cost.withinBudget === true);
  });

  it('cites only catalog resources', () => {
    const providers = new Set(m.resources.map((r) => r.provider));
    assert.ok(!providers.has('EduHero'));
    for (const r of m.resources) {
      const owners = m.gaps.filter((g) => r.skills.includes(g.skill)).map((g) => catalog.get(g.id!)!);
      assert.ok(owners.every((e) => e.resources.some((x) => x.title === r.title && x.provider === r.provider)), r.title);
    }
  });

  it('quotes the market with its source and date, and marks it stale a year on', () => {
    assert.deepEqual(m.market, {
      source: 'Skillgap seed sample report 000_0517fd47f3e753e1 (LLM-generated, unverified)', asOf: '2026-11', stale: false,
      salary: { currency: 'USD', min: 120000, max: 200000, period: 'year' }, demand: 'growing', file: 'samples/senior-ai-engineer.skills.yaml',
    });
    assert.equal(report('2027-12-01').market.stale, true);
    assert.deepEqual(m.outlook.map((o) => [o.trend, o.relation]), [['Generative AI', 'unrelated'], ['MLOps', 'gap'], ['Edge AI', 'unrelated'], ['Responsible AI', 'unrelated']]);
    assert.deepEqual(m.stack.filter((s) => s.status === 'held').map((s) => s.name), ['Python', 'scikit-learn', 'FastAPI', 'Git']);
  });

  it('fills all 11 sections', () => {
    assert.equal(m.sections.length, 11);
    assert.deepEqual(m.sections.filter((s) => s.empty), []);
  });
});
