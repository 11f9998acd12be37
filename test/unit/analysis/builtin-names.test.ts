// Names as engineers write them, matched against requirements through the real built-in catalog.
import assert from 'node:assert/strict';
import { SkillCatalog } from '../../../server/src/catalog';
import { analyzeMatch, effectiveRequirements } from '../../../server/src/analysis';
import { candidate, role, type CandidateSpec, type RoleSpec } from './builders';

const catalog = SkillCatalog.builtin();

function match(c: CandidateSpec, r: RoleSpec) {
  return analyzeMatch(candidate(c), effectiveRequirements({ role: role(r), file: 'role.skills.yaml' }, [], catalog), catalog, {});
}

describe('analysis: abbreviations through the built-in catalog', () => {
  it('"ML: 4" meets a "Machine learning 3" must-have (ML is machine learning, not the ML language)', () => {
    const m = match({ skills: [['ML', 4]] }, { id: 'r', requirements: [{ skill: 'Machine learning', level: 3, priority: 'must' }] });
    assert.deepEqual(m.requirements.map((r) => [r.skill.id, r.current, r.met]), [['machine-learning', 4, true]]);
    assert.deepEqual(m.mustHaves, { met: 1, total: 1 });
  });

  it('matches k8, gh actions, DL and HF to what they abbreviate', () => {
    const m = match(
      { skills: [['k8', 3], ['gh actions', 2], ['DL', 3], ['HF', 2]] },
      { id: 'r', requirements: [
        { skill: 'Kubernetes', level: 3, priority: 'must' }, { skill: 'GitHub Actions', level: 2, priority: 'must' },
        { skill: 'Deep Learning', level: 3, priority: 'must' }, { skill: 'Hugging Face', level: 2, priority: 'must' },
      ] },
    );
    assert.deepEqual(m.mustHaves, { met: 4, total: 4 });
  });
});
