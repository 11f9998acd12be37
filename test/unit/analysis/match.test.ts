import assert from 'node:assert/strict';
import { analyzeMatch, effectiveRequirements } from '../../../server/src/analysis';
import { candidate, catalogOf, entry, role, type CandidateSpec, type RoleSpec } from './builders';

const catalog = catalogOf(
  entry('python', 'Python', { category: 'Programming Languages' }),
  entry('mlops', 'MLOps', { aliases: ['Machine Learning Operations'], category: 'Machine Learning' }),
  entry('docker', 'Docker', { category: 'Cloud & Platform' }),
  entry('aws', 'AWS', { aliases: ['Amazon Web Services'], category: 'Cloud & Platform' }),
  entry('google-cloud', 'Google Cloud', { aliases: ['GCP'], category: 'Cloud & Platform' }),
  entry('azure', 'Azure', { category: 'Cloud & Platform' }),
);

function match(c: CandidateSpec, r: RoleSpec, minYears?: number) {
  const target = { role: role(r), file: 'role.skills.yaml' };
  return analyzeMatch(candidate(c), effectiveRequirements(target, [], catalog), catalog, minYears === undefined ? {} : { minYears });
}

describe('analysis: match formula', () => {
  const requirements: RoleSpec['requirements'] = [
    { skill: 'Python', level: 4, priority: 'must' },
    { skill: 'MLOps', level: 3, priority: 'should' },
    { skill: 'Docker', level: 2, priority: 'nice' },
  ];

  it('weights must/should/nice 3/2/1 and caps each share at the required level', () => {
    // (3·2/4 + 2·0/3 + 1·min(3,2)/2) ÷ 6 = 2.5 / 6 = 41.67 %
    const m = match({ skills: [['Python', 2], ['Docker', 3]] }, { id: 'r', requirements });
    assert.equal(m.ratio, 2.5 / 6);
    assert.equal(m.percent, 42);
    assert.deepEqual(m.mustHaves, { met: 0, total: 1 });
    assert.equal(m.readiness, 'not-ready');
    assert.deepEqual(m.requirements.map((r) => [r.skill.name, r.current, r.met, r.score]), [
      ['Python', 2, false, 0.5], ['MLOps', 0, false, 0], ['Docker', 3, true, 1],
    ]);
  });

  it('lets `weight:` override the priority weight', () => {
    // (3·0.5 + 0 + 5·1) ÷ 10 = 65 %
    const weighted = requirements.map((r) => (r.skill === 'Docker' ? { ...r, weight: 5 } : r));
    const m = match({ skills: [['Python', 2], ['Docker', 3]] }, { id: 'r', requirements: weighted });
    assert.equal(m.percent, 65);
    assert.equal(m.ratio, 0.65);
  });

  it('rounds an exact half up (12.5 % → 13)', () => {
    const m = match({ skills: [['Python', 1]] }, {
      id: 'r',
      requirements: [
        { skill: 'Python', level: 2, priority: 'nice' }, { skill: 'MLOps', level: 1, priority: 'nice' },
        { skill: 'Docker', level: 1, priority: 'nice' }, { skill: 'AWS', level: 1, priority: 'nice' },
      ],
    });
    assert.equal(m.ratio, 0.125);
    assert.equal(m.percent, 13);
  });

  it('takes level 3 for a requirement written without a level', () => {
    const m = match({ skills: [['Python', 2]] }, { id: 'r', requirements: [{ skill: 'Python', priority: 'must' }] });
    assert.equal(m.requirements[0].requirement.level, 3);
    assert.equal(m.requirements[0].requirement.levelIsDefault, true);
    assert.equal(m.percent, 67);
  });

  it('is ready at 100 % with every must-have met, and not ready below the minimum years', () => {
    const skills: CandidateSpec['skills'] = [['Python', 5], ['MLOps', 3], ['Docker', 2]];
    const ready = match({ skills, years: 5 }, { id: 'r', requirements }, 5);
    assert.equal(ready.percent, 100);
    assert.equal(ready.readiness, 'ready');
    assert.deepEqual(ready.experience, { years: 5, required: 5, met: true });
    const junior = match({ skills, years: 3 }, { id: 'r', requirements }, 5);
    assert.equal(junior.readiness, 'not-ready');
    assert.deepEqual(junior.experience, { years: 3, required: 5, met: false });
    assert.deepEqual(match({ skills }, { id: 'r', requirements }, 5).experience, { required: 5, met: null });
  });

  it('is not ready with an unmet must-have even at 87 %', () => {
    const many = Array.from({ length: 10 }, (_, i) => ({ skill: `Skill ${i}`, level: 1, priority: 'should' as const }));
    const m = match({ skills: many.map((r) => [r.skill, 1] as const) }, { id: 'r', requirements: [...many, { skill: 'Python', level: 1, priority: 'must' }] });
    assert.equal(m.percent, 87);
    assert.equal(m.readiness, 'not-ready');
    assert.equal(m.unmetMustHaves.length, 1);
    assert.equal(m.unmetMustHaves[0].requirement.requirement.range.start.line, 30);
  });
});

describe('analysis: anyOf', () => {
  const cloud: RoleSpec = { id: 'r', requirements: [{ anyOf: ['AWS', 'Google Cloud', 'Azure'], level: 3, priority: 'must' }] };

  it('is judged on the best-held alternative', () => {
    const m = match({ skills: [['GCP', 1], ['Azure', 2]] }, cloud);
    assert.equal(m.requirements[0].skill.name, 'Azure');
    assert.equal(m.requirements[0].current, 2);
    assert.equal(m.percent, 67);
    assert.deepEqual(m.unmetMustHaves.map((r) => r.skill.name), ['Azure']);
  });

  it('is met by any alternative at the level', () => {
    const m = match({ skills: [['Google Cloud', 3]] }, cloud);
    assert.equal(m.requirements[0].met, true);
    assert.equal(m.unmetMustHaves.length, 0);
    assert.equal(m.readiness, 'ready');
    assert.deepEqual(m.strengths.map((s) => [s.skill.name, s.level, s.required, s.reason]), [['Google Cloud', 3, 3, 'meets-requirement']]);
  });

  it('judges the first alternative by name when none is held', () => {
    const m = match({}, cloud);
    assert.deepEqual(m.requirements.map((r) => [r.skill.name, r.current]), [['AWS', 0]]);
  });
});

describe('analysis: skill names through the catalog', () => {
  it('counts MLOps and Machine Learning Operations as one skill, on both sides', () => {
    const m = match(
      { skills: [['MLOps', 1], ['Machine Learning Operations', 2]] },
      { id: 'r', requirements: [{ skill: 'mlops', level: 3, priority: 'should' }, { skill: 'Machine Learning Operations', level: 4, priority: 'must' }] },
    );
    assert.equal(m.held.size, 1);
    assert.equal(m.held.get('mlops')?.level, 2);
    assert.deepEqual(m.requirements.map((r) => [r.skill.name, r.current, r.requirement.level, r.met]), [['MLOps', 2, 3, false], ['MLOps', 2, 4, false]]);
  });

  it('compares unknown names by normalized text, as written', () => {
    const m = match({ skills: [['Prompt-Engineering', 3]] }, { id: 'r', requirements: [{ skill: 'prompt engineering', level: 2, priority: 'must' }] });
    assert.equal(m.requirements[0].met, true);
    assert.equal(m.requirements[0].skill.key, '?promptengineering');
    assert.equal(m.requirements[0].skill.id, undefined);
  });

  it('lists as strengths what meets the role, and other skills held at competent (3) or more; never what is below a requirement', () => {
    const m = match(
      { skills: [['Python', 3], ['Docker', 4], ['Rust', 2], ['Go', 3], ['SQL', 1], ['Haskell', 0]] },
      { id: 'r', requirements: [{ skill: 'Python', level: 4, priority: 'must' }, { skill: 'Docker', level: 2 }, { skill: 'SQL', level: 1, priority: 'nice' }] },
    );
    assert.deepEqual(m.strengths.map((s) => [s.skill.name, s.level, s.required, s.reason]), [
      ['Docker', 4, 2, 'meets-requirement'], ['SQL', 1, 1, 'meets-requirement'], ['Go', 3, undefined, 'beyond-role'],
    ]);
  });
});
