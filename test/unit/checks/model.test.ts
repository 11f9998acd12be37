// The model's own codes, in the same fixture style as the checks (their messages in detail:
// test/unit/model/).
import { check } from './fixture';

describe('model diagnostics: yaml-syntax, schema, file-too-large; suppression comments', () => {
  it('reports a YAML error and a value outside the schema at the exact token', () => {
    check(`
      kind: candidate
      skills:
        - { skill: Python, level: 7 }
                                  ^ error schema: level must be 0–5 (0 none … 5 expert)
        - { skill: Go, levle: 2 }
                       ^^^^^ error schema: unknown key 'levle' — did you mean 'level'?
      name: Ada
      name: Ada Lovelace
      ^^^^ error yaml-syntax: duplicate key 'name' (first on line 5)
    `);
  });

  it('reports a file above the size limit once, at its start, and reads nothing of it', () => {
    check(`
      kind: candidate
      ^ →1:1 error file-too-large: file is 45 bytes; skillgap checks files up to 40 bytes
      name: MarÃ­a
      skills: [k8s]
    `, { maxFileBytes: 40 });
  });

  it('skillgap-disable-next-line removes the named codes (or all) from the next line only', () => {
    check(`
      kind: candidate
      skills:
        # skillgap-disable-next-line alias
        - { skill: k8s, level: 1 }
        # skillgap-disable-next-line unknown-skill
        - { skill: k8s, level: 1 }
                   ^^^ hint alias: k8s is an alias of Kubernetes
                   ^^^ warning duplicate-skill: Kubernetes is listed twice (on line 4)
        # skillgap-disable-next-line
        - { skill: qwzxv, level: 1 }
    `);
  });
});
