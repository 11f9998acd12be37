import assert from 'node:assert/strict';
import { MAX_DIAGNOSTICS_PER_FILE, problemCounts } from '../../../server/src/checks/cap';
import { Workspace } from '../../../server/src/workspace';
import { check } from './fixture';

describe('checks: too-many-problems (at most 1,000 diagnostics per file)', () => {
  it('keeps the 1,000 most severe and counts the rest in one diagnostic at the first one left out', () => {
    const targets = Array.from({ length: MAX_DIAGNOSTICS_PER_FILE + 1 }, (_, i) => `r${i}`);
    const unknown = (id: string) => `  - ${id}\n    ${'^'.repeat(id.length)} error unknown-role: Unknown role '${id}': no role in the workspace has this id`;
    // 1,001 errors and 2 hints: the hints and the last error are left out; the summary sits on the first hint.
    check(`
      kind: candidate
      name: Ada
      skills:
        - { skill: k8s, level: 1 }
                   ^^^ error too-many-problems: 3 more problems in this file are not listed (1 error, 2 hints): skillgap lists 1,000 per file, the most severe first; the first one not listed is here
        - { skill: golang, level: 1 }
      targets:
${targets.slice(0, -1).map(unknown).join('\n').replace(/^/gm, '      ')}
        - r1000
    `);
  });

  it('counts the problems a summary stands for, so exit codes and --max-warnings stay exact', () => {
    const ws = new Workspace();
    const skills = Array.from({ length: 1500 }, (_, i) => `  - { skill: k8s, level: ${i % 6} }`).join('\n');
    ws.setFile('a.skills.yaml', `kind: candidate\nname: Ada\nskills:\n${skills}\n`);
    const diagnostics = ws.diagnostics('a.skills.yaml');
    assert.equal(diagnostics.length, MAX_DIAGNOSTICS_PER_FILE + 1);
    // 1,499 duplicate-skill warnings and 1,500 alias hints: all 1,000 listed are warnings.
    assert.deepEqual(problemCounts(diagnostics), { error: 0, warning: 1499, information: 0, hint: 1500 });
    assert.deepEqual(problemCounts(diagnostics.slice(0, -1)), { error: 0, warning: 1000, information: 0, hint: 0 });
    assert.equal(diagnostics.at(-1)!.severity, 'warning');
  });
});
