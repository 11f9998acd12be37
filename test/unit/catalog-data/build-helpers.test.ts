// The catalog generator's building blocks, on small inputs with known answers.
import assert from 'node:assert/strict';

// The helpers are ES modules (scripts/*.mjs); this CommonJS test loads them dynamically.
let csv: typeof import('../../../scripts/catalog/csv.mjs', { with: { 'resolution-mode': 'import' } });
let norm: typeof import('../../../scripts/catalog/normalize.mjs', { with: { 'resolution-mode': 'import' } });
let onet: typeof import('../../../scripts/catalog/onet-names.mjs', { with: { 'resolution-mode': 'import' } });
let merge: typeof import('../../../scripts/catalog/merge.mjs', { with: { 'resolution-mode': 'import' } });
let junk: typeof import('../../../scripts/catalog/junk-aliases.mjs', { with: { 'resolution-mode': 'import' } });
let effortClasses: typeof import('../../../scripts/catalog/effort-classes.mjs', { with: { 'resolution-mode': 'import' } });
let effort: typeof import('../../../scripts/catalog/effort.mjs', { with: { 'resolution-mode': 'import' } });

describe('catalog generator helpers', () => {
  before(async () => {
    csv = await import('../../../scripts/catalog/csv.mjs');
    norm = await import('../../../scripts/catalog/normalize.mjs');
    onet = await import('../../../scripts/catalog/onet-names.mjs');
    merge = await import('../../../scripts/catalog/merge.mjs');
    junk = await import('../../../scripts/catalog/junk-aliases.mjs');
    effortClasses = await import('../../../scripts/catalog/effort-classes.mjs');
    effort = await import('../../../scripts/catalog/effort.mjs');
  });

  it('parses RFC 4180 CSV with CRLF, quoted commas, doubled quotes and line breaks', () => {
    const text = 'a,b,c\r\n1,"x, y","say ""hi"""\r\n2,"line1\nline2",\r\n';
    assert.deepEqual(csv.parseCsv(text), [['a', 'b', 'c'], ['1', 'x, y', 'say "hi"'], ['2', 'line1\nline2', '']]);
  });

  it('normalizes names like the runtime: case, spaces, punctuation and accents ignored, + # & and a leading dot spelled out', () => {
    assert.equal(norm.normalizeKey('ML Ops'), norm.normalizeKey('mlops'));
    assert.equal(norm.normalizeKey('Node.js'), 'nodejs');
    assert.equal(norm.normalizeKey('Dassault Systèmes'), 'dassaultsystemes');
    assert.deepEqual(['C', 'C++', 'C#', '.NET', 'W&B'].map(norm.normalizeKey), ['c', 'cplusplus', 'csharp', 'dotnet', 'wandb']);
  });

  it('junk rule 1: keeps an identifier-style alias only when it spells the name', () => {
    const kept = (alias: string, name: string) => junk.isSpellingOf(alias, name);
    for (const [alias, name] of [['py3', 'Python'], ['python3', 'Python'], ['golang', 'Go'], ['cpp', 'C++'], ['csharp', 'C#'],
      ['rs', 'Rust'], ['objectpascal', 'Pascal'], ['HashiCorp Configuration Language', 'HCL'], ['sklearn', 'scikitlearn'], ['sh', 'Shell']]) {
      assert.ok(kept(alias, name), `${alias} spells ${name}`);
    }
    for (const [alias, name] of [['rusthon', 'Python'], ['node', 'JavaScript'], ['django', 'Jinja'], ['terraform', 'HCL'],
      ['octave', 'MATLAB'], ['cake', 'C#'], ['sum', 'Checksums'], ['jestjs', 'jekyll'], ['x', 'twitter'], ['bash', 'Shell']]) {
      assert.ok(!kept(alias, name), `${alias} is not a spelling of ${name}`);
    }
  });

  it('junk rule 2: drops ESCO examples listed as alternative labels of a generic concept', () => {
    assert.equal(junk.isEscoSynonym('Seed7', 'computer programming'), false);
    assert.equal(junk.isEscoSynonym('Selenium', 'tools for ICT test automation'), false);
    assert.equal(junk.isEscoSynonym('NLP', 'natural language processing'), true); // an acronym
    assert.equal(junk.isEscoSynonym('MaaS', 'mobility as a service'), true);
    assert.equal(junk.isEscoSynonym('IT security', 'cyber security'), true); // shares a word
    assert.equal(junk.isEscoSynonym('speak Malaysian', 'interact verbally in Malay'), true); // not a name
    assert.equal(junk.isEscoSynonym('Python 3K', 'Python (computer programming)'), true); // not a generic concept
  });

  it('junk rule 3: drops the name followed by a version or an ESCO facet', () => {
    assert.equal(junk.isVersionOrFacetOf('Python 3K', 'Python'), true);
    assert.equal(junk.isVersionOrFacetOf('Swift algorithms', 'Swift'), true);
    assert.equal(junk.isVersionOrFacetOf('ML development principles', 'ML'), true);
    assert.equal(junk.isVersionOrFacetOf('Python Django', 'Python'), false);
  });

  it('expands effort classes into the [1, 1, 2, 4, 8]-unit curve and leaves explicit curves alone', () => {
    assert.deepEqual(effortClasses.expandEffort('M'), { hours: [8, 8, 16, 32, 64] });
    assert.deepEqual(effortClasses.expandEffort('XS'), { hours: [2, 2, 4, 8, 16] });
    assert.deepEqual(effortClasses.expandEffort({ hours: [1, 2, 3, 4, 5] }), { hours: [1, 2, 3, 4, 5] });
    assert.deepEqual(effortClasses.expandEffort({ hoursPerLevel: 10 }), { hoursPerLevel: 10 });
    for (const unit of Object.keys(effortClasses.EFFORT_UNITS)) assert.deepEqual(effort.effortProblems(effortClasses.expandEffort(unit)), []);
  });

  it('gives a contested name to the higher-precedence source; the other skill takes its qualified name', () => {
    const record = (src: string, name: string, extra: Record<string, unknown> = {}) => ({
      src, name, nameRank: 0, strong: [], weak: [], lookupOnly: [], category: 'X', categoryRank: 0, source: { [src]: name }, qualified: [`${name} (${src})`], ...extra,
    });
    const curated = record('curated', 'Machine Learning', { nameRank: 100, claims: ['ML'], curated: { id: 'machine-learning' } });
    const escoLanguage = record('esco', 'ML', { strong: ['ML (computer programming)'], qualified: ['ML (programming language)'] });
    const onetTool = record('onet', 'Widget', { weak: ['shared'] });
    const escoOther = record('esco', 'Gadget', { weak: ['shared'] });
    const { entries } = merge.mergeRecords([curated, escoOther, escoLanguage, onetTool]);
    assert.equal(entries.length, 4, 'a short curated alias does not join records that bear it');
    const { renamed } = merge.resolveAliases(entries);
    const byName = new Map(entries.map((e: { name: string; aliases: string[] }) => [e.name, e.aliases]));
    assert.deepEqual(byName.get('Machine Learning'), ['ML']);
    assert.deepEqual(byName.get('ML (programming language)'), ['ML (computer programming)']);
    assert.deepEqual(renamed, ['ML -> ML (programming language) (the name belongs to Machine Learning)']);
    // O*NET outranks ESCO for an alias both claim, although ESCO's record came first.
    assert.deepEqual([byName.get('Widget'), byName.get('Gadget')], [['shared'], []]);
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
