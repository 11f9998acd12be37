import { check, checkFix } from './fixture';

describe('checks: duplicate-skill', () => {
  it('reports a skill listed again, under any of its names, in a profile and in a role', () => {
    check(`
      kind: candidate
      skills:
        - { skill: Kubernetes, level: 2 }
        - { skill: Python, level: 3 }
        - { skill: k8s, level: 1 }
                   ^^^ hint alias: k8s is an alias of Kubernetes
                   ^^^ warning duplicate-skill: Kubernetes is listed twice (as 'Kubernetes' on line 3)
      ---
      kind: role
      id: r
      requirements:
        - { skill: Python, level: 3 }
        - { skill: Python, level: 4 }
                   ^^^^^^ warning duplicate-skill: Python is listed twice (on line 10)
        - { anyOf: [Python, Go], level: 2 }
    `);
  });

  it('fix: removes the second listing with its line', () => {
    checkFix(`
      kind: candidate
      skills:
        - { skill: Python, level: 3 }
        - { skill: Go, level: 2 }
        - { skill: Python, level: 1 }
      targets: []
    `, 'duplicate-skill', 'Remove this Python entry', `
      kind: candidate
      skills:
        - { skill: Python, level: 3 }
        - { skill: Go, level: 2 }
      targets: []
    `);
  });
});
