// Small hand-made catalogs for the catalog tests (the real built-in catalog has its own test file).
import type { Resolution } from '../../../server/src/catalog';
import type { SkillEntry } from '../../../server/src/catalog/types';

export function skill(id: string, name: string, aliases: string[] = [], extra: Partial<SkillEntry> = {}): SkillEntry {
  return {
    id,
    name,
    aliases,
    category: 'Test',
    requires: [],
    resources: [],
    source: {},
    origin: { catalog: 'builtin' },
    ...extra,
  };
}

export const TECH: SkillEntry[] = [
  skill('python', 'Python', ['py'], { source: { linguist: 'Python' }, hot: true }),
  skill('pytorch', 'PyTorch', ['torch'], { source: { curated: true } }),
  skill('tensorflow', 'TensorFlow', ['tf'], { hot: true }),
  skill('kubernetes', 'Kubernetes', ['k8s', 'kube'], { hot: true }),
  skill('docker', 'Docker', [], { hot: true }),
  skill('postgresql', 'PostgreSQL', ['postgres', 'psql'], { hot: true }),
  skill('javascript', 'JavaScript', ['js', 'ECMAScript'], { hot: true }),
  skill('java', 'Java', [], { hot: true }),
  skill('mlops', 'MLOps', ['Machine Learning Operations', 'ML Ops'], { source: { curated: true } }),
  skill('scikit-learn', 'scikit-learn', ['sklearn'], { hot: true }),
  skill('c', 'C', [], { source: { linguist: 'C' } }),
  skill('cpp', 'C++', ['cplusplus'], { source: { linguist: 'C++' } }),
  skill('csharp', 'C#', ['C Sharp'], { source: { linguist: 'C#' } }),
  skill('fsharp', 'F#', [], { source: { linguist: 'F#' } }),
  skill('dotnet', '.NET', ['dotnet'], { hot: true }),
  skill('nodejs', 'Node.js', ['node'], { hot: true }),
  skill('r', 'R', [], { source: { linguist: 'R' } }),
];

/** A resolution with entries replaced by their ids, for exact comparison. */
export function brief(r: Resolution): unknown {
  switch (r.status) {
    case 'exact': return { status: 'exact', id: r.entry.id, matchedBy: r.matchedBy };
    case 'alias': return { status: 'alias', id: r.entry.id, alias: r.alias };
    case 'ambiguous': return { status: 'ambiguous', ids: r.entries.map((e) => e.id) };
    case 'unknown': return { status: 'unknown', ids: r.suggestions.map((e) => e.id) };
  }
}
