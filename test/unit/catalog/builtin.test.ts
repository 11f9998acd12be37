// Resolution against the real shipped catalog (server/src/catalog/data/builtin-catalog.json).
import assert from 'node:assert/strict';
import { SkillCatalog, builtinCatalogInfo } from '../../../server/src/catalog';
import { brief } from './fixtures';

const catalog = SkillCatalog.builtin();

describe('the built-in catalog', () => {
  it('is loaded once, with its provenance', () => {
    assert.equal(SkillCatalog.builtin(), catalog);
    assert.ok(catalog.size > 10_000, `size ${catalog.size}`);
    assert.ok(catalog.nameCount > 20_000, `names ${catalog.nameCount}`);
    assert.match(builtinCatalogInfo().version, /^\d{4}\.\d{2}\.\d{2}$/);
    assert.ok(catalog.entries().every((e) => e.origin.catalog === 'builtin' && Array.isArray(e.aliases)));
  });

  it('resolves every name and alias it holds to that entry, or (declared abbreviations) to it among others', () => {
    const wrong: string[] = [];
    const ambiguous: string[] = [];
    for (const entry of catalog.entries()) {
      for (const name of [entry.name, ...entry.aliases]) {
        const r = catalog.resolve(name);
        if (r.status === 'ambiguous' && r.entries.some((e) => e.id === entry.id)) ambiguous.push(`${name} (${entry.id})`);
        else if ((r.status === 'exact' || r.status === 'alias') && r.entry.id === entry.id) continue;
        else wrong.push(`${name} (${entry.id}) → ${r.status}`);
      }
    }
    assert.deepEqual(wrong.slice(0, 20), []);
    assert.deepEqual(ambiguous.sort(), [
      'EDA (electronic-design-automation-eda-software)', 'EDA (exploratory-data-analysis)',
      'PM (product-management)', 'PM (project-management)', 'tf (tensorflow)', 'tf (terraform)',
    ]);
  });

  it('reports "tf" as ambiguous between TensorFlow and Terraform rather than guessing', () => {
    assert.deepEqual(brief(catalog.resolve('tf')), { status: 'ambiguous', ids: ['tensorflow', 'terraform'] });
  });

  const cases: [string, unknown][] = [
    ['k8s', { status: 'alias', id: 'kubernetes', alias: 'k8s' }],
    ['Kubernetes', { status: 'exact', id: 'kubernetes', matchedBy: 'name' }],
    ['ML Ops', { status: 'exact', id: 'mlops', matchedBy: 'name' }],
    ['mlops', { status: 'exact', id: 'mlops', matchedBy: 'id' }],
    ['Machine Learning Operations', { status: 'alias', id: 'mlops', alias: 'Machine Learning Operations' }],
    ['Machine Learning Operations (MLOps)', { status: 'alias', id: 'mlops', alias: 'Machine Learning Operations (MLOps)' }],
    ['Pytorch', { status: 'exact', id: 'pytorch', matchedBy: 'name' }],
    ['sklearn', { status: 'alias', id: 'scikit-learn', alias: 'sklearn' }],
    ['scikit learn', { status: 'exact', id: 'scikit-learn', matchedBy: 'name' }],
  ];
  for (const [written, expected] of cases) {
    it(`resolves ${JSON.stringify(written)}`, () => assert.deepEqual(brief(catalog.resolve(written)), expected));
  }

  it('keeps C, C++, C#, F#, .NET, Node.js and R apart', () => {
    const written = ['C', 'C++', 'C#', 'F#', '.NET', 'Node.js', 'R'];
    const ids = written.map((name) => {
      const r = catalog.resolve(name);
      assert.ok(r.status === 'exact' || r.status === 'alias', `${name}: ${r.status}`);
      return r.entry.id;
    });
    assert.equal(new Set(ids).size, written.length, ids.join(', '));
  });

  const misspellings: [string, string, string][] = [
    ['Pytorch2', 'pytorch', 'PyTorch'],
    ['kubernets', 'kubernetes', 'Kubernetes'],
    ['tensorflw', 'tensorflow', 'TensorFlow'],
    ['pyton', 'python', 'Python'],
    ['javscript', 'javascript', 'JavaScript'],
    ['postgress', 'postgresql', 'Postgres'],
    ['dokcer', 'docker', 'Docker'],
  ];
  for (const [written, id, name] of misspellings) {
    it(`suggests ${name} first for ${JSON.stringify(written)}`, () => {
      const r = catalog.resolve(written);
      assert.equal(r.status, 'unknown');
      assert.equal(r.status === 'unknown' ? r.suggestions[0]?.id : undefined, id);
      const [first] = catalog.suggest(written, 1);
      assert.deepEqual([first.entry.id, first.name, first.distance], [id, name, 1]);
    });
  }

  // The examples of implausible suggestions. They now resolve (curated entries); without those entries
  // the suggestions must still not be the unrelated names the old rules offered.
  const implausible: [string, string, string[]][] = [
    ['A/B testing', 'ab-testing', ['Testing', 'Software Testing']],
    ['Scrum', 'scrum', ['Blackbaud CRM', 'Infor SCM', 'Checksums']],
    ['Delta Lake', 'delta-lake', ['DentalEye']],
    ['SRE', 'site-reliability-engineering', ['ECLiPSe', 'ECLiPSe (programming language)']],
    ['monitoring', 'observability', ['Monitor satellites', 'monitoring of satellites']],
  ];
  for (const [written, id, never] of implausible) {
    it(`resolves ${JSON.stringify(written)} and, without that entry, does not suggest ${never.join(' or ')}`, () => {
      const r = catalog.resolve(written);
      assert.equal(r.status === 'exact' || r.status === 'alias' ? r.entry.id : r.status, id);
      const without = SkillCatalog.fromEntries(catalog.entries().filter((e) => e.id !== id));
      const suggested = without.suggest(written, 10).flatMap((s) => [s.entry.name, s.name]);
      assert.deepEqual(suggested.filter((n) => never.includes(n)), []);
    });
  }

  it('suggests the engineering skill for near misses of those names', () => {
    const first = (written: string) => catalog.suggest(written, 1).map((s) => s.entry.id)[0];
    assert.deepEqual(['A/B testng', 'Scrumm', 'Delta Lakes', 'monitorng', 'SREs'].map(first),
      ['ab-testing', 'scrum', 'delta-lake', 'observability', 'site-reliability-engineering']);
  });

  it('completes "kube" with Kubernetes first, once, showing the alias that matched', () => {
    const items = catalog.complete('kube', 5);
    assert.deepEqual([items[0].entry.id, items[0].label, items[0].alias], ['kubernetes', 'Kubernetes', 'kube']);
    assert.equal(items.filter((c) => c.entry.id === 'kubernetes').length, 1);
  });

  it('completes "pyth" with Python once, without junk duplicates such as "Python 3K"', () => {
    const items = catalog.complete('pyth', 20);
    assert.deepEqual([items[0].label, items[0].alias], ['Python', undefined]);
    assert.deepEqual(items.filter((c) => c.entry.id === 'python').length, 1);
    assert.deepEqual(items.filter((c) => /3K/.test(c.label) || c.alias === 'Python 3K'), []);
  });

  it('completes "ML" with Machine Learning, matched by the alias', () => {
    const [first] = catalog.complete('ML', 5);
    assert.deepEqual([first.entry.id, first.label, first.alias], ['machine-learning', 'Machine Learning', 'ML']);
  });
});
