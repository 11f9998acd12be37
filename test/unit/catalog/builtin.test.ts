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

  it('completes "kube" with Kubernetes first', () => {
    const [first] = catalog.complete('kube', 5);
    assert.deepEqual([first.entry.id, first.label, first.isAlias], ['kubernetes', 'kube', true]);
    assert.ok(catalog.complete('kube', 5).some((c) => c.label === 'Kubernetes' && !c.isAlias));
  });
});
