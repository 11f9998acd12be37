// What the semantic checks may ask of the workspace, without depending on the Workspace class.
import type { SkillCatalog } from '../catalog';
import type { CatalogDoc, ParsedFile, Range } from '../model/types';
import type { RoleIndex } from '../analysis/role-index';
import type { CleanItems } from './clean-items';

export interface WorkspaceCatalogDoc { file: string; doc: CatalogDoc }

export interface CheckContext {
  catalog: SkillCatalog;
  roles: RoleIndex;
  /** Workspace catalog documents, in file order (the built-in catalog is not among them). */
  catalogs: readonly WorkspaceCatalogDoc[];
  /** Definitions of each workspace catalog skill id, in file order: more than one is a duplicate-id. */
  catalogSkillDefinitions(id: string): readonly { file: string; range: Range }[];
  /** YYYY-MM-DD; absent means checks that need a date (stale market data) are skipped. */
  today?: string;
  /** How a message names a file. */
  display(file: string): string;
  /** Catalog entries known clean (a Workspace keeps them across edits); without it every entry is checked. */
  cleanItems?: CleanItems;
}
