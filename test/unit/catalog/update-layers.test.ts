// SkillCatalog.updateLayers must give exactly the catalog that composing the new layers afresh gives
// (entries in the same order, every name's records in the same order, the same overlay names), and
// say which names and entries changed. Checked on chosen edits and on random layered catalogs whose
// ids and names collide with the base and with each other.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SkillCatalog, type CatalogLayer } from '../../../server/src/catalog';
import { recordList } from '../../../server/src/catalog/name-index';
import type { SkillEntry } from '../../../server/src/catalog/types';
import { skill, TECH } from './fixtures';

type Internals = { overlayById: Map<string, SkillEntry>; overlayNames: Map<string, unknown>; base: { names: Map<string, unknown> } };
const inside = (c: SkillCatalog) => c as unknown as Internals;

/** The state a catalog's answers come from: entries in order, and every overlay name's records. */
function state(catalog: SkillCatalog): unknown {
  const { overlayById, overlayNames, base } = inside(catalog);
  const names = [...overlayNames.keys()].sort().map((key) => [key, recordList((overlayNames.get(key) ?? base.names.get(key)) as never)]);
  return { entries: catalog.entries(), overlayIds: [...overlayById.keys()], names, size: catalog.size, nameCount: catalog.nameCount };
}

function layerEntry(id: string, name: string, aliases: string[] = [], extra: Partial<SkillEntry> = {}): SkillEntry {
  return skill(id, name, aliases, { category: '', origin: { catalog: 'ws' }, ...extra });
}

const base = SkillCatalog.fromEntries(TECH);

function update(previous: CatalogLayer[], next: CatalogLayer[]) {
  const composed = base.withLayers(previous);
  const result = composed.updateLayers(previous, next);
  if (result) assert.deepStrictEqual(state(result.catalog), state(base.withLayers(next)));
  return result;
}

describe('SkillCatalog.updateLayers: chosen edits', () => {
  const a = layerEntry('acme-deploy', 'Acme Deployment', ['deployer']);
  const b = layerEntry('kubernetes', '', ['kubectl'], { description: 'Ours.' });
  const c = layerEntry('acme-ci', 'Acme CI', [], { requires: [{ skill: 'acme-deploy', level: 2 }] });
  const previous: CatalogLayer[] = [{ id: 'ws', file: 'ws.skills.yaml', skills: [a, b, c] }];
  const withSkills = (skills: SkillEntry[]): CatalogLayer[] => [{ ...previous[0], skills }];

  it('keeps every name when only a description changes, and names the entry', () => {
    const r = update(previous, withSkills([a, { ...b, description: 'Changed.' }, c]))!;
    assert.deepStrictEqual([[...r.keys], [...r.ids], r.requiresChanged], [[], ['kubernetes'], false]);
    assert.equal(r.catalog.get('kubernetes')!.description, 'Changed.');
    const composed = base.withLayers(previous);
    assert.equal(inside(composed.updateLayers(previous, withSkills([a, { ...b, description: 'Changed.' }, c]))!.catalog).overlayNames, inside(composed).overlayNames, 'names shared, not copied');
  });

  it('moves a renamed entry to its new name, the old one becoming unknown', () => {
    const r = update(previous, withSkills([{ ...a, name: 'Acme Ship' }, b, c]))!;
    assert.deepStrictEqual([[...r.keys].sort(), [...r.ids]], [['acmedeployment', 'acmeship'], ['acme-deploy']]);
    assert.equal(r.catalog.resolve('Acme Ship').status, 'exact');
    assert.equal(r.catalog.resolve('Acme Deployment').status, 'unknown');
  });

  it('restores the built-in entry when its override goes, and adds entries in layer order', () => {
    const removed = update(previous, withSkills([a, c]))!;
    assert.deepStrictEqual([...removed.keys].sort(), ['k8s', 'kube', 'kubectl', 'kubernetes']);
    assert.equal(removed.catalog.get('kubernetes')!.origin.catalog, 'builtin');
    const d = layerEntry('acme-cd', 'Acme CD');
    const inserted = update(previous, withSkills([a, d, b, c]))!;
    assert.deepStrictEqual(inserted.catalog.entries().slice(-3).map((e) => e.id), ['acme-deploy', 'acme-cd', 'acme-ci']);
  });

  it('reports a changed prerequisite', () => {
    assert.equal(update(previous, withSkills([a, b, { ...c, requires: [{ skill: 'docker', level: 2 }] }]))!.requiresChanged, true);
  });

  it('declines what it cannot apply exactly: an id stated twice, a name shared with another workspace entry, other layers', () => {
    assert.equal(update(previous, withSkills([a, b, c, layerEntry('acme-ci', 'Acme CI 2')])), undefined);
    assert.equal(update(previous, withSkills([a, b, { ...c, aliases: ['deployer'] }])), undefined);
    assert.equal(update(previous, [...previous, { id: 'other', skills: [] }]), undefined);
    assert.equal(update(previous, [{ ...previous[0], id: 'renamed' }]), undefined);
  });
});

describe('SkillCatalog.updateLayers: random layered catalogs', () => {
  // Few ids and names, so that they collide with the base catalog and with each other.
  const ids = ['python', 'kubernetes', 'docker', 'w1', 'w2', 'w3', 'w4', 'w5'];
  const names = ['', 'Python', 'Kube', 'Docker', 'W One', 'W Two', 'Snake', 'k8s', 'py'];
  const entry = fc.record({
    id: fc.constantFrom(...ids),
    name: fc.constantFrom(...names),
    aliases: fc.array(fc.constantFrom(...names.filter(Boolean)), { maxLength: 2 }),
    requires: fc.array(fc.constantFrom(...ids), { maxLength: 1 }),
    description: fc.constantFrom(undefined, 'one', 'two'),
  }).map(({ id, name, aliases, requires, description }) => layerEntry(id, name, aliases, { requires: requires.map((s) => ({ skill: s, level: 2 })), ...(description ? { description } : {}) }));
  const layers = fc.array(fc.array(entry, { maxLength: 5 }), { minLength: 1, maxLength: 3 });
  // An edit: replace, insert or delete entries of one layer (kept entries stay the same objects).
  const edit = fc.record({ layer: fc.nat(), at: fc.nat(), remove: fc.nat({ max: 2 }), insert: fc.array(entry, { maxLength: 2 }) });

  it('equals a fresh composition whenever it applies, and applies to most edits of distinct ids', () => {
    let applied = 0;
    let runs = 0;
    fc.assert(fc.property(layers, fc.array(edit, { minLength: 1, maxLength: 3 }), (skillLists, edits) => {
      let previous: CatalogLayer[] = skillLists.map((skills, i) => ({ id: `l${i}`, file: `l${i}.skills.yaml`, skills }));
      for (const e of edits) {
        const l = e.layer % previous.length;
        const skills = [...previous[l].skills];
        skills.splice(e.at % (skills.length + 1), e.remove, ...e.insert);
        const next = previous.map((layer, i) => (i === l ? { ...layer, skills } : layer));
        runs++;
        if (update(previous, next)) applied++;
        previous = next;
      }
    }), { numRuns: 400 });
    assert.ok(applied > runs / 10, `applied ${applied} of ${runs}`);
  });
});
