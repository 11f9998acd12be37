import type { Range, Resource } from '../model/types';

/** Where a skill's data came from (ids or URIs in the public taxonomies). */
interface SkillSource {
  esco?: string;          // ESCO concept URI
  onet?: string;          // O*NET Technology Skills example name, as written there
  linguist?: string;      // Linguist language name
  devicon?: string;       // devicon slug
  simpleIcons?: string;   // Simple Icons title
  curated?: boolean;      // from Skillgap's hand-written layer
  [other: string]: string | boolean | undefined; // workspace catalogs may name other sources
}

/**
 * Hours to learn a skill, step by step: `hours` are the steps 0→1, 1→2, 2→3, 3→4, 4→5 (five
 * non-negative numbers, never decreasing); `hoursPerLevel` is the same hours for every step.
 */
export type Effort = { hours: number[] } | { hoursPerLevel: number };

/** A skill as the rest of the product sees it, whichever catalog it came from. */
export interface SkillEntry {
  id: string;                       // stable kebab-case id, e.g. "kubernetes", "scikit-learn"
  name: string;                     // canonical spelling, e.g. "scikit-learn", "PostgreSQL"
  aliases: string[];
  category: string;                 // e.g. "Cloud & Platform", "Machine Learning", "Programming Languages"
  description?: string;
  requires: { skill: string; level: number }[];   // prerequisite skill ids
  effort?: Effort;                  // the effort curve; absent: the category's default (analysis/effort.ts)
  evidence?: string;                // a project that demonstrates the skill
  resources: Resource[];
  source: SkillSource;
  hot?: boolean;                    // O*NET Hot Technology
  inDemand?: boolean;               // O*NET In Demand (for at least one occupation)
  /** O*NET demand: occupations whose Technology Skills list the skill, and of those how many flag it In Demand. */
  demand?: { occupations: number; inDemand?: number };
  /** Ids of the skills this one (a trend such as Generative AI) is made of; for the report's market outlook. */
  relatedSkills?: string[];
  /** The catalog this entry came from: "builtin" or a workspace catalog id, with its file and range. */
  origin: { catalog: string; file?: string; range?: Range };
}

/** The shipped, generated catalog as stored in server/src/catalog/data/builtin-catalog.json. */
export interface BuiltinCatalogFile {
  version: string;                  // e.g. "2026.11.27"
  /** The sources, with the month each snapshot was released or taken (YYYY-MM, from its SOURCE.md). */
  generatedFrom: { name: string; version: string; released?: string; licence: string }[];
  /** Empty `aliases`, `requires` and `resources` are left out of the file; the loader restores them. */
  skills: (Omit<SkillEntry, 'origin' | 'aliases' | 'requires' | 'resources'> & Partial<Pick<SkillEntry, 'aliases' | 'requires' | 'resources'>>)[];
}
