// The catalog generator's building blocks, on small inputs with known answers.
import assert from 'node:assert/strict';

// The helpers are ES modules (scripts/*.mjs); this CommonJS test loads them dynamically.
let csv: typeof import('../../../scripts/catalog/csv.mjs', { with: { 'resolution-mode': 'import' } });
let norm: typeof import('../../../scripts/catalog/normalize.mjs', { with: { 'resolution-mode': 'import' } });
let onet: typeof import('../../../scripts/catalog/onet-names.mjs', { with: { 'resolution-mode': 'import' } });
let merge: typeof import('../../../scripts/catalog/merge.mjs', { with: { 'resolution-mode': 'import' } });
let effort: typeof import('../../../scripts/catalog/effort.mjs', { with: { 'resolution-mode': 'import' } });

describe('catalog generator helpers', () => {
  before(async () => {
    csv = await import('../../../scripts/catalog/csv.mjs');
    norm = await import('../../../scripts/catalog/normalize.mjs');
    onet = await import('../../../scripts/catalog/onet-names.mjs');
    merge = await import('../../../scripts/catalog/merge.mjs');
    effort = await import('../../../scripts/catalog/effort.mjs');
  });

  it('parses RFC 4180 CSV with CRLF, quoted commas, doubled quotes and line breaks', () => {
    const text = 'a,b,c\r\n1,"x, y","say ""hi"""\r\n2,"line1\nline2",\r\n';
    assert.deepEqual(csv.parseCsv(text), [['a', 'b', 'c'], ['1', 'x, y', 'say "hi"'], ['2', 'line1\nline2', '']]);
  });

  it('normalizes names ignoring case, spaces, punctuation and accents but not + and #', () => {
    assert.equal(norm.normalizeKey('ML Ops'), norm.normalizeKey('mlops'));
    assert.equal(norm.normalizeKey('Node.js'), 'nodejs');
    assert.equal(norm.normalizeKey('Dassault Systèmes'), 'dassaultsystemes');
    assert.deepEqual(['C', 'C++', 'C#'].map(norm.normalizeKey), ['c', 'c++', 'c#']);
  });

  it('slugs names into kebab-case ASCII ids', () => {
    assert.deepEqual(['Apache Spark', 'C#', 'Weights & Biases', 'Node.js', 'CI/CD'].map(norm.slugify),
      ['apache-spark', 'c-sharp', 'weights-and-biases', 'node-js', 'ci-cd']);
  });

  it('cuts long descriptions at a sentence end', () => {
    const text = `${'A'.repeat(100)}. ${'B'.repeat(300)}.`;
    assert.equal(norm.truncateDescription(text, 240), `${'A'.repeat(100)}.`);
    assert.equal(norm.truncateDescription('Short.  Text. ', 240), 'Short. Text.');
  });

  it('derives practitioner names from O*NET examples', () => {
    const english = new Set(['accounting']);
    assert.deepEqual(onet.deriveOnetNames('Amazon Web Services AWS software', english),
      { name: 'AWS', strong: ['Amazon Web Services', 'Amazon Web Services AWS software'], lookupOnly: [] });
    assert.deepEqual(onet.deriveOnetNames('Structured query language SQL', english),
      { name: 'SQL', strong: ['Structured query language', 'Structured query language SQL'], lookupOnly: [] });
    assert.deepEqual(onet.deriveOnetNames('Amazon Simple Storage Service S3', english).name, 'Amazon S3');
    assert.deepEqual(onet.deriveOnetNames('Atlassian JIRA', english), { name: 'JIRA', strong: ['Atlassian JIRA'], lookupOnly: [] });
    assert.deepEqual(onet.deriveOnetNames('Microsoft Word', english), { name: 'Microsoft Word', strong: [], lookupOnly: ['Word'] });
    assert.deepEqual(onet.deriveOnetNames('Accounting software', english).name, 'Accounting software');
    assert.deepEqual(onet.deriveOnetNames('Alteryx software', english).name, 'Alteryx');
    assert.deepEqual(onet.deriveOnetNames('Rust programming language', english).name, 'Rust');
  });

  it('reports unknown prerequisites and cycles', () => {
    const problems = merge.checkPrerequisites([
      { id: 'a', requires: [{ skill: 'b', level: 2 }] },
      { id: 'b', requires: [{ skill: 'c', level: 1 }, { skill: 'nope', level: 1 }] },
      { id: 'c', requires: [{ skill: 'a', level: 3 }] },
    ]);
    assert.deepEqual(problems, ["b requires unknown skill 'nope'", 'prerequisite cycle: a -> b -> c -> a']);
    assert.deepEqual(merge.checkPrerequisites([{ id: 'a', requires: [] }, { id: 'b', requires: [{ skill: 'a', level: 1 }] }]), []);
  });

  it('accepts a curated effort curve or the uniform shorthand, and words each mistake like the editor', () => {
    assert.deepEqual(effort.effortProblems(undefined), []);
    assert.deepEqual(effort.effortProblems({ hours: [4, 8, 16, 30, 60] }), []);
    assert.deepEqual(effort.effortProblems({ hours: [0, 0, 5, 5, 5] }), []);
    assert.deepEqual(effort.effortProblems({ hoursPerLevel: 12 }), []);
    assert.deepEqual(effort.effortProblems({ hours: [10, 20, 30, 20, 40] }), [
      'effort step 3→4 (20 h) is cheaper than 2→3 (30 h): steps never get cheaper as the level rises',
    ]);
    assert.deepEqual(effort.effortProblems({ hours: [1, 2, 3] }), ['effort.hours must list exactly 5 numbers (steps 0→1, 1→2, 2→3, 3→4, 4→5)']);
    assert.deepEqual(effort.effortProblems({ hours: [1, -2, 3, 4, 5] }), ['effort.hours[1] must be a number of at least 0']);
    assert.deepEqual(effort.effortProblems({ hours: [1, 2, 3, 4, 5], hoursPerLevel: 2 }), ['effort needs exactly one of hours or hoursPerLevel']);
    assert.deepEqual(effort.effortProblems({ hoursPerLevel: 0 }), ['effort.hoursPerLevel must be a number above 0']);
    assert.deepEqual(effort.effortProblems({ perLevel: 3 }), ['effort has unknown key(s) perLevel (expected hours or hoursPerLevel)']);
  });
});
