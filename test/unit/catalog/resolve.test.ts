import assert from 'node:assert/strict';
import { type CatalogLayer, SkillCatalog } from '../../../server/src/catalog';
import { TECH, brief, skill } from './fixtures';

const layer = (id: string, skills: CatalogLayer['skills']): CatalogLayer => ({ id, file: `${id}.skills.yaml`, skills });
const workspace = (e: ReturnType<typeof skill>, catalog: string) => ({ ...e, origin: { catalog } });

describe('SkillCatalog.resolve', () => {
  const catalog = SkillCatalog.fromEntries(TECH);

  it('counts skills and distinct normalized names', () => {
    assert.equal(catalog.size, 17);
    // 17 canonical names, +1 id that differs from its name ("cpp"), +16 aliases, −4 aliases that
    // normalize to a key already counted ("ML Ops" = MLOps, "cplusplus" = C++, "C Sharp" = "csharp", "dotnet" = .NET).
    assert.equal(catalog.nameCount, 17 + 1 + 16 - 4);
  });

  const cases: [string, unknown][] = [
    ['Kubernetes', { status: 'exact', id: 'kubernetes', matchedBy: 'name' }],
    ['kubernetes', { status: 'exact', id: 'kubernetes', matchedBy: 'id' }],
    ['Pytorch', { status: 'exact', id: 'pytorch', matchedBy: 'name' }],
    ['scikit learn', { status: 'exact', id: 'scikit-learn', matchedBy: 'name' }],
    ['cpp', { status: 'exact', id: 'cpp', matchedBy: 'id' }],
    ['C++', { status: 'exact', id: 'cpp', matchedBy: 'name' }],
    ['cplusplus', { status: 'exact', id: 'cpp', matchedBy: 'name' }],
    ['c#', { status: 'exact', id: 'csharp', matchedBy: 'name' }],
    ['C', { status: 'exact', id: 'c', matchedBy: 'name' }],
    ['F#', { status: 'exact', id: 'fsharp', matchedBy: 'name' }],
    ['.net', { status: 'exact', id: 'dotnet', matchedBy: 'name' }],
    ['node.js', { status: 'exact', id: 'nodejs', matchedBy: 'name' }],
    ['r', { status: 'exact', id: 'r', matchedBy: 'id' }],
    ['ML Ops', { status: 'exact', id: 'mlops', matchedBy: 'name' }],
    ['k8s', { status: 'alias', id: 'kubernetes', alias: 'k8s' }],
    ['K8S', { status: 'alias', id: 'kubernetes', alias: 'k8s' }],
    ['machine-learning operations', { status: 'alias', id: 'mlops', alias: 'Machine Learning Operations' }],
    ['sklearn', { status: 'alias', id: 'scikit-learn', alias: 'sklearn' }],
    ['Node', { status: 'alias', id: 'nodejs', alias: 'node' }],
    ['Pytorch2', { status: 'unknown', ids: ['pytorch'] }],
    ['kubernets', { status: 'unknown', ids: ['kubernetes'] }],
    ['zzzzzz', { status: 'unknown', ids: [] }],
    ['', { status: 'unknown', ids: [] }],
  ];
  for (const [written, expected] of cases) {
    it(`${JSON.stringify(written)} → ${JSON.stringify(expected)}`, () => {
      assert.deepEqual(brief(catalog.resolve(written)), expected);
    });
  }

  it('reports a name that is an alias of two entries as ambiguous, in catalog order', () => {
    const c = SkillCatalog.fromEntries([skill('go', 'Go', ['golang']), skill('game-of-life', 'Game of Life', ['go-lang', 'gol'])]);
    assert.deepEqual(brief(c.resolve('Go Lang')), { status: 'ambiguous', ids: ['go', 'game-of-life'] });
    assert.deepEqual(brief(c.resolve('GoL')), { status: 'alias', id: 'game-of-life', alias: 'gol' });
  });

  it('lets a canonical name win over another entry\'s alias in the same layer', () => {
    const c = SkillCatalog.fromEntries([skill('go', 'Go'), skill('board-game-go', 'Weiqi', ['go'])]);
    assert.deepEqual(brief(c.resolve('go')), { status: 'exact', id: 'go', matchedBy: 'id' });
    assert.deepEqual(brief(c.resolve('Weiqi')), { status: 'exact', id: 'board-game-go', matchedBy: 'name' });
  });

  it('get() finds by exact id only', () => {
    assert.equal(catalog.get('kubernetes')?.name, 'Kubernetes');
    assert.equal(catalog.get('Kubernetes'), undefined);
  });
});

describe('SkillCatalog.withLayers', () => {
  const builtin = SkillCatalog.fromEntries(TECH);

  it('adds new ids and leaves the catalog it extends unchanged', () => {
    const c = builtin.withLayers([layer('acme', [workspace(skill('acme-ml', 'Acme ML Platform', ['AMP']), 'acme')])]);
    assert.equal(c.size, 18);
    assert.deepEqual(brief(c.resolve('amp')), { status: 'alias', id: 'acme-ml', alias: 'AMP' });
    assert.equal(builtin.size, 17);
    assert.equal(builtin.resolve('amp').status, 'unknown');
  });

  it('overrides fields of a built-in entry with the same id, merging aliases and keeping the rest', () => {
    const override = workspace(skill('kubernetes', '', ['kubectl'], { category: '', description: 'Our clusters.', effort: { hoursPerLevel: 20 } }), 'acme');
    const c = builtin.withLayers([layer('acme', [override])]);
    const k = c.get('kubernetes')!;
    assert.deepEqual(
      { name: k.name, aliases: k.aliases, category: k.category, description: k.description, effort: k.effort, hot: k.hot, origin: k.origin },
      { name: 'Kubernetes', aliases: ['k8s', 'kube', 'kubectl'], category: 'Test', description: 'Our clusters.', effort: { hoursPerLevel: 20 }, hot: true, origin: { catalog: 'acme' } },
    );
    assert.deepEqual(brief(c.resolve('kubectl')), { status: 'alias', id: 'kubernetes', alias: 'kubectl' });
    assert.deepEqual(brief(c.resolve('k8s')), { status: 'alias', id: 'kubernetes', alias: 'k8s' });
    assert.equal(builtin.get('kubernetes')!.aliases.length, 2);
  });

  it('keeps the old name of a renamed entry as an alias', () => {
    const c = builtin.withLayers([layer('acme', [workspace(skill('cpp', 'C++ (ISO)'), 'acme')])]);
    assert.deepEqual(brief(c.resolve('c++')), { status: 'alias', id: 'cpp', alias: 'C++' });
    assert.deepEqual(brief(c.resolve('c++ iso')), { status: 'exact', id: 'cpp', matchedBy: 'name' });
    assert.deepEqual(c.get('cpp')!.aliases, ['C++']); // "cplusplus" normalizes the same: one alias
  });

  it('gives a workspace alias precedence over a built-in name or alias of another entry', () => {
    const c = builtin.withLayers([layer('acme', [workspace(skill('torchserve', 'TorchServe', ['torch', 'PyTorch']), 'acme')])]);
    assert.deepEqual(brief(c.resolve('torch')), { status: 'alias', id: 'torchserve', alias: 'torch' });
    assert.deepEqual(brief(c.resolve('pytorch')), { status: 'alias', id: 'torchserve', alias: 'PyTorch' });
    assert.deepEqual(brief(builtin.resolve('torch')), { status: 'alias', id: 'pytorch', alias: 'torch' });
  });

  it('lets a later layer win over an earlier one, and reports two entries of one layer claiming an alias', () => {
    const a = layer('a', [workspace(skill('x-one', 'X One', ['xo']), 'a')]);
    const b = layer('b', [workspace(skill('x-two', 'X Two', ['xo']), 'b')]);
    assert.deepEqual(brief(builtin.withLayers([a, b]).resolve('XO')), { status: 'alias', id: 'x-two', alias: 'xo' });
    assert.deepEqual(brief(builtin.withLayers([b, a]).resolve('XO')), { status: 'alias', id: 'x-one', alias: 'xo' });
    assert.deepEqual(brief(builtin.withLayers([a]).withLayers([b]).resolve('XO')), { status: 'alias', id: 'x-two', alias: 'xo' });
    const same = layer('s', [workspace(skill('x-one', 'X One', ['xo']), 's'), workspace(skill('x-two', 'X Two', ['xo']), 's')]);
    assert.deepEqual(brief(builtin.withLayers([same]).resolve('xo')), { status: 'ambiguous', ids: ['x-one', 'x-two'] });
  });

  it('suggests and completes names added by layers', () => {
    const c = builtin.withLayers([layer('acme', [workspace(skill('acme-ml', 'Acme ML Platform', ['AMP']), 'acme')])]);
    assert.deepEqual(c.suggest('acme ml platfrom').map((s) => [s.entry.id, s.name, s.distance]), [['acme-ml', 'Acme ML Platform', 1]]);
    assert.deepEqual(c.complete('acme').map((s) => [s.entry.id, s.label, s.alias]), [['acme-ml', 'Acme ML Platform', undefined]]);
    assert.deepEqual(c.complete('amp').map((s) => [s.entry.id, s.label, s.alias]), [['acme-ml', 'Acme ML Platform', 'AMP']]);
  });
});
