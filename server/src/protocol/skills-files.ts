// Which files are skills files, and which folders are never searched for them: one set of rules
// for the language server's indexer and file watcher, the CLI and the VS Code client.

/** Glob patterns of skills files, one per extension (LSP file watchers take a list). */
export const SKILLS_FILE_PATTERNS = ['**/*.skills.yaml', '**/*.skills.yml'] as const;

/** The same patterns as one glob (VS Code's file system watcher takes a single pattern). */
export const SKILLS_FILE_GLOB = '**/*.skills.{yaml,yml}';

/**
 * Folders never searched: dependencies and version control. Other dot-folders are searched
 * (`.github/team.skills.yaml` is a skills file like any other).
 */
export const IGNORED_GLOBS = ['**/node_modules/**', '**/.git/**'] as const;

const SKILLS_FILE_NAME = /\.skills\.ya?ml$/i;

export function isSkillsFile(path: string): boolean {
  return SKILLS_FILE_NAME.test(path);
}

/** `team/santana-mena.skills.yaml` → `santana-mena` */
export function skillsFileStem(path: string): string {
  const base = path.slice(path.replace(/\\/g, '/').lastIndexOf('/') + 1);
  return base.replace(SKILLS_FILE_NAME, '').replace(/\.ya?ml$/i, '');
}
