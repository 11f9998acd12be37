import { check, checkFix } from './fixture';

describe('checks: unknown-role, duplicate-id (roles), cycle (extends), salary-range, stale-market-data', () => {
  it('reports an unknown target or parent, with the nearest role id when one is close', () => {
    check({
      'roles.skills.yaml': `
        kind: role
        id: senior-ai-engineer
        title: Senior AI Engineer
        extends: ml-enginer
                 ^^^^^^^^^^ error unknown-role: Unknown role 'ml-enginer': no role in the workspace has this id (extends)
      `,
      'ada.skills.yaml': `
        kind: candidate
        skills: []
        targets: [senior-ai-enginer, chef]
                  ^^^^^^^^^^^^^^^^^ error unknown-role: Unknown role 'senior-ai-enginer' — did you mean 'senior-ai-engineer'?
                                     ^^^^ error unknown-role: Unknown role 'chef': no role in the workspace has this id
      `,
    });
    checkFix({
      'ada.skills.yaml': 'kind: candidate\nskills: []\ntargets: [senior-ai-enginer]\n',
      'roles.skills.yaml': 'kind: role\nid: senior-ai-engineer\n',
    }, 'unknown-role', "Replace with 'senior-ai-engineer'", 'kind: candidate\nskills: []\ntargets: [senior-ai-engineer]\n');
  });

  it('reports every definition of a role id after the first, in any file, pointing back at the first', () => {
    check({
      'a.skills.yaml': `
        kind: role
        id: data-engineer
        ---
        kind: role
        id: data-engineer
            ^^^^^^^^^^^^^ error duplicate-id: Role id 'data-engineer' is already defined in a.skills.yaml:2
      `,
      'b.skills.yaml': `
        kind: role
        id: data-engineer
            ^^^^^^^^^^^^^ error duplicate-id: Role id 'data-engineer' is already defined in a.skills.yaml:2
      `,
    });
  });

  it('reports an extends loop on every role in it, and not on a role that merely extends into it', () => {
    check(`
      kind: role
      id: a
      extends: b
               ^ error cycle: extends loops: a → b → a
      ---
      kind: role
      id: b
      extends: a
               ^ error cycle: extends loops: b → a → b
      ---
      kind: role
      id: c
      extends: a
      ---
      kind: role
      id: self
      extends: self
               ^^^^ error cycle: extends loops: self → self
    `);
  });

  it('reports a salary minimum above its maximum, at the minimum', () => {
    check(`
      kind: role
      id: r
      market:
        salary: { currency: USD, min: 200000, max: 120000, period: year }
                                      ^^^^^^ error salary-range: salary min 200000 is greater than max 120000
      ---
      kind: role
      id: fine
      market:
        salary: { currency: USD, min: 120000, max: 120000, period: year }
    `);
  });

  it('reports market data more than 12 months before today (2026-11-27), not 12 months', () => {
    check(`
      kind: role
      id: old
      market: { source: Survey, asOf: 2025-10 }
                                      ^^^^^^^ warning stale-market-data: Market data is from 2025-10, 13 months before 2026-11-27: older than 12 months; refresh the figures and asOf
      ---
      kind: role
      id: recent
      market: { source: Survey, asOf: 2025-11-02 }
    `);
  });
});
