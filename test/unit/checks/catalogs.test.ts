import { check } from './fixture';

describe('checks: duplicate-id (catalog skills), cycle (requires)', () => {
  it('reports a workspace catalog skill id defined again, in the same or another file', () => {
    check({
      'a.skills.yaml': `
        kind: catalog
        id: a
        skills:
          - { id: widget-ops, name: Widget Ops }
          - { id: widget-ops, name: Widget Operations }
                  ^^^^^^^^^^ error duplicate-id: Skill id 'widget-ops' is already defined in a.skills.yaml:4
      `,
      'b.skills.yaml': `
        kind: catalog
        id: b
        skills:
          - { id: widget-ops, name: Widget Ops Again }
                  ^^^^^^^^^^ error duplicate-id: Skill id 'widget-ops' is already defined in a.skills.yaml:4
      `,
    });
  });

  it('reports each requires edge on a loop, spelling the loop out; an edge into a loop is fine', () => {
    check(`
      kind: catalog
      id: team
      skills:
        - { id: alpha, name: Alpha, requires: [{ skill: beta }] }
                                                        ^^^^ error cycle: requires loops: alpha → beta → gamma → alpha
        - { id: beta, name: Beta, requires: [{ skill: Gamma }] }
                                                      ^^^^^ error cycle: requires loops: beta → gamma → alpha → beta
        - { id: gamma, name: Gamma, requires: [{ skill: alpha }] }
                                                        ^^^^^ error cycle: requires loops: gamma → alpha → beta → gamma
        - { id: delta, name: Delta, requires: [{ skill: alpha }, { skill: delta }] }
                                                                          ^^^^^ error cycle: requires loops: delta → delta
    `);
  });
});
