import assert from 'node:assert/strict';
import { Workspace } from '../../../server/src/workspace';
import { applyFix } from './apply-edits';

const ROLE_BASE = `kind: role
id: ml-engineer
title: ML Engineer
requirements:
  - { skill: Python, level: 3, priority: must }
  - { skill: Docker, level: 2, priority: must }
`;
const ROLE_SENIOR = `kind: role
id: senior-ml-engineer
title: Senior ML Engineer
extends: ml-engineer
requirements:
  - { skill: Kubernetes, level: 2, priority: must }
`;
const CANDIDATE = `kind: candidate
name: Ada
skills:
  - { skill: Python, level: 3 }
targets: [senior-ml-engineer]
`;
const OTHER = `kind: candidate
name: Bo
skills:
  - { skill: Go, level: 3 }
targets: [data-engineer]
`;
const CATALOG = `kind: catalog
id: team
skills:
  - id: widget-ops
    name: Widget Ops
`;

function workspace(files: Record<string, string>): Workspace {
  const ws = new Workspace({ today: '2026-11-27' });
  for (const [file, text] of Object.entries(files)) ws.setFile(file, text);
  return ws;
}

const codes = (ws: Workspace, file: string) => ws.diagnostics(file).map((d) => d.code);
const messages = (ws: Workspace, file: string, code: string) => ws.diagnostics(file).filter((d) => d.code === code).map((d) => d.message);

describe('Workspace', () => {
  it('resolves a candidate target through extends and reports the inherited must-haves it lacks', () => {
    const ws = workspace({ 'base.skills.yaml': ROLE_BASE, 'senior.skills.yaml': ROLE_SENIOR, 'ada.skills.yaml': CANDIDATE });
    assert.deepEqual(messages(ws, 'ada.skills.yaml', 'missing-skill'), ['Missing 2 must-have skills for Senior ML Engineer: Docker, Kubernetes']);
  });

  it('returns exactly the files an edit can affect', () => {
    const ws = workspace({ 'base.skills.yaml': ROLE_BASE, 'senior.skills.yaml': ROLE_SENIOR, 'ada.skills.yaml': CANDIDATE, 'bo.skills.yaml': OTHER });
    // A role edit reaches the role extending it and the candidate targeting that one, not Bo.
    assert.deepEqual(ws.setFile('base.skills.yaml', ROLE_BASE.replace('level: 2', 'level: 3')).sort(), ['ada.skills.yaml', 'base.skills.yaml', 'senior.skills.yaml']);
    // A candidate edit affects only itself.
    assert.deepEqual(ws.setFile('bo.skills.yaml', OTHER.replace('level: 3', 'level: 4')), ['bo.skills.yaml']);
    // An unchanged text affects nothing.
    assert.deepEqual(ws.setFile('bo.skills.yaml', OTHER.replace('level: 3', 'level: 4')), []);
    // A catalog changes how every skill resolves: every file.
    assert.deepEqual(ws.setFile('team.skills.yaml', CATALOG).sort(), ['ada.skills.yaml', 'base.skills.yaml', 'bo.skills.yaml', 'senior.skills.yaml', 'team.skills.yaml']);
  });

  it('computes a report once and keeps it until the candidate, a role of its chain or a catalog changes', () => {
    const ws = workspace({ 'base.skills.yaml': ROLE_BASE, 'senior.skills.yaml': ROLE_SENIOR, 'ada.skills.yaml': CANDIDATE, 'bo.skills.yaml': OTHER });
    const first = ws.report('ada.skills.yaml');
    assert.equal(ws.report('ada.skills.yaml'), first, 'asked again: the same model');
    assert.notEqual(ws.report('ada.skills.yaml', undefined, { today: '2027-01-01' }), first, 'another date: another model');
    ws.setFile('bo.skills.yaml', OTHER.replace('level: 3', 'level: 4'));
    assert.equal(ws.report('ada.skills.yaml'), first, 'an unrelated candidate changed');
    ws.setFile('base.skills.yaml', ROLE_BASE.replace('{ skill: Docker, level: 2, priority: must }', '{ skill: Docker, level: 2, priority: nice }'));
    const afterRole = ws.report('ada.skills.yaml');
    assert.notEqual(afterRole, first, 'the parent role changed');
    assert.deepEqual(afterRole.requirements.filter((r) => r.priority === 'must').map((r) => r.skills.join('/')), ['Python', 'Kubernetes']);
    ws.setFile('team.skills.yaml', CATALOG);
    assert.notEqual(ws.report('ada.skills.yaml'), afterRole, 'a catalog appeared');
    const beforeEdit = ws.report('ada.skills.yaml');
    ws.setFile('ada.skills.yaml', CANDIDATE.replace('level: 3', 'level: 4'));
    assert.notEqual(ws.report('ada.skills.yaml'), beforeEdit, 'the candidate changed');
  });

  it('re-checks a candidate when the role it targets changes, and when the role file is deleted', () => {
    const ws = workspace({ 'base.skills.yaml': ROLE_BASE, 'senior.skills.yaml': ROLE_SENIOR, 'ada.skills.yaml': CANDIDATE });
    ws.setFile('senior.skills.yaml', ROLE_SENIOR.replace('Kubernetes', 'Terraform'));
    assert.deepEqual(messages(ws, 'ada.skills.yaml', 'missing-skill'), ['Missing 2 must-have skills for Senior ML Engineer: Docker, Terraform']);
    assert.deepEqual(ws.removeFile('senior.skills.yaml').sort(), ['ada.skills.yaml']);
    assert.deepEqual(messages(ws, 'ada.skills.yaml', 'unknown-role'), ["Unknown role 'senior-ml-engineer': no role in the workspace has this id"]);
  });

  it('re-checks unknown role references elsewhere when a role id appears or goes (their did-you-mean changes)', () => {
    const candidate = 'kind: candidate\nname: Bo\ntargets: [ml-enginer]\n';
    const ws = workspace({ 'bo.skills.yaml': candidate, 'base.skills.yaml': ROLE_BASE });
    assert.deepEqual(messages(ws, 'bo.skills.yaml', 'unknown-role'), ["Unknown role 'ml-enginer' — did you mean 'ml-engineer'?"]);
    assert.deepEqual(ws.setFile('base.skills.yaml', 'kind: candidate\n').sort(), ['base.skills.yaml', 'bo.skills.yaml']);
    assert.deepEqual(messages(ws, 'bo.skills.yaml', 'unknown-role'), ["Unknown role 'ml-enginer': no role in the workspace has this id"]);
  });

  it('honours # skillgap-disable-next-line for the named code only', () => {
    const text = `kind: candidate
name: Ada
skills:
  # skillgap-disable-next-line alias
  - { skill: k8s, level: 2 }
  - { skill: golang, level: 2 }
`;
    const ws = workspace({ 'ada.skills.yaml': text });
    const diags = ws.diagnostics('ada.skills.yaml');
    assert.deepEqual(diags.map((d) => [d.code, d.range.start.line, d.message]), [['alias', 5, 'golang is an alias of Go']]);
  });

  it('offers fixes that, applied, leave valid files without the diagnostic', () => {
    const text = `kind: candidate
name: Ada
education:
  - { degree: "Bachelorâ€™s", institution: X }
skills:
  - { skill: Python, level: 3 }
  - { skill: k8s, level: 1 }
  - { skill: Kubernets, level: 1 }
  - { skill: python, level: 2 }
targets: [ml-engineer]
`;
    const ws = workspace({ 'base.skills.yaml': ROLE_BASE, 'ada.skills.yaml': text });
    const fixFor = (code: string) => {
      const d = ws.diagnostics('ada.skills.yaml').find((x) => x.code === code);
      assert.ok(d?.fixes?.[0], `a fix for ${code}`);
      return d.fixes[0];
    };
    const expectations: [string, string, RegExp][] = [
      ['alias', "Replace with 'Kubernetes'", /- \{ skill: Kubernetes, level: 1 \}\n  - \{ skill: Kubernets/],
      ['unknown-skill', "Replace with 'Kubernetes'", /- \{ skill: Kubernetes, level: 1 \}\n  - \{ skill: python/],
      ['duplicate-skill', 'Remove this Python entry', /Kubernets, level: 1 \}\ntargets/],
      ['mojibake', "Replace with 'Bachelor’s'", /degree: "Bachelor’s"/],
      ['missing-skill', 'Add Docker at level 0', /- \{ skill: python, level: 2 \}\n  - \{ skill: Docker, level: 0 \}\ntargets/],
    ];
    for (const [code, title, shape] of expectations) {
      const fix = fixFor(code);
      assert.equal(fix.title, title);
      const fixed = applyFix(text, fix);
      assert.match(fixed, shape);
      const after = workspace({ 'base.skills.yaml': ROLE_BASE, 'ada.skills.yaml': fixed });
      const remaining = codes(after, 'ada.skills.yaml');
      assert.ok(!remaining.includes('schema') && !remaining.includes('yaml-syntax'), `${code} fix keeps the file valid: ${remaining}`);
      assert.equal(remaining.filter((c) => c === code).length, codes(ws, 'ada.skills.yaml').filter((c) => c === code).length - 1, `${code} fix removes one ${code}`);
    }
  });

  it('removes a duplicate on the last line of a file without a final line break, and the line break before it', () => {
    const text = 'kind: candidate\nname: Ada\nskills:\n  - { skill: Go, level: 2 }\n  - { skill: golang, level: 3 }';
    const ws = workspace({ 'ada.skills.yaml': text });
    const d = ws.diagnostics('ada.skills.yaml').find((x) => x.code === 'duplicate-skill');
    assert.deepEqual(d?.fixes?.[0].edits, [{ range: { start: { line: 3, character: 27 }, end: { line: 4, character: 31 } }, newText: '' }]);
    assert.equal(applyFix(text, d!.fixes![0]), 'kind: candidate\nname: Ada\nskills:\n  - { skill: Go, level: 2 }');
  });

  it('offers to add an unknown skill to the workspace catalog, after which it resolves', () => {
    const candidate = 'kind: candidate\nname: Ada\nskills:\n  - { skill: Gizmo Tuning, level: 2 }\n';
    const ws = workspace({ 'team.skills.yaml': CATALOG, 'ada.skills.yaml': candidate });
    const d = ws.diagnostics('ada.skills.yaml').find((x) => x.code === 'unknown-skill');
    const fix = d?.fixes?.find((f) => f.title === "Add 'Gizmo Tuning' to the team catalog");
    assert.ok(fix, JSON.stringify(d?.fixes));
    assert.ok(fix.edits.every((e) => e.file === 'team.skills.yaml'));
    const catalog = applyFix(CATALOG, fix, 'team.skills.yaml');
    assert.equal(catalog, `${CATALOG.trimEnd()}\n  - id: gizmo-tuning\n    name: Gizmo Tuning\n    category: Other\n`);
    ws.setFile('team.skills.yaml', catalog);
    assert.deepEqual(codes(ws, 'team.skills.yaml'), []);
    assert.deepEqual(codes(ws, 'ada.skills.yaml'), []);
  });

  it('lists role references and skill references across files', () => {
    const ws = workspace({ 'base.skills.yaml': ROLE_BASE, 'senior.skills.yaml': ROLE_SENIOR, 'ada.skills.yaml': CANDIDATE });
    assert.deepEqual(ws.roleReferences('ml-engineer').map((r) => [r.file, r.kind, r.range.start.line, r.range.start.character]), [
      ['base.skills.yaml', 'definition', 1, 4],
      ['senior.skills.yaml', 'extends', 3, 9],
    ]);
    assert.deepEqual(ws.skillReferences('python').map((r) => [r.file, r.range.start.line, r.range.start.character]), [
      ['ada.skills.yaml', 3, 13],
      ['base.skills.yaml', 4, 13],
    ]);
  });

  it('gives a report the errors of every file it reads (candidate, its roles, workspace catalogs), not of other files', () => {
    const ws = workspace({
      'ada.skills.yaml': CANDIDATE.replace('level: 3 }', 'levle: 3 }'),
      'base.skills.yaml': ROLE_BASE.replace('level: 2, priority: must', 'level: 7, priority: must'),
      'senior.skills.yaml': ROLE_SENIOR,
      'team.skills.yaml': CATALOG.replace('name: Widget Ops', 'name: Widget Ops\n    effort: { hours: [1, 2, 3, 2, 5] }'),
      'bo.skills.yaml': OTHER.replace('level: 3 }', 'levle: 3 }'),
    });
    assert.deepEqual(ws.report('ada.skills.yaml').inputErrors, [
      { file: 'ada.skills.yaml', line: 4, column: 22, code: 'schema', message: "unknown key 'levle' — did you mean 'level'?" },
      { file: 'base.skills.yaml', line: 6, column: 29, code: 'schema', message: 'level must be 0–5 (0 none … 5 expert)' },
      { file: 'team.skills.yaml', line: 6, column: 32, code: 'schema', message: 'effort step 3→4 (2 h) is cheaper than 2→3 (3 h): steps never get cheaper as the level rises' },
    ]);
    assert.deepEqual(workspace({ 'ada.skills.yaml': CANDIDATE, 'base.skills.yaml': ROLE_BASE, 'senior.skills.yaml': ROLE_SENIOR, 'bo.skills.yaml': OTHER.replace('level: 3 }', 'levle: 3 }') })
      .report('ada.skills.yaml').inputErrors, []);
  });

  it('adds files parsed ahead as setFiles does, parsing again those read under another size limit', () => {
    const files: Record<string, string> = { 'base.skills.yaml': ROLE_BASE, 'senior.skills.yaml': ROLE_SENIOR, 'ada.skills.yaml': CANDIDATE, 'team.skills.yaml': CATALOG };
    const ws = new Workspace({ today: '2026-11-27' });
    const ahead = Object.entries(files).map(([file, text]) => ws.parseAhead(file, text));
    assert.deepEqual(ws.files(), [], 'parsing ahead leaves the workspace as it was');
    ws.setParsedFiles(ahead);
    const expected = workspace(files);
    for (const file of Object.keys(files)) assert.deepEqual(ws.diagnostics(file), expected.diagnostics(file));
    assert.deepEqual(ws.report('ada.skills.yaml'), expected.report('ada.skills.yaml'));

    const small = new Workspace({ today: '2026-11-27' });
    const early = small.parseAhead('ada.skills.yaml', CANDIDATE);
    small.setOptions({ maxFileBytes: 20 });
    small.setParsedFiles([early]);
    assert.deepEqual(codes(small, 'ada.skills.yaml'), ['file-too-large']);
  });
});
