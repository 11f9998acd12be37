// Skill resolution: normalized names, the built-in and workspace catalogs, did-you-mean, completion.
export { normalizeSkillName } from './normalize';
export { type CatalogLayer, catalogDocToLayer, DEFAULT_CATEGORY, DEFAULT_PREREQUISITE_LEVEL } from './layers';
export {
  SkillCatalog,
  type Resolution,
  type Suggestion,
  type Completion,
  maxSuggestionDistance,
  entryTier,
} from './skill-catalog';
export { builtinCatalogInfo } from './builtin';
export { osaDistance } from './edit-distance';
export type { SkillEntry, SkillSource, BuiltinCatalogFile, Effort } from './types';
