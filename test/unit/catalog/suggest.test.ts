import assert from 'node:assert/strict';
import fc from 'fast-check';
import { distance as levenshtein } from 'fastest-levenshtein';
import { SkillCatalog, maxSuggestionDistance, osaDistance } from '../../../server/src/catalog';
import { FuzzyIndex } from '../../../server/src/catalog/fuzzy-index';
import { TECH, skill } from './fixtures';

const catalog = SkillCatalog.fromEntries(TECH);
const top = (written: string, limit?: number) => catalog.suggest(written, limit).map((s) => [s.entry.id, s.name, s.distance]);

describe('osaDistance', () => {
  const table: [string, string, number][] = [
    ['docker', 'docker', 0],
    ['dokcer', 'docker', 1], // one transposition (Levenshtein: 2)
    ['kubernets', 'kubernetes', 1],
    ['pyton', 'python', 1],
    ['ca', 'abc', 3], // OSA does not edit a transposed pair again (true Damerau: 2)
    ['', 'abc', 3],
    ['tensorflw', 'tensorflow', 1],
    ['kitten', 'sitting', 3],
  ];
  for (const [a, b, d] of table) it(`${a} ↔ ${b} = ${d}`, () => {
    assert.equal(osaDistance(a, b), d);
    assert.equal(osaDistance(b, a), d);
  });
});

describe('maxSuggestionDistance', () => {
  it('scales with the length of the normalized name: none for abbreviations, 1 up to 5, 2 up to 9, then 3', () => {
    assert.deepEqual([1, 2, 3, 4, 5, 6, 9, 10, 30].map(maxSuggestionDistance), [0, 0, 0, 1, 1, 2, 2, 3, 3]);
  });
});

describe('FuzzyIndex.search', () => {
  const word = fc.stringMatching(/^[a-e]{0,9}$/);
  const searchCase = fc.record({ keys: fc.uniqueArray(word, { maxLength: 40 }), query: word, d: fc.integer({ min: 0, max: 3 }) });

  it('reports only keys within the distance, with their OSA distance', () => {
    fc.assert(
      fc.property(searchCase, ({ keys, query, d }) => {
        for (const hit of new FuzzyIndex(keys).search(query, d)) {
          assert.ok(hit.distance <= d);
          assert.equal(hit.distance, osaDistance(query, keys[hit.key]));
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('finds every key within the distance without transpositions (Levenshtein) that shares a bigram', () => {
    fc.assert(
      fc.property(searchCase, ({ keys, query, d }) => {
        const found = new Set(new FuzzyIndex(keys).search(query, d).map((h) => keys[h.key]));
        const missed = keys.filter((k) => levenshtein(query, k) <= d && sharesBigram(query, k) && !found.has(k));
        assert.deepEqual(missed, []);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('finds a key from a typo with one transposition and up to d − 1 other edits', () => {
    const typo = fc.record({
      key: fc.stringMatching(/^[a-z]{3,14}$/),
      at: fc.nat(),
      edits: fc.array(fc.record({ op: fc.constantFrom('sub', 'ins', 'del'), at: fc.nat(), ch: fc.constantFrom('a', 'q', 'z') }), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(typo, ({ key, at, edits }) => {
        const i = at % (key.length - 1);
        let written = key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2);
        for (const e of edits) {
          const j = e.at % (written.length + 1);
          if (e.op === 'sub') written = written.slice(0, j) + e.ch + written.slice(j + 1);
          else if (e.op === 'ins') written = written.slice(0, j) + e.ch + written.slice(j);
          else written = written.slice(0, j) + written.slice(j + 1);
        }
        const d = 1 + edits.length;
        if (!sharesBigram(written, key)) return; // by design: a name sharing nothing is no suggestion
        // OSA does not edit a transposed pair again, so an edit between the swapped letters can cost more.
        if (osaDistance(written, key) > d) return;
        const hits = new FuzzyIndex(['zzzz', key, 'abcdefgh']).search(written, d);
        assert.ok(hits.some((h) => h.key === 1), `${written} → ${key} (d ${d})`);
      }),
      { numRuns: 500, seed: 3 },
    );
  });

  it('lists keys by prefix (4+ characters) in index order', () => {
    const index = new FuzzyIndex(['kube', 'javascript', 'java', 'jav', 'ja', 'javas', 'kotlin']);
    assert.deepEqual(index.withPrefix('java'), ['javascript', 'java', 'javas']);
    assert.deepEqual(index.withPrefix('javas'), ['javascript', 'javas']);
    assert.deepEqual(index.withPrefix('xxxx'), []);
    assert.throws(() => index.withPrefix('jav'), RangeError);
  });

  it('lists keys containing a fragment, in index order', () => {
    const keys = ['javascript', 'typescript', 'scripting', 'crisp', 'java', 'postscript'];
    const index = new FuzzyIndex(keys);
    assert.deepEqual(index.containing('script'), ['javascript', 'typescript', 'scripting', 'postscript']);
    assert.deepEqual(index.containing('ava'), ['javascript', 'java']);
    assert.deepEqual(index.containing('tsc'), ['postscript']);
    assert.deepEqual(index.containing('zz'), []);
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[ab]{0,8}$/), { maxLength: 30 }), fc.stringMatching(/^[ab]{2,4}$/), (ks, fragment) => {
        assert.deepEqual(new FuzzyIndex(ks).containing(fragment), ks.filter((k) => k.includes(fragment)));
      }),
      { numRuns: 200, seed: 5 },
    );
  });
});

function sharesBigram(a: string, b: string): boolean {
  const grams = (s: string) => new Set(Array.from({ length: s.length + 1 }, (_, i) => `^${s}$`.slice(i, i + 2)));
  const gb = grams(b);
  return [...grams(a)].some((g) => gb.has(g));
}

describe('SkillCatalog.suggest', () => {
  it('corrects common misspellings, best first', () => {
    assert.deepEqual(top('kubernets', 1), [['kubernetes', 'Kubernetes', 1]]);
    assert.deepEqual(top('tensorflw', 1), [['tensorflow', 'TensorFlow', 1]]);
    assert.deepEqual(top('pyton', 1), [['python', 'Python', 1]]);
    assert.deepEqual(top('javscript', 1), [['javascript', 'JavaScript', 1]]);
    assert.deepEqual(top('dokcer', 1), [['docker', 'Docker', 1]]);
  });

  it('names the alias that matched: postgress → PostgreSQL via "postgres"', () => {
    assert.deepEqual(top('postgress'), [['postgresql', 'postgres', 1]]);
  });

  it('handles an appended version or suffix: Pytorch2 → PyTorch', () => {
    assert.deepEqual(top('Pytorch2'), [['pytorch', 'PyTorch', 1]]);
  });

  it('ranks prefix relations beyond the distance bound after every distance match', () => {
    // "kubernetesclusterops" is 10 edits from "kubernetes": only the prefix rule finds it.
    assert.deepEqual(top('Kubernetes cluster ops'), [['kubernetes', 'Kubernetes', 10]]);
    // "javasc" is within 2 of "java"; "javascript" starts with it (4 more characters).
    assert.deepEqual(top('javasc'), [['java', 'Java', 2], ['javascript', 'JavaScript', 4]]);
  });

  it('breaks distance ties by curated/hot, then shorter name, then alphabetically', () => {
    const c = SkillCatalog.fromEntries([
      skill('bbbd', 'bbbd'),
      skill('abbb', 'abbb'),
      skill('abbd', 'abbd'), // distance 2: beyond the bound for 4 characters
      skill('bbbbx', 'bbbbx'),
      skill('cbbb', 'cbbb', [], { source: { curated: true } }),
      skill('dbbbb', 'dbbbb', [], { source: { linguist: 'D' } }),
    ]);
    assert.deepEqual(
      c.suggest('bbbb', 10).map((s) => s.entry.id),
      ['cbbb', 'dbbbb', 'abbb', 'bbbd', 'bbbbx'],
    );
  });

  it('keeps the first character for two or more edits: "A/B testing" is not a typo of "Testing"', () => {
    const c = SkillCatalog.fromEntries([skill('testing', 'Testing'), skill('ab-toasting', 'AB Toasting')]);
    // "abtesting": "abtoasting" and "testing" are both 2 edits away; only the one with the same start is offered.
    assert.deepEqual(c.suggest('A/B testing').map((s) => s.entry.id), ['ab-toasting']);
    assert.deepEqual(c.suggest('Btesting').map((s) => s.entry.id), ['testing']); // one edit may change the start
  });

  it('bridges no edit for abbreviations of three characters, one for up to five', () => {
    const c = SkillCatalog.fromEntries([skill('spe', 'SPE'), skill('crm', 'CRM'), skill('scrum', 'Scrum')]);
    assert.deepEqual(c.suggest('SRE'), []);
    assert.deepEqual(c.suggest('Scum').map((s) => s.entry.id), ['scrum']);
    assert.deepEqual(c.suggest('Scrun').map((s) => s.entry.id), ['scrum']); // not CRM: that is 2 edits
  });

  it('offers a longer name that starts with the text only when it adds at most half again (at least 4)', () => {
    const c = SkillCatalog.fromEntries([skill('sat', 'Monitoring of satellites'), skill('mon', 'Monitoring tools')]);
    assert.deepEqual(c.suggest('Monitoring').map((s) => s.name), ['Monitoring tools']); // +5 of 10: allowed; +12: not
  });

  it('offers non-engineering built-in entries only for one-edit typos, and engineering ones first', () => {
    const c = SkillCatalog.fromEntries([
      skill('dentaleye', 'DentalEye', [], { category: 'Industry Software' }),
      skill('dentalex', 'Dentalex', [], { category: 'Software Engineering' }),
      skill('deltalak', 'Deltalak', [], { category: 'Industry Software' }),
    ]);
    // "deltalake": Deltalak is one edit away (offered, though not engineering); DentalEye is two (not offered).
    assert.deepEqual(c.suggest('Delta Lake').map((s) => s.entry.id), ['deltalak']);
    assert.deepEqual(c.suggest('Dentaleyx').map((s) => s.entry.id), ['dentalex', 'dentaleye']); // equal distance: engineering first
    const workspace = SkillCatalog.fromEntries([]).withLayers([{ id: 'w', skills: [skill('dentaleye', 'DentalEye', [], { category: 'Industry Software', origin: { catalog: 'w' } })] }]);
    assert.deepEqual(workspace.suggest('Dentalyee').map((s) => s.entry.id), ['dentaleye']); // a workspace's own category is its business
  });

  it('gives one suggestion per entry, and none for very short or empty text', () => {
    assert.deepEqual(top('tensorflo', 5), [['tensorflow', 'TensorFlow', 1]]);
    assert.deepEqual(top('q'), []);
    assert.deepEqual(top('+'), []);
    assert.deepEqual(top('...'), []);
  });
});

describe('SkillCatalog.complete', () => {
  const labels = (prefix: string, limit?: number) => catalog.complete(prefix, limit).map((c) => `${c.label}${c.alias !== undefined ? ` (${c.alias})` : ''}`);

  it('offers each skill once under its canonical name, with the alias that matched when the name did not', () => {
    assert.deepEqual(labels('ja'), ['Java', 'JavaScript']);
    assert.deepEqual(labels('k'), ['Kubernetes']); // matched by its name: its aliases k8s and kube add nothing
    assert.deepEqual(labels('k8'), ['Kubernetes (k8s)']);
    assert.deepEqual(labels('c'), ['C', 'C#', 'C++']);
  });

  it('ranks an exact match first, then entries matched by their name before those matched only by an alias', () => {
    assert.deepEqual(labels('py'), ['Python (py)', 'PyTorch']); // "py" equals Python's alias
    assert.deepEqual(labels('pos'), ['PostgreSQL']); // its name starts so: no alias shown
    assert.deepEqual(labels('psq'), ['PostgreSQL (psql)']);
    const c = SkillCatalog.fromEntries([skill('a', 'Alpha tool'), skill('b', 'Beta', ['Alpha']), skill('c', 'Alphabet', [], { source: { curated: true } })]);
    assert.deepEqual(c.complete('alph').map((x) => `${x.label}${x.alias ? ` (${x.alias})` : ''}`), ['Alphabet', 'Alpha tool', 'Beta (Alpha)']);
  });

  it('adds names containing the prefix after those starting with it (3+ characters)', () => {
    assert.deepEqual(labels('ops'), ['MLOps']);
    assert.deepEqual(labels('script'), ['JavaScript']); // once, although "ECMAScript" contains it too
    assert.deepEqual(labels('s'), ['scikit-learn']);
  });

  it('respects the limit', () => {
    assert.deepEqual(labels('', 3), ['.NET', 'Java', 'MLOps']);
  });
});
