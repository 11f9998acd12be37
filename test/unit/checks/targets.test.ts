import { check, checkFix } from './fixture';

const ROLES = `
  kind: role
  id: ml-engineer
  title: ML Engineer
  requirements:
    - { skill: Python, level: 3, priority: must }
    - { skill: Docker, level: 2, priority: must }
    - { skill: SQL, level: 2, priority: should }
  ---
  kind: role
  id: senior-ml-engineer
  title: Senior ML Engineer
  extends: ml-engineer
  requirements:
    - { skill: Python, level: 4, priority: must }
    - { anyOf: [AWS, Google Cloud, Azure], level: 3, priority: must }
`;

describe('checks: missing-skill, below-level, over-deadline', () => {
  it('names the absent must-haves (inherited ones too) on the target, and each held skill below its level (unstated: 1)', () => {
    check({
      'roles.skills.yaml': ROLES,
      'ada.skills.yaml': `
        kind: candidate
        skills:
          - { skill: Python, level: 3 }
                                    ^ hint below-level: Senior ML Engineer needs 4 (proficient); you have 3 (competent)
          - { skill: SQL }
                     ^^^ hint below-level: ML Engineer needs 2 (novice); you have 1 (awareness)
                     ^^^ hint below-level: Senior ML Engineer needs 2 (novice); you have 1 (awareness)
        targets: [ml-engineer, senior-ml-engineer]
                  ^^^^^^^^^^^ information missing-skill: Missing 1 must-have skill for ML Engineer: Docker
                               ^^^^^^^^^^^^^^^^^^ information missing-skill: Missing 2 must-have skills for Senior ML Engineer: Docker, one of AWS, Google Cloud or Azure
      `,
    });
  });

  it('fix: adds the missing must-haves at level 0 in the list style of the file', () => {
    checkFix({
      'ada.skills.yaml': `
        kind: candidate
        skills:
          - skill: Python
            level: 4
        targets: [ml-engineer]
      `,
      'roles.skills.yaml': ROLES,
    }, 'missing-skill', 'Add Docker at level 0', `
      kind: candidate
      skills:
        - skill: Python
          level: 4
        - skill: Docker
          level: 0
      targets: [ml-engineer]
    `);
  });

  /** Ada against the senior role at 2 h/week: must-haves 46 h (23 weeks), the full plan 76 h (38 weeks): SQL 0→2 is its curve's 30 h, its tutorial shorter. */
  const ada = (deadline: number) => `
        kind: candidate
        skills:
          - { skill: Python, level: 3 }
                                    ^ hint below-level: Senior ML Engineer needs 4 (proficient); you have 3 (competent)
          - { skill: Docker, level: 2 }
          - { skill: AWS, level: 2 }
                                 ^ hint below-level: Senior ML Engineer needs 3 (competent); you have 2 (novice)
        targets: [senior-ml-engineer]
        availability: { hoursPerWeek: 2, deadlineWeeks: ${deadline} }`;

  it('warns at deadlineWeeks when the must-haves take longer, with the weekly hours that would meet it', () => {
    check({
      'roles.skills.yaml': ROLES,
      'ada.skills.yaml': `${ada(4)}
                                                        ^ warning over-deadline: Ready for Senior ML Engineer in 23 weeks at 2 h/week; deadline is 4 (needs 12 h/week to be ready by then); the full plan takes 38 weeks
      `,
    });
  });

  it('only informs when the must-haves fit the deadline and the full plan does not; says nothing when both fit', () => {
    check({
      'roles.skills.yaml': ROLES,
      'ada.skills.yaml': `${ada(30)}
                                                        ^^ information over-deadline: Ready for Senior ML Engineer in 23 weeks at 2 h/week, within the 30-week deadline; the full plan takes 38 weeks
      `,
    });
    check({ 'roles.skills.yaml': ROLES, 'ada.skills.yaml': `${ada(38)}\n      ` });
  });
});
