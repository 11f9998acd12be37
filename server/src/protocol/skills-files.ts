// Which files are skills files, and which folders are never searched for them: one set of rules
// for the workspace discovery (workspace/discovery.ts, used by the CLI and the language server's
// indexer), the server's file watcher and the VS Code client.

/** File-name patterns of skills files. */
const SKILLS_FILE_NAMES = ['*.skills.yaml', '*.skills.yml'] as const;

/** The same at any depth, one glob per extension (LSP file watchers and document selectors take a list). */
export const SKILLS_FILE_GLOBS = SKILLS_FILE_NAMES.map((name) => `**/${name}`);

/**
 * Folders never entered, whatever a workspace's config says: dependencies and version control.
 * Other dot-folders are searched (`.github/team.skills.yaml` is a skills file like any other).
 */
export const ALWAYS_IGNORED_FOLDERS = ['node_modules', '.git'] as const;

const SKILLS_FILE_NAME = /\.skills\.ya?ml$/i;

export function isSkillsFile(path: string): boolean {
  return SKILLS_FILE_NAME.test(path);
}

/** `team/santana-mena.skills.yaml` → `santana-mena` */
export function skillsFileStem(path: string): string {
  const base = path.slice(path.replace(/\\/g, '/').lastIndexOf('/') + 1);
  return base.replace(SKILLS_FILE_NAME, '').replace(/\.ya?ml$/i, '');
}
