// Quick fixes never break a file (issue #17): every name a fix inserts goes through one YAML scalar
// writer (model/yaml-scalar.ts), so for any name — `#`, `: `, quotes, a leading `-` `*` `&` `!`,
// `null`, `true`, numbers, any Unicode — the fixed file parses and holds that exact name; inserted
// lines follow the file's line breaks; removing a duplicate leaves a valid list, flow or block.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'yaml';
import { parseSkillsFile } from '../../../server/src/model';
import type { Diagnostic, Fix } from '../../../server/src/model/types';
import { yamlScalar } from '../../../server/src/model/yaml-scalar';
import { Workspace } from '../../../server/src/workspace';
import { applyFix } from '../workspace/apply-edits';

const RUNS = 150;
const SEED = 20261201;

/** Names as hostile files and odd catalogs write them. */
const name = fc.oneof(
  fc.tuple(
    fc.constantFrom('', '-', '- ', '*', '&', '!', '?', '? ', '#', '%', '@', '`', '|', '>', "'", '"', '[', '{', ':', '---', '...', ' '),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
    fc.constantFrom('', ' #1', ': x', ' # c', ',', ', y', ']', '}', "'s", '"q"', '\\', ' ', '\t', ':'),
  ).map(([a, b, c]) => a + b + c),
  fc.constantFrom('null', 'true', 'False', '~', '1', '1.0', '0x1F', '1e3', '.inf', '-1', 'yes', 'Acme #1 Tool', 'a: b', 'C#', 'C++', 'Node.js', '*nix'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }),
  // Long names with line breaks (a double-quoted scalar over 40 characters is folded unless told not to).
  fc.array(fc.constantFrom('word', ' ', '\n', '\r\n', '#', ': ', '"', "'", '\\', '\t', 'é', '🚀'), { minLength: 10, maxLength: 40 }).map((a) => a.join('')),
);
const eol = fc.constantFrom('\n', '\r\n');

// The inputs are written with JSON.stringify (a JSON string is a valid YAML double-quoted scalar), not
// with the writer under test.
const lines = (eolText: string, ...l: string[]) => l.join(eolText) + eolText;
const found = (ws: Workspace, file: string, code: string, title: (t: string) => boolean): Fix | undefined =>
  ws.diagnostics(file).filter((d) => d.code === code).flatMap((d) => d.fixes ?? []).find((f) => title(f.title));
const syntaxErrors = (file: string, text: string): Diagnostic[] => parseSkillsFile(file, text).diagnostics.filter((d) => d.code === 'yaml-syntax');

/** No line break of the other kind was inserted: a CRLF file has no lone LF, an LF file no CR. */
function assertLineBreaks(text: string, eolText: string): void {
  if (eolText === '\r\n') assert.doesNotMatch(text, /[^\r]\n/, 'a lone LF in a CRLF file');
  else assert.doesNotMatch(text, /\r/, 'a CR in an LF file');
}

describe('quick fixes keep the file valid, for any name (property tests)', function () {
  this.timeout(60000);

  it('the scalar writer: one line, read back unchanged in a flow sequence, a flow mapping, a block mapping and a block list', () => {
    fc.assert(fc.property(name, (n) => {
      const w = yamlScalar(n);
      assert.doesNotMatch(w, /[\r\n]/);
      assert.deepEqual(parse(`k: [${w}, x]`), { k: [n, 'x'] });
      assert.deepEqual(parse(`k: { a: ${w}, b: x }`), { k: { a: n, b: 'x' } });
      assert.deepEqual(parse(`k: ${w}\nb: x`), { k: n, b: 'x' });
      assert.deepEqual(parse(`- ${w}\n- x`), [n, 'x']);
      const block = yamlScalar(n, false);
      assert.deepEqual(parse(`k: ${block}\nb: x`), { k: n, b: 'x' });
    }), { numRuns: 1000, seed: SEED });
  });

  it("'Replace with <canonical name>' (an alias written) leaves the canonical name in place, in flow and block lists", () => {
    fc.assert(fc.property(name, eol, fc.boolean(), (n, e, flow) => {
      const catalog = lines(e, 'kind: catalog', 'id: odd', 'skills:', `  - { id: odd-skill, name: ${JSON.stringify(n)}, aliases: [zz-odd-alias], category: Other }`);
      const written = flow ? '  - { skill: zz-odd-alias, level: 2 }' : '  - skill: zz-odd-alias';
      const candidate = lines(e, 'kind: candidate', 'name: Ada', 'skills:', written);
      const ws = new Workspace();
      ws.setFile('odd.skills.yaml', catalog);
      ws.setFile('ada.skills.yaml', candidate);
      fc.pre(syntaxErrors('odd.skills.yaml', catalog).length === 0);
      const fix = found(ws, 'ada.skills.yaml', 'alias', (t) => t.startsWith('Replace with'));
      fc.pre(fix !== undefined); // a name that resolves elsewhere first (a built-in skill's) gets no alias fix
      const after = applyFix(candidate, fix!);
      assert.deepEqual(syntaxErrors('ada.skills.yaml', after), []);
      assert.equal(parse(after).skills[0].skill ?? parse(after).skills[0], n);
      assertLineBreaks(after, e);
    }), { numRuns: RUNS, seed: SEED });
  });

  it("'Add <skill> at level 0' (a must-have missing) appends the skill the role names, in the list's style and line breaks", () => {
    fc.assert(fc.property(name, eol, fc.boolean(), (n, e, flow) => {
      const role = lines(e, 'kind: role', 'id: odd-role', 'title: Odd', 'requirements:', `  - { skill: ${JSON.stringify(n)}, level: 3, priority: must }`);
      const item = flow ? '  - { skill: Go, level: 2 }' : '  - skill: Go\n    level: 2'.replace(/\n/g, e);
      const candidate = lines(e, 'kind: candidate', 'name: Ada', 'skills:', item, 'targets: [odd-role]');
      const ws = new Workspace();
      ws.setFile('role.skills.yaml', role);
      ws.setFile('ada.skills.yaml', candidate);
      const missing = ws.diagnostics('ada.skills.yaml').find((d) => d.code === 'missing-skill');
      fc.pre(missing !== undefined); // a name that resolves to Go, or a role the schema refused
      const fix = missing!.fixes![0];
      const after = applyFix(candidate, fix);
      assert.deepEqual(syntaxErrors('ada.skills.yaml', after), []);
      assert.deepEqual(parse(after).skills[1], { skill: (missing!.data as { skills: string[] }).skills[0], level: 0 });
      assert.deepEqual(parse(after).targets, ['odd-role']);
      assertLineBreaks(after, e);
    }), { numRuns: RUNS, seed: SEED });
  });

  it("'Add <name> to the … catalog' (an unknown skill) writes a catalog entry that holds the name, in the catalog's style and line breaks", () => {
    fc.assert(fc.property(name, eol, eol, fc.boolean(), (n, catalogEol, candidateEol, flow) => {
      const entry = flow ? '  - { id: known, name: Known Thing, category: Other }' : ['  - id: known', '    name: Known Thing', '    category: Other'].join(catalogEol);
      const catalog = lines(catalogEol, 'kind: catalog', 'id: team', 'skills:', entry);
      const candidate = lines(candidateEol, 'kind: candidate', 'name: Ada', 'skills:', `  - { skill: ${JSON.stringify(n)}, level: 2 }`);
      const ws = new Workspace();
      ws.setFile('team.skills.yaml', catalog);
      ws.setFile('ada.skills.yaml', candidate);
      const fix = found(ws, 'ada.skills.yaml', 'unknown-skill', (t) => t.startsWith('Add '));
      fc.pre(fix !== undefined); // the name resolves (a built-in skill), or is empty for the schema
      assert.deepEqual(fix!.edits.map((x) => x.file), ['team.skills.yaml']);
      const after = applyFix(catalog, fix!, 'team.skills.yaml');
      const parsed = parseSkillsFile('team.skills.yaml', after);
      assert.deepEqual(parsed.diagnostics.filter((d) => d.code === 'yaml-syntax'), []);
      const skills = parse(after).skills as { id: string; name: string }[];
      assert.equal(skills.length, 2);
      assert.equal(skills[1].name, n);
      assertLineBreaks(after, catalogEol);
    }), { numRuns: RUNS, seed: SEED });
  });

  it('removing a duplicate leaves a valid list with the other items in order, flow (one line or several) or block', () => {
    const skill = fc.constantFrom('Python', 'Go', 'Rust', 'Java', 'SQL');
    const style = fc.constantFrom('flow', 'flow-lines', 'flow-mixed', 'block', 'block-flow-items');
    fc.assert(fc.property(fc.array(skill, { minLength: 2, maxLength: 7 }), style, eol, (names, s, e) => {
      fc.pre(new Set(names).size < names.length);
      const item = (x: string, i: number) => `{ skill: ${x}, level: ${i % 6} }`;
      const list = s === 'flow' ? [`skills: [${names.map(item).join(', ')}]`]
        : s === 'flow-lines' ? ['skills: [', ...names.map((x, i) => `  ${item(x, i)}${i < names.length - 1 ? ',' : ''}`), ']']
        : s === 'flow-mixed' ? ['skills: [', ...names.map((x, i) => `  ${item(x, i)}${i < names.length - 1 ? ',' : ']'}`)]
        : s === 'block' ? ['skills:', ...names.flatMap((x, i) => [`  - skill: ${x}`, `    level: ${i % 6}`])]
        : ['skills:', ...names.map((x, i) => `  - ${item(x, i)}`)];
      const text = lines(e, 'kind: candidate', 'name: Ada', ...list, 'targets: []');
      const ws = new Workspace();
      ws.setFile('a.skills.yaml', text);
      const duplicates = ws.diagnostics('a.skills.yaml').filter((d) => d.code === 'duplicate-skill');
      assert.ok(duplicates.length > 0);
      for (const d of duplicates) {
        const after = applyFix(text, d.fixes![0]);
        assert.deepEqual(syntaxErrors('a.skills.yaml', after), [], after);
        assert.doesNotMatch(after, /,\s*,/);
        const removed = ws.candidates('a.skills.yaml')[0].skills.findIndex((x) => JSON.stringify(x.skill.range) === JSON.stringify(d.range));
        assert.ok(removed > 0);
        const expected = (parse(text).skills as unknown[]).filter((_, i) => i !== removed);
        assert.deepEqual(parse(after).skills, expected, after);
        assert.deepEqual(parse(after).targets, []);
        assertLineBreaks(after, e);
      }
    }), { numRuns: RUNS * 2, seed: SEED });
  });

  it('the issue\'s examples: Acme #1 Tool, a flow list, a CRLF file', () => {
    const ws = new Workspace();
    ws.setFile('team.skills.yaml', 'kind: catalog\nid: team\nskills:\n  - { id: acme-1, name: "Acme #1 Tool", aliases: [acmetool], category: Tools }\n');
    const candidate = 'kind: candidate\r\nname: Ada\r\nskills: [{ skill: acmetool, level: 2 }, { skill: Go, level: 1 }, { skill: Go, level: 3 }]\r\ntargets: [r]\r\n';
    ws.setFile('ada.skills.yaml', candidate);
    ws.setFile('r.skills.yaml', 'kind: role\nid: r\ntitle: R\nrequirements:\n  - { skill: "Acme #2 Tool", level: 3, priority: must }\n');
    const fix = (code: string) => ws.diagnostics('ada.skills.yaml').find((d) => d.code === code)!.fixes![0];
    assert.equal(applyFix(candidate, fix('alias')),
      'kind: candidate\r\nname: Ada\r\nskills: [{ skill: "Acme #1 Tool", level: 2 }, { skill: Go, level: 1 }, { skill: Go, level: 3 }]\r\ntargets: [r]\r\n');
    assert.equal(applyFix(candidate, fix('duplicate-skill')),
      'kind: candidate\r\nname: Ada\r\nskills: [{ skill: acmetool, level: 2 }, { skill: Go, level: 1 }]\r\ntargets: [r]\r\n');
    const block = 'kind: candidate\r\nname: Ada\r\nskills:\r\n  - { skill: Go, level: 1 }\r\ntargets: [r]\r\n';
    ws.setFile('ada.skills.yaml', block);
    assert.equal(applyFix(block, fix('missing-skill')),
      'kind: candidate\r\nname: Ada\r\nskills:\r\n  - { skill: Go, level: 1 }\r\n  - { skill: "Acme #2 Tool", level: 0 }\r\ntargets: [r]\r\n');
  });
});
