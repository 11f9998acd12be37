// Hostile YAML: each input gets a clear diagnostic (exact code and message), and the
// rest of the file is still analysed where it can be. Times are printed for SECURITY.md.
import assert from 'node:assert/strict';
import { parseSkillsFile } from '../../../server/src/model';
import { MAX_ALIAS_EXPANSION } from '../../../server/src/model/aliases';
import { MAX_NESTING } from '../../../server/src/model/nesting';
import type { Diagnostic } from '../../../server/src/model/types';
import { Workspace } from '../../../server/src/workspace';
import { diagnosticProblems, timed } from './invariants';

const lines = (...l: string[]) => l.join('\n') + '\n';
const GOOD_CANDIDATE = lines('---', 'kind: candidate', 'name: Ada', 'skills:', '  - { skill: Pytorch2, level: 2 }', 'targets: [no-such-role]');
const brief = (d: Diagnostic) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`;

/** The workspace's diagnostics for one file, with the time taken (parse + checks). */
function check(text: string, maxFileBytes?: number): { diagnostics: Diagnostic[]; ms: number } {
  const ws = new Workspace({ today: '2026-11-27', ...(maxFileBytes !== undefined && { maxFileBytes }) });
  const r = timed(() => { ws.setFile('hostile.skills.yaml', text); return ws.diagnostics('hostile.skills.yaml'); });
  if (r.error !== undefined) throw r.error;
  assert.deepEqual(diagnosticProblems(ws.text('hostile.skills.yaml')!, r.value!), []);
  return { diagnostics: r.value!, ms: r.ms };
}

/** The good candidate after the hostile part still gets its semantic diagnostics. */
function assertCandidateChecked(diagnostics: Diagnostic[], firstLine: number): void {
  assert.deepEqual(diagnostics.filter((d) => d.code === 'unknown-skill' || d.code === 'unknown-role').map(brief), [
    `unknown-skill ${firstLine + 4}:13-${firstLine + 4}:21 Unknown skill 'Pytorch2' — did you mean PyTorch?`,
    `unknown-role ${firstLine + 5}:10-${firstLine + 5}:22 Unknown role 'no-such-role': no role in the workspace has this id`,
  ]);
}

describe('hostile YAML', function () {
  this.timeout(30000);
  const times: string[] = [];
  after(() => console.log(`      times: ${times.join(', ')}`));
  // Times are printed for SECURITY.md, not asserted (a clock in a test fails on a loaded machine): what is
  // asserted is what each guard does; the suite's time limit is the fuse against a regression to minutes.
  const within = (name: string, ms: number) => {
    times.push(`${name} ${ms.toFixed(0)} ms`);
  };

  it(`alias bomb ("billion laughs"): aliases adding more than ${MAX_ALIAS_EXPANSION} nodes stop that document, not the file`, () => {
    const bomb = ['kind: candidate', 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 9; i++) bomb.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`); // 9^9 nodes when expanded
    const text = lines(...bomb) + GOOD_CANDIDATE;
    const { diagnostics, ms } = check(text);
    within('alias bomb', ms);
    // *a0…*a3 add 74,682 nodes in all; the first *a4 (66,430 nodes) passes the budget, on line 6.
    assert.equal(brief(diagnostics[0]), 'yaml-syntax 6:9-6:12 aliases expand this document by more than 100,000 nodes: this document is not checked');
    assert.equal(diagnostics.filter((d) => d.code === 'schema').length, 0); // the bomb document is not validated (never expanded)
    assertCandidateChecked(diagnostics, bomb.length);
  });

  it('a few aliases under the limit are still read (no false alarm)', () => {
    const { diagnostics } = check(lines('kind: candidate', 'name: &n Ada', 'headline: *n', 'skills: []'));
    assert.deepEqual(diagnostics.map(brief), []);
  });

  it('10,000-level flow nesting ([[[[…) is refused quickly, and the next document is read', () => {
    const text = lines('kind: candidate', `skills: ${'['.repeat(10000)}${']'.repeat(10000)}`) + GOOD_CANDIDATE;
    const { diagnostics, ms } = check(text);
    within('flow nesting 10k', ms);
    assert.equal(brief(diagnostics[0]), `yaml-syntax 1:${7 + MAX_NESTING}-1:${8 + MAX_NESTING} collections nested more than ${MAX_NESTING} levels deep: this document is not checked`);
    assertCandidateChecked(diagnostics, 2);
  });

  it('10,000-level flow nesting left unclosed', () => {
    const { diagnostics, ms } = check(lines('kind: candidate', `skills: ${'{ a: '.repeat(10000)}`));
    within('unclosed flow nesting 10k', ms);
    assert.deepEqual(diagnostics.map(brief), [`yaml-syntax 1:${3 + 5 * MAX_NESTING}-1:${4 + 5 * MAX_NESTING} collections nested more than ${MAX_NESTING} levels deep: this document is not checked`]);
  });

  it('10,000-level block nesting (compact `- - - …`) is refused quickly', () => {
    const text = lines('kind: candidate', 'skills:', `${'- '.repeat(10000)}x`) + GOOD_CANDIDATE;
    const { diagnostics, ms } = check(text);
    within('block nesting 10k', ms);
    assert.equal(brief(diagnostics[0]), `yaml-syntax 2:${2 * MAX_NESTING - 2}-2:${2 * MAX_NESTING - 1} collections nested more than ${MAX_NESTING} levels deep: this document is not checked`);
    assertCandidateChecked(diagnostics, 3);
  });

  it('1,000-level block nesting by indentation (500 KB) is refused', () => {
    const nested = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`);
    const { diagnostics, ms } = check(lines('kind: candidate', 'skills:', ...nested));
    within('indented nesting 1k', ms);
    assert.deepEqual(diagnostics.map(brief), [`yaml-syntax 101:${MAX_NESTING}-101:${MAX_NESTING + 1} collections nested more than ${MAX_NESTING} levels deep: this document is not checked`]);
  });

  it('nesting just under the limit is read normally', () => {
    const depth = MAX_NESTING - 2; // + the root map + `skills`
    const { diagnostics } = check(lines('kind: candidate', `skills: ${'['.repeat(depth)}${']'.repeat(depth)}`));
    assert.deepEqual(diagnostics.map(brief), [`schema 1:9-1:${7 + 2 * depth} skills[0] must be a mapping (key: value), e.g. { skill: Python, level: 4, years: 3 }`]);
  });

  describe('a 10 MB single line', () => {
    const text = lines('kind: candidate', `name: ${'x'.repeat(10 * 1024 * 1024)}`, 'skills: []');
    it('is file-too-large at the default 5 MB, without being parsed', () => {
      const { diagnostics, ms } = check(text);
      within('10 MB at default limit', ms);
      assert.deepEqual(diagnostics.map(brief), [`file-too-large 0:0-0:0 file is ${text.length} bytes; skillgap checks files up to 5242880 bytes`]);
    });
    it('with maxBytes raised, is read', () => {
      const { diagnostics, ms } = check(text, 20 * 1024 * 1024);
      within('10 MB with maxBytes 20 MB', ms);
      assert.deepEqual(diagnostics.map(brief), []);
    });
  });

  it('NUL bytes: one error per line, and the rest is still checked', () => {
    const { diagnostics } = check(lines('kind: candidate', 'name: Ada\u0000Lovelace', 'skills:', '  - { skill: Pytorch2, level: 2 }'));
    assert.deepEqual(diagnostics.map(brief), [
      'yaml-syntax 1:9-1:10 control character U+0000 is not allowed in YAML (is this a binary file?)',
      "unknown-skill 3:13-3:21 Unknown skill 'Pytorch2' — did you mean PyTorch?",
    ]);
  });

  it('binary content: at most 11 control-character errors', () => {
    const bytes = Buffer.from(Array.from({ length: 64 * 1024 }, (_, i) => (i * 7919 + (i >> 3)) % 256));
    const { diagnostics, ms } = check(bytes.toString('utf8'));
    within('64 KB binary', ms);
    const control = diagnostics.filter((d) => /control character/.test(d.message));
    assert.equal(control.length, 11);
    assert.equal(control[0].message, 'control character U+0000 is not allowed in YAML (is this a binary file?)');
    assert.equal(control[10].message, 'more lines hold control characters (not reported): is this a binary file?');
  });

  it('invalid UTF-8 (decoded by Node with U+FFFD, as the CLI reads files) is pointed at', () => {
    const bytes = Buffer.concat([Buffer.from('kind: candidate\nname: Ada\neducation:\n  - { degree: Bachelor'), Buffer.from([0xe2, 0x80, 0xff]), Buffer.from('s degree }\nskills: []\n')]);
    const { diagnostics } = check(bytes.toString('utf8'));
    assert.deepEqual(diagnostics.map(brief), [
      "mojibake 3:14-3:32 'Bachelor\uFFFD\uFFFDs' holds U+FFFD (\uFFFD), the mark of bytes that were not valid UTF-8: retype the lost character and save the file as UTF-8",
    ]);
  });

  it('a BOM is dropped and ranges stay right', () => {
    const { diagnostics } = check('\uFEFF' + lines('kind: candidate', 'skills:', '  - { skill: Pytorch2, level: 2 }'));
    assert.deepEqual(diagnostics.map(brief), ["unknown-skill 2:13-2:21 Unknown skill 'Pytorch2' — did you mean PyTorch?"]);
  });

  it('CRLF line ends: ranges are the same as with LF, and stop before the \\r', () => {
    const lf = lines('kind: candidate', 'name: Ada', 'nmae: Ada', 'skills:', '  - { skill: Pytorch2, level: 9 }', 'targets: [nope]');
    const crlf = check(lf.replace(/\n/g, '\r\n')).diagnostics.map(brief);
    assert.deepEqual(crlf, check(lf).diagnostics.map(brief));
    assert.deepEqual(crlf, [
      "schema 2:0-2:4 unknown key 'nmae' (expected one of: kind, name, headline, summary, experience, education, skills, targets, availability, preferences)",
      "unknown-skill 4:13-4:21 Unknown skill 'Pytorch2' — did you mean PyTorch?",
      'schema 4:30-4:31 level must be 0–5 (0 none … 5 expert)',
      "unknown-role 5:10-5:14 Unknown role 'nope': no role in the workspace has this id",
    ]);
  });

  it('duplicate keys after an empty value, with CRLF: on the repeated key', () => {
    const { diagnostics } = check('kind: candidate\r\nname:\r\nname: Ada\r\nskills: []\r\n');
    assert.deepEqual(diagnostics.map(brief), ["yaml-syntax 2:0-2:4 duplicate key 'name' (first on line 2)"]);
  });

  it('tabs as indentation', () => {
    const { diagnostics } = check(lines('kind: candidate', 'skills:', '\t- { skill: Python }'));
    assert.equal(brief(diagnostics[0]), 'yaml-syntax 2:0-2:1 Tabs are not allowed as indentation');
  });

  it('duplicate keys: on the repeated key, pointing at the first', () => {
    const { diagnostics } = check(lines('kind: role', 'id: a', 'title: A', 'id: b', 'requirements: []'));
    assert.deepEqual(diagnostics.map(brief), ["yaml-syntax 3:0-3:2 duplicate key 'id' (first on line 2)"]);
  });

  it('merge keys (<<) are not YAML 1.2: reported as the unknown key they are', () => {
    const { diagnostics } = check(lines('kind: candidate', 'skills:', '  - &p { skill: Python, level: 2 }', '  - { <<: *p, level: 3 }'));
    assert.deepEqual(diagnostics.map(brief), [
      "schema 3:6-3:8 missing required 'skill'",
      "schema 3:6-3:8 unknown key '<<' (expected one of: skill, level, years)",
    ]);
  });

  it('unknown tags (!!python/object, !foo) are unresolved, never constructed', () => {
    const { diagnostics } = check(lines('kind: candidate', 'name: !!python/object/apply:os.system ["echo pwned"]', 'headline: !foo AI', 'skills: []'));
    assert.deepEqual(diagnostics.map(brief), [
      'yaml-syntax 1:6-1:37 Unresolved tag: tag:yaml.org,2002:python/object/apply:os.system',
      'schema 1:38-1:52 name must be text',
      'yaml-syntax 2:10-2:14 Unresolved tag: !foo',
    ]);
  });

  it('several documents of mixed kinds: a broken one does not hide the others', () => {
    const text = lines('kind: role', 'id: r', 'requirements: [{ skill: Python, level: 7 }', '---', 'kind: catalog', 'id: c', 'skills: [{ id: x, requires: [{ skill: Pytorch2 }] }]', '---', 'kind: teapot') + GOOD_CANDIDATE;
    const { diagnostics } = check(text);
    assert.deepEqual(diagnostics.map(brief), [
      'yaml-syntax 3:0-3:1 Flow sequence in block collection must be sufficiently indented and end with a ]',
      "unknown-skill 6:38-6:46 Unknown skill 'Pytorch2' — did you mean PyTorch?",
      "schema 8:6-8:12 unknown kind 'teapot' (expected candidate, role or catalog)",
      "unknown-skill 13:13-13:21 Unknown skill 'Pytorch2' — did you mean PyTorch?",
      "unknown-role 14:10-14:22 Unknown role 'no-such-role': no role in the workspace has this id",
    ]);
  });

  it('the model alone never throws on any of these', () => {
    for (const text of ['\u0000'.repeat(1000), '\uD800', ']]]]', '&a [*a]', '*a', '!<tag:x> 1', '%YAML 9.9\n---\nkind: role', '? [a]\n: b', 'kind: candidate\nname: |-\n'.repeat(100)]) {
      const r = timed(() => parseSkillsFile('f', text));
      assert.equal(r.error, undefined, JSON.stringify(text));
      assert.deepEqual(diagnosticProblems(r.value!.text, r.value!.diagnostics), []);
    }
  });
});
