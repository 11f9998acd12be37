// A skill's public demand signal, always with its source and date: O*NET Technology Skills lists, per
// occupation, the technologies its workers use, flags some as Hot Technologies (frequently named in job
// postings across occupations) and, per occupation, as In Demand (frequently named in that occupation's
// postings). The build counts them per skill (server/src/catalog/data/README.md, "Demand signals").
import { builtinCatalogInfo } from './builtin';
import type { SkillEntry } from './types';

export interface DemandSignal {
  hot: boolean;
  /** Occupations whose Technology Skills list the skill. */
  occupations: number;
  /** Of those, the occupations that flag it In Demand. */
  inDemand: number;
  /** "O*NET 29.2" */
  source: string;
  /** The release month of that source, YYYY-MM. */
  asOf?: string;
}

export function demandSignal(entry: SkillEntry): DemandSignal | undefined {
  if (!entry.demand) return undefined;
  const onet = builtinCatalogInfo().generatedFrom.find((g) => g.name.startsWith('O*NET'));
  return {
    hot: entry.hot === true,
    occupations: entry.demand.occupations,
    inDemand: entry.demand.inDemand ?? 0,
    source: `O*NET ${onet?.version ?? ''}`.trim(),
    ...(onet?.released ? { asOf: onet.released } : {}),
  };
}

/** "Hot Technology in O*NET 29.2 (2025-02); In Demand for 67 of 131 occupations". */
export function demandText(d: DemandSignal): string {
  const where = `${d.source}${d.asOf ? ` (${d.asOf})` : ''}`;
  const occupations = (n: number) => `${n} occupation${n === 1 ? '' : 's'}`;
  const reach = d.inDemand > 0 ? `In Demand for ${d.inDemand} of ${occupations(d.occupations)}` : `listed for ${occupations(d.occupations)}`;
  return d.hot ? `Hot Technology in ${where}; ${reach}` : `${reach[0].toUpperCase()}${reach.slice(1)} in ${where}`;
}
