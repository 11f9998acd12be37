// Incremental re-parsing must give exactly what a full parse of the new text gives: checked on chosen
// edits (with the scope re-read, so a silent fallback to a full parse fails too) and on random edit
// sequences over the samples, a generated catalog and a multi-document file.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseSkillsFile, type ParsedFile } from '../../../server/src/model';
import { freeOfCharacters, reparseSkillsFile, reparseScope, syntaxOutline } from '../../../server/src/model/incremental';
import { catalogItem, generateCatalog, generateRole } from '../../../bench/generate';
import { documentIndexAt, nodeAt } from '../../../server/src/features/yaml-locate';

const SAMPLES = join(__dirname, '../../../samples');
const FILE = 'edit.skills.yaml';

/** Character classes whose absence is kept across edits (freeOfCharacters): the fragments insert and remove them. */
const CLASSES = [/[\t]/, /[üx]/, /[{}]/];

/**
 * Applies each text in turn, checking every intermediate result against a fresh parse, and that the
 * absence of each of CLASSES, as kept across the edits, is the text's.
 */
function replay(texts: string[]): ParsedFile {
  let parsed = reparseSkillsFile(undefined, FILE, texts[0]);
  assert.deepStrictEqual(parsed, parseSkillsFile(FILE, texts[0]));
  const free = (p: ParsedFile) => CLASSES.map((c) => freeOfCharacters(p, c));
  assert.deepStrictEqual(free(parsed), CLASSES.map((c) => !c.test(texts[0])));
  for (const text of texts.slice(1)) {
    parsed = reparseSkillsFile(parsed, FILE, text);
    assert.deepStrictEqual(parsed, parseSkillsFile(FILE, text));
    assert.deepStrictEqual(free(parsed), CLASSES.map((c) => !c.test(parsed.text)), 'characters kept across edits');
  }
  return parsed;
}

function replaceAt(text: string, find: string, replacement: string, from = 0): string {
  const at = text.indexOf(find, from);
  assert.ok(at >= 0, `'${find}' not in text`);
  return text.slice(0, at) + replacement + text.slice(at + find.length);
}

describe('incremental re-parsing: chosen edits', () => {
  const catalog = generateCatalog(40);

  it('re-reads only the edited item of a large list, for an edit within a line', () => {
    const edited = replaceAt(catalog, 'hoursPerLevel: 8', 'hoursPerLevel: 9');
    const parsed = replay([catalog, edited]);
    assert.deepStrictEqual(reparseScope(parsed), { reread: 'items', items: 1 });
    assert.equal(parsed.diagnostics.length, 0);
  });

  // generateCatalog: 5 header lines, then 10 lines per item (9 when i % 10 = 0: no prerequisite). Item 20 starts
  // on line 5 + 200 - 2 = 203 and its evidence is its 7th line; item 39 starts on 5 + 390 - 4 = 391, plus the inserted line.
  it('moves the items after an inserted line and reports the new error on its line', () => {
    const edited = replaceAt(catalog, '    evidence: A project using skill 20.\n', '    evidence: A project using skill 20.\n    level: 7\n');
    const parsed = replay([catalog, edited]);
    assert.deepStrictEqual(reparseScope(parsed), { reread: 'items', items: 1 });
    assert.deepStrictEqual(parsed.diagnostics.map((d) => [d.range.start.line, d.message]), [[210, "unknown key 'level' (expected one of: id, name, aliases, category, description, requires, effort, evidence, source, resources)"]]);
    const doc = parsed.documents[0].doc;
    assert.equal(doc?.kind, 'catalog');
    if (doc?.kind === 'catalog') assert.deepStrictEqual(doc.skills[39].id.range, { start: { line: 392, character: 8 }, end: { line: 392, character: 20 } });
  });

  it('adds and removes whole items, renumbering what an index-quoting message says', () => {
    const added = replaceAt(catalog, catalogItem(10), catalogItem(10) + '  - just text\n');
    const removed = replaceAt(added, catalogItem(5), '');
    const parsed = replay([catalog, added, removed]);
    assert.deepStrictEqual(parsed.diagnostics.map((d) => d.message), ['skills[10] must be a mapping (key: value), e.g. {\n  id: kubernetes,\n  name: Kubernetes,\n  aliases: [ k8s ],\n  category: Cloud & Platform\n}']);
    assert.deepStrictEqual(reparseScope(parsed), { reread: 'documents', documents: 1 });
  });

  it('re-reads the whole document when an unclosed quote could run past the item, then items again', () => {
    const broken = replaceAt(catalog, 'name: Generated Skill 7', 'name: "Generated Skill 7');
    const fixed = replaceAt(broken, 'name: "Generated Skill 7', 'name: "Generated Skill 7"');
    const again = replaceAt(fixed, 'hoursPerLevel: 8', 'hoursPerLevel: 3');
    const parsed = replay([catalog, broken, fixed, again]);
    assert.deepStrictEqual(reparseScope(parsed), { reread: 'items', items: 1 });
  });

  it('re-reads one document of several, and the following documents keep their index and move down', () => {
    const multi = ['santana-mena', 'senior-ai-engineer', 'acme'].map((f) => readFileSync(join(SAMPLES, `${f}.skills.yaml`), 'utf8').replace(/^---\n/, '')).join('---\n');
    const edited = replaceAt(multi, 'headline:', 'headline:\n  # a comment\n  bad: 1\nheadline2:');
    const parsed = replay([multi, edited]);
    assert.equal(reparseScope(parsed)?.reread === 'file', false);
    assert.deepStrictEqual(parsed.documents.map((d) => d.index), [0, 1, 2]);
  });

  it('moves a later document whose diagnostic shares its kind range exactly once', () => {
    const text = `${generateCatalog(12)}---\nkind: rolee\nid: x\n---\nid: y\n`;
    const edited = replaceAt(text, '    evidence: A project using skill 5.\n', '    evidence: A project using skill 5.\n\n\n');
    const parsed = replay([text, edited]);
    assert.deepStrictEqual(reparseScope(parsed), { reread: 'items', items: 1 });
    // The catalog takes lines 0–122 (5 + 12 × 10 − 2); `kind: rolee` was line 124, `id: y` 127; two lines were added.
    assert.deepStrictEqual(parsed.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.message}`), [
      "126:6 unknown kind 'rolee' — did you mean 'role'?",
      "129:0 missing 'kind' (candidate, role or catalog)",
    ]);
  });

  it('a role with many requirements: an edit in one requirement re-reads it alone', () => {
    const role = generateRole(50, ['Python', 'Kubernetes', 'Docker', 'SQL']);
    const edited = replaceAt(role, 'priority: nice', 'priority: nicer');
    const parsed = replay([role, edited]);
    assert.deepStrictEqual(reparseScope(parsed), { reread: 'items', items: 1 });
    assert.deepStrictEqual(parsed.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.message}`),
      ["6:51 priority must be one of: must, should, nice — did you mean 'nice'?"]);
  });
});

// Fragments that change YAML structure: indentation, quotes, brackets, document markers, anchors, tabs.
const FRAGMENTS = [
  '\n', '\r\n', ' ', '  ', '    ', '- ', '  - ', '  - id: x\n', '  - { skill: Go, level: 2 }\n', 'skills:', ': ', ':', '#', '# skillgap-disable-next-line\n',
  '"', "'", '[', ']', '{', '}', ',', '---\n', '---', '...\n', '&a ', '*a', '|\n', '>-\n', '\t', 'level: 7', 'kind: role\n',
  'id: kubernetes', 'x', 'Pytorch', '7', 'ü', '%YAML 1.2\n',
];

interface Op { at: number; lineStart: boolean; remove: number; insert: string }

function apply(text: string, op: Op): string {
  let at = Math.min(op.at, text.length);
  if (op.lineStart) at = text.lastIndexOf('\n', at - 1) + 1;
  return text.slice(0, at) + op.insert + text.slice(Math.min(text.length, at + op.remove));
}

const op: fc.Arbitrary<Op> = fc.record({
  at: fc.nat(),
  lineStart: fc.boolean(),
  remove: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(60)),
  insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 3 }).map((a) => a.join(''))),
});

function bases(): string[] {
  const samples = readdirSync(SAMPLES).filter((f) => f.endsWith('.skills.yaml')).map((f) => readFileSync(join(SAMPLES, f), 'utf8'));
  const small = samples.filter((s) => s.length < 4000);
  return [
    ...small,
    '\ufeff' + small[0].replace(/\n/g, '\r\n'), // BOM and CRLF line breaks
    generateCatalog(8),
    generateRole(12, ['Python', 'Kubernetes', 'Docker']),
    `${generateRole(4, ['Python'])}---\n${generateCatalog(3)}---\nkind: candidate\nname: A\nskills:\n  - { skill: Python, level: 2 }\n  - skill: Docker\n    level: 1\n---\nkind: rolee\nid: x\n`,
  ];
}

describe('incremental re-parsing: random edit sequences', () => {
  it('deep-equals a fresh parse after every edit', function () {
    this.timeout(120000);
    const texts = bases();
    fc.assert(
      fc.property(fc.nat(texts.length - 1), fc.array(op, { minLength: 1, maxLength: 6 }), (base, ops) => {
        const sequence = [texts[base]];
        for (const o of ops) sequence.push(apply(sequence[sequence.length - 1], o));
        replay(sequence);
      }),
      { numRuns: 150 },
    );
  });
});

describe('locating the node under the cursor from the outline (one list item or document read, not the file)', () => {
  /**
   * Every line at a few columns: the outline answer equals the answer from reading the whole text
   * (in valid YAML: where the syntax is broken, reading a piece alone may recover differently).
   */
  function sameAsWholeText(parsed: ParsedFile): void {
    const whole = parseSkillsFile(FILE, parsed.text);   // no outline: read whole
    if (whole.diagnostics.some((d) => d.code === 'yaml-syntax')) return;
    const lines = parsed.text.split('\n');
    lines.forEach((line, i) => {
      for (const character of new Set([0, 2, 4, 7, 12, Math.floor(line.length / 2), line.length])) {
        const at = { line: i, character: Math.min(character, line.length) };
        const node = nodeAt(whole, at);
        const fromOutline = nodeAt(parsed, at);
        // An empty implicit key (a line holding only `:`) sits wherever the parser last stopped: not a place to point at.
        if ([node, fromOutline].some((n) => n && n.range.start.line === n.range.end.line && n.range.start.character === n.range.end.character)) continue;
        assert.deepStrictEqual(fromOutline, node, `line ${i + 1}, column ${at.character + 1}: ${JSON.stringify(line)}`);
        if (node) assert.equal(documentIndexAt(parsed, at), node.docIndex, `document at line ${i + 1}`);
      }
    });
  }

  it('moves the later documents\' list items with an edit in an earlier document', () => {
    const items = (prefix: string) => Array.from({ length: 5 }, (_, i) => `  - { skill: ${prefix}${i}, level: 1 }\n`).join('');
    const before = `kind: candidate\nskills:\n${items('a')}---\nkind: candidate\nskills:\n${items('b')}`;
    const after = before.replace('skill: a0', 'skill: a0-longer');
    const edited = reparseSkillsFile(reparseSkillsFile(undefined, FILE, before), FILE, after);
    assert.deepStrictEqual(reparseScope(edited), { reread: 'items', items: 1 });
    assert.deepStrictEqual(syntaxOutline(edited), syntaxOutline(reparseSkillsFile(undefined, FILE, after)));
    assert.deepStrictEqual(nodeAt(edited, { line: 13, character: 13 })?.value, 'b3');
  });

  it('puts the start of the line after a block scalar on what is written there, not in the scalar', () => {
    // Found by the property below (seed -2030173544): an empty `- |` item, then a root key at column 0.
    const text = 'kind: catalog\nskills:\n  - { id: a, name: A }\n  - |\nxid: kubernetes\n';
    for (const parsed of [reparseSkillsFile(undefined, FILE, text), parseSkillsFile(FILE, text)]) {
      assert.deepStrictEqual(nodeAt(parsed, { line: 4, character: 0 }), { docIndex: 0, path: ['xid'], isKey: true, range: { start: { line: 4, character: 0 }, end: { line: 4, character: 3 } }, value: 'xid' });
      assert.deepStrictEqual(nodeAt(parsed, { line: 3, character: 4 })?.path, ['skills', 1]);
    }
    const described = 'kind: candidate\nname: A\nsummary: |\n  Builds things.\nskills: []\n';
    assert.deepStrictEqual(nodeAt(parseSkillsFile(FILE, described), { line: 3, character: 16 })?.path, ['summary']);
    assert.deepStrictEqual(nodeAt(parseSkillsFile(FILE, described), { line: 4, character: 0 })?.path, ['skills']);
  });

  it('agrees with a whole-text read after random edit sequences', function () {
    this.timeout(120000);
    const texts = bases();
    fc.assert(
      fc.property(fc.nat(texts.length - 1), fc.array(op, { minLength: 0, maxLength: 4 }), (base, ops) => {
        let text = texts[base];
        let parsed = reparseSkillsFile(undefined, FILE, text);
        sameAsWholeText(parsed);
        for (const o of ops) {
          text = apply(text, o);
          parsed = reparseSkillsFile(parsed, FILE, text);
          sameAsWholeText(parsed);
        }
      }),
      { numRuns: 100, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}) },
    );
  });
});
