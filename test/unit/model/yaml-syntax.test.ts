import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseSkillsFile } from '../../../server/src/model';
import { at, problems, yaml } from './helpers';

describe('model: YAML syntax, recovery and hostile input', () => {
  it('a syntax error in document 1 does not stop document 2 from being checked', () => {
    const file = parseSkillsFile('f', yaml('kind: role', 'id: [a', '---', 'kind: candidate', 'name: x', 'levle: 1'));
    assert.deepEqual(file.diagnostics.map((d) => `${d.code} ${d.severity} ${at(d.range)} ${d.message}`), [
      'yaml-syntax error 2:0-2:1 Flow sequence in block collection must be sufficiently indented and end with a ]',
      "schema error 5:0-5:5 unknown key 'levle' (expected one of: kind, name, headline, summary, experience, education, skills, targets, availability, preferences)",
    ]);
    assert.deepEqual(file.documents.map((d) => [d.index, d.doc?.kind]), [[0, 'role'], [1, 'candidate']]);
  });

  it('keeps checking the valid parts of a broken document', () => {
    const text = yaml('kind: candidate', 'skills:', '  - { skill: A, level: 9 }', '  - { skill: B level: 3 }', 'name: ok');
    assert.deepEqual(problems(text), [
      '2:23-2:24 level must be 0–5 (0 none … 5 expert)',
      '3:13-3:24 Block collections are not allowed within flow collections',
    ]);
  });

  it('multi-document files: one ParsedDocument per non-empty document, in order', () => {
    const file = parseSkillsFile('f', yaml('kind: candidate', 'name: A', '---', 'kind: role', 'id: r', '---', 'kind: catalog', 'id: c', '---'));
    assert.deepEqual(file.diagnostics, []);
    assert.deepEqual(file.documents.map((d) => [d.index, d.doc?.kind, at(d.range), at(d.kindRange)]), [
      [0, 'candidate', '0:0-2:0', '0:6-0:15'],
      [1, 'role', '2:0-5:0', '3:6-3:10'],
      [2, 'catalog', '5:0-8:0', '6:6-6:13'],
    ]);
  });

  it('CRLF line ends give the same ranges as LF', () => {
    const lf = yaml('kind: candidate', 'skills:', '  - { skill: Python, levle: 3 }', '  - skill: Go', '    level: 8');
    const crlf = lf.replace(/\n/g, '\r\n');
    assert.deepEqual(problems(crlf), problems(lf));
    assert.deepEqual(problems(crlf), ["2:21-2:26 unknown key 'levle' — did you mean 'level'?", '4:11-4:12 level must be 0–5 (0 none … 5 expert)']);
    const skill = parseSkillsFile('f', crlf).documents[0].doc;
    assert.equal(skill?.kind, 'candidate');
    if (skill?.kind === 'candidate') assert.equal(at(skill.skills[1].skill.range), '3:11-3:13');
  });

  it('a BOM is dropped: ranges are those an editor shows', () => {
    const text = yaml('kind: candidate', 'name: 5');
    const file = parseSkillsFile('f', '\uFEFF' + text);
    assert.equal(file.text, text);
    assert.deepEqual(file.diagnostics.map((d) => `${at(d.range)} ${d.message}`), ['1:6-1:7 name must be text — put it in quotes']);
    assert.equal(at(file.documents[0].kindRange), '0:6-0:15');
  });

  it('tabs used as indentation are reported once', () => {
    assert.deepEqual(problems(yaml('kind: candidate', 'availability:', '\thoursPerWeek: 3')), [
      '2:0-2:1 Tabs are not allowed as indentation',
    ]);
  });

  it('duplicate keys: one diagnostic on the whole second key', () => {
    const file = parseSkillsFile('f', yaml('kind: role', 'id: a', 'title: T', 'id: b'));
    assert.deepEqual(file.diagnostics.map((d) => `${d.code} ${at(d.range)} ${d.message}`), [
      "yaml-syntax 3:0-3:2 duplicate key 'id' (first on line 2)",
    ]);
    const role = file.documents[0].doc;
    assert.equal(role?.kind === 'role' && role.id?.value, 'b');
  });

  it('YAML warnings are warnings', () => {
    const [d] = parseSkillsFile('f', yaml('kind: candidate', 'name: !foo x')).diagnostics;
    assert.deepEqual([d.severity, d.code, at(d.range), d.message], ['warning', 'yaml-syntax', '1:6-1:10', 'Unresolved tag: !foo']);
  });

  it('bounds alias expansion and reports an alias bomb on the alias that passes the node budget', () => {
    const lol = ['kind: candidate', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 8; i++) {
      const prev = String.fromCharCode(96 + i);
      lol.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    const file = parseSkillsFile('f', yaml(...lol));
    // a adds nothing; each *a adds 10 nodes, *b 110, *c 1,110, *d 11,110: 100 + 1,100 + 11,100 after line d,
    // and the 8th *d on line e takes the total to 101,180.
    assert.deepEqual(file.diagnostics.map((d) => `${d.code} ${at(d.range)} ${d.message}`), [
      'yaml-syntax 5:35-5:37 aliases expand this document by more than 100,000 nodes: this document is not checked',
    ]);
    assert.equal(file.documents[0].doc, undefined);
  });

  it('more than 100 uses of aliases are refused even when they add few nodes', () => {
    const file = parseSkillsFile('f', yaml('kind: candidate', 'name: &n Ada', `x-names: [${Array(101).fill('*n').join(', ')}]`));
    assert.deepEqual(file.diagnostics.map((d) => `${d.code} ${at(d.range)} ${d.message}`), [
      'yaml-syntax 2:10-2:12 aliases expand to too many nodes (more than 100 uses): this document is not checked',
    ]);
  });

  it('an alias inside the collection it stands for is reported, not expanded', () => {
    const file = parseSkillsFile('f', yaml('kind: candidate', 'name: Ada', 'skills: &s [{ skill: Go, level: 2 }, *s]'));
    assert.deepEqual(file.diagnostics.map((d) => `${d.code} ${at(d.range)} ${d.message}`), [
      'yaml-syntax 2:37-2:39 alias *s stands for a collection that contains it: this document is not checked',
    ]);
    assert.equal(file.documents[0].doc, undefined);
  });

  it('ordinary aliases are resolved into the typed model', () => {
    const file = parseSkillsFile('f', yaml('kind: role', 'id: r', 'requirements:', '  - { skill: &py Python, level: 3 }', '  - { anyOf: [*py, Go], level: 2 }'));
    assert.deepEqual(file.diagnostics, []);
    const role = file.documents[0].doc;
    assert.ok(role?.kind === 'role');
    assert.deepEqual(role.requirements[1].skills.map((s) => [s.value, at(s.range)]), [['Python', '4:14-4:17'], ['Go', '4:19-4:21']]);
  });

  it('an alias to an anchor of another document is reported, not thrown', () => {
    assert.deepEqual(problems(yaml('kind: candidate', 'name: &n A', '---', 'kind: candidate', 'name: *n')), [
      '4:6-4:8 Unresolved alias (the anchor must be set before the alias): n: this document is not checked',
    ]);
  });

  it('tolerates NUL bytes', () => {
    const file = parseSkillsFile('f', yaml('kind: candidate', 'name: a\u0000b'));
    assert.deepEqual(file.diagnostics, []);
    const candidate = file.documents[0].doc;
    assert.equal(candidate?.kind === 'candidate' && candidate.name?.value, 'a\u0000b');
  });

  it('files over maxBytes: one file-too-large diagnostic, no documents', () => {
    const text = yaml('kind: candidate', 'name: Zoë');
    assert.equal(parseSkillsFile('f', text, { maxBytes: 27 }).diagnostics.length, 0); // 27 UTF-8 bytes, 26 UTF-16 units
    const file = parseSkillsFile('f', text, { maxBytes: 26 });
    assert.deepEqual(file.documents, []);
    assert.deepEqual(file.diagnostics, [{
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: 'error', code: 'file-too-large',
      message: 'file is 27 bytes; skillgap checks files up to 26 bytes',
      data: { size: 27, maxBytes: 26 },
    }]);
  });

  it('empty files, comment-only files and a trailing --- give nothing', () => {
    assert.deepEqual(problems(''), []);
    assert.deepEqual(problems('# just a comment\n'), []);
    assert.deepEqual(parseSkillsFile('f', yaml('kind: role', 'id: r', '---')).documents.length, 1);
  });

  it('a document that is a bare scalar is one schema error', () => {
    assert.deepEqual(problems('hello\n'), ['0:0-0:5 a skills document must be a mapping that starts with kind: candidate, role or catalog']);
  });

  it('never throws, and every range lies inside the text (property)', () => {
    const pieces = ['kind: ', 'candidate', 'role', 'catalog', '\n', '  ', '- ', '{', '}', '[', ']', ':', ',', '&a ', '*a', '"', "'", '#', '\t', '---\n',
      'skills:', 'skill: ', 'level: ', 'anyOf: ', 'requirements:', 'id: x', '\r\n', '\uFEFF', '\u0000', '|', '>', '? ', '!!str ', 'é', '😀'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      const file = parseSkillsFile('f', text);
      const lineCount = file.text.split(/\r\n|\r|\n/).length;
      for (const d of [...file.diagnostics]) {
        for (const p of [d.range.start, d.range.end]) {
          assert.ok(p.line >= 0 && p.line < lineCount && p.character >= 0, `${text}: ${JSON.stringify(d)}`);
        }
      }
    }), { numRuns: 300, seed: 7 });
  });
});
