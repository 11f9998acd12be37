import assert from 'node:assert/strict';
import { SkillCatalog, catalogDocToLayer } from '../../../server/src/catalog';
import type { CatalogDoc, Range } from '../../../server/src/model/types';
import { TECH } from './fixtures';

const at = (line: number, from: number, to: number): Range => ({ start: { line, character: from }, end: { line, character: to } });
const spanned = <T>(value: T, line: number, from = 4, to = from + String(value).length) => ({ value, range: at(line, from, to) });

const doc: CatalogDoc = {
  kind: 'catalog',
  id: spanned('acme', 0, 4),
  skills: [
    {
      id: spanned('kubernetes', 3, 8),
      aliases: [spanned('kubectl', 4, 14)],
      requires: [{ skill: spanned('Docker', 5, 22), range: at(5, 6, 30) }],
      resources: [spanned({ title: 'K8s at Acme', provider: 'Acme Academy', hours: 6 }, 6, 8, 60)],
      range: at(3, 4, 60),
    },
    {
      id: spanned('acme-deploy', 8, 8),
      name: spanned('Acme Deploy', 9, 10),
      aliases: [],
      category: spanned('Internal Tools', 10, 14),
      description: spanned('Our deployment pipeline.', 11, 17),
      requires: [{ skill: spanned('k8s', 12, 22), level: spanned(3, 12, 34), range: at(12, 6, 36) }],
      effort: { hours: [2, 4, 8, 16, 32].map((h, i) => spanned(h, 13, 22 + 3 * i)) },
      evidence: spanned('Ship a service with it.', 14, 14),
      source: { wiki: 'https://wiki.acme.example/deploy' },
      resources: [],
      range: at(8, 4, 40),
    },
  ],
};

describe('catalogDocToLayer', () => {
  const layer = catalogDocToLayer(doc, 'file:///ws/acme.skills.yaml');

  it('turns each skill of the document into an entry, leaving what it does not state empty', () => {
    assert.equal(layer.id, 'acme');
    assert.equal(layer.file, 'file:///ws/acme.skills.yaml');
    assert.deepEqual(layer.skills[0], {
      id: 'kubernetes',
      name: '',
      aliases: ['kubectl'],
      category: '',
      description: undefined,
      requires: [{ skill: 'Docker', level: 1 }], // as written; level defaults to 1 (awareness)
      effort: undefined,
      evidence: undefined,
      resources: [{ title: 'K8s at Acme', provider: 'Acme Academy', hours: 6 }],
      source: {},
      origin: { catalog: 'acme', file: 'file:///ws/acme.skills.yaml', range: at(3, 4, 60) },
    });
    assert.deepEqual(layer.skills[1].requires, [{ skill: 'k8s', level: 3 }]);
    assert.deepEqual(layer.skills[1].source, { wiki: 'https://wiki.acme.example/deploy' });
  });

  it('overrides and extends the catalog beneath it', () => {
    const catalog = SkillCatalog.fromEntries(TECH).withLayers([layer]);
    const k8s = catalog.get('kubernetes')!;
    assert.deepEqual(
      [k8s.name, k8s.category, k8s.aliases, k8s.requires, k8s.resources.map((r) => r.title), k8s.origin.catalog],
      ['Kubernetes', 'Test', ['k8s', 'kube', 'kubectl'], [{ skill: 'Docker', level: 1 }], ['K8s at Acme'], 'acme'],
    );
    const deploy = catalog.get('acme-deploy')!;
    assert.deepEqual([deploy.name, deploy.category, deploy.effort], ['Acme Deploy', 'Internal Tools', { hours: [2, 4, 8, 16, 32] }]);
    assert.equal(catalog.size, TECH.length + 1);
    assert.equal(catalog.entries().at(-1), deploy);
    assert.equal(catalog.entries().find((e) => e.id === 'kubernetes'), k8s);
  });

  it('names a new entry after its id when the document gives no name, in the default category', () => {
    const bare: CatalogDoc = { kind: 'catalog', skills: [{ id: spanned('terraform', 1, 8), aliases: [], requires: [], resources: [], range: at(1, 4, 20) }] };
    const entry = SkillCatalog.fromEntries(TECH).withLayers([catalogDocToLayer(bare, 'x.skills.yaml')]).get('terraform')!;
    assert.deepEqual([entry.name, entry.category, entry.origin.catalog], ['terraform', 'Other', 'x.skills.yaml']);
  });
});
