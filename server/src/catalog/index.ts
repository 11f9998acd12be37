// Skill resolution: normalized names, the built-in and workspace catalogs, did-you-mean, completion.
export { normalizeSkillName } from './normalize';
export { type CatalogLayer, catalogDocToLayer } from './layers';
export {
  SkillCatalog,
  type Resolution,
  maxSuggestionDistance,
} from './skill-catalog';
export { builtinCatalogInfo } from './builtin';
export { demandSignal, demandText, type DemandSignal } from './demand';
export { osaDistance } from './edit-distance';
export type { SkillEntry } from './types';
