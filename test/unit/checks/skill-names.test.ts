import { check, checkFix } from './fixture';

describe('checks: unknown-skill, alias, ambiguous-skill', () => {
  it('names each unresolved, aliased or respelt skill in a profile, a role and a market stack', () => {
    check(`
      kind: candidate
      skills:
        - { skill: Python, level: 4 }
        - { skill: Pytorch2, level: 2 }
                   ^^^^^^^^ warning unknown-skill: Unknown skill 'Pytorch2' — did you mean PyTorch?
        - { skill: k8s, level: 1 }
                   ^^^ hint alias: k8s is an alias of Kubernetes
        - { skill: qwzxv, level: 1 }
                   ^^^^^ warning unknown-skill: Unknown skill 'qwzxv': not in the built-in catalog or any workspace catalog
      ---
      kind: role
      id: r
      requirements:
        - { skill: kubernetes, level: 2 }
        - { skill: Type Script, level: 2 }
                   ^^^^^^^^^^^ hint alias: 'Type Script' is spelt 'TypeScript' in the catalog
      market:
        stack: [Dockerr]
                ^^^^^^^ warning unknown-skill: Unknown skill 'Dockerr' — did you mean Docker?
    `);
  });

  it('says which skills an ambiguous name could mean', () => {
    check({
      'team.skills.yaml': `
        kind: catalog
        id: team
        skills:
          - { id: gizmo-ops, name: Gizmo Ops, aliases: [Gizmos], category: Tools }
          - { id: gizmo-design, name: Gizmo Design, aliases: [Gizmos], category: Tools }
      `,
      'bo.skills.yaml': `
        kind: candidate
        skills:
          - { skill: Gizmos, level: 2 }
                     ^^^^^^ warning ambiguous-skill: 'Gizmos' is ambiguous: it names Gizmo Ops or Gizmo Design; write the one you mean
      `,
    });
  });

  it('fixes: replace with the suggestion, the canonical name, or add the skill to the workspace catalog', () => {
    checkFix(`
      kind: candidate
      skills:
        - { skill: k8s, level: 1 }
    `, 'alias', "Replace with 'Kubernetes'", `
      kind: candidate
      skills:
        - { skill: Kubernetes, level: 1 }
    `);
    checkFix(`
      kind: candidate
      skills:
        - skill: Pytorch2
    `, 'unknown-skill', "Replace with 'PyTorch'", `
      kind: candidate
      skills:
        - skill: PyTorch
    `);
    checkFix({
      'team.skills.yaml': `
        kind: catalog
        id: team
        skills:
          - id: widget-ops
            name: Widget Ops
        ---
        kind: candidate
        skills:
          - { skill: Gadget C++ Ops, level: 2 }
      `,
    }, 'unknown-skill', "Add 'Gadget C++ Ops' to the team catalog", `
      kind: catalog
      id: team
      skills:
        - id: widget-ops
          name: Widget Ops
        - id: gadget-c-plus-plus-ops
          name: Gadget C++ Ops
          category: Other
      ---
      kind: candidate
      skills:
        - { skill: Gadget C++ Ops, level: 2 }
    `);
  });
});
