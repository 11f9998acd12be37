// `skillgap diff`: what a change does to people's readiness (DESIGN §3.2). The working tree's workspace
// against the same workspace at a git revision (read with git itself, cli/git.ts): every (candidate,
// target) pair whose match, readiness, must-haves met or ready week changed, and the diagnostics the
// change introduces. Markdown made for a pull-request comment; JSON; text.
import { join } from 'node:path';
import { changeImpact, type WorkspaceFacts } from '../analysis/impact';
import { renderImpact } from '../render/impact';
import { Workspace } from '../workspace';
import { DEFAULT_MAX_FILE_BYTES } from '../workspace/fs-policy';
import { loadSelected, type SelectOptions } from './check';
import { readRevision } from './git';
import { displayPath } from './load';
import { escapeTerminal } from './terminal';

export interface DiffOptions extends SelectOptions {
  base?: string;
  format?: 'md' | 'json' | 'text';
}

export function runDiff(paths: string[], opts: DiffOptions): { stdout: string; notices: string[] } {
  const cwd = process.cwd();
  const rev = opts.base ?? 'HEAD';
  const { workspaces, notices } = loadSelected(paths, opts);
  const before: WorkspaceFacts = { pairs: [], diagnostics: [] };
  const after: WorkspaceFacts = { pairs: [], diagnostics: [] };
  let commit = '';
  for (const { loaded } of workspaces) {
    const today = opts.today ?? loaded.config.today ?? opts.fallbackToday;
    const maxBytes = opts.maxFileSize ?? loaded.config.maxFileSize ?? DEFAULT_MAX_FILE_BYTES;
    const base = readRevision(loaded.root.root, rev, maxBytes);
    commit = base.commit;
    const workspace = new Workspace({ today, maxFileBytes: maxBytes });
    const texts: [string, string][] = [];
    const oversized: [string, number][] = [];
    for (const [path, content] of base.files) {
      const key = displayPath(join(loaded.root.root, path), cwd);
      if ('text' in content) texts.push([key, content.text]);
      else oversized.push([key, content.bytes]);
    }
    // --catalog files are outside the repository's history: both sides read them as they are now.
    for (const written of opts.catalog) {
      const key = displayPath(join(cwd, written), cwd);
      const text = loaded.workspace.text(key);
      if (text !== undefined && !texts.some(([k]) => k === key)) texts.push([key, text]);
    }
    workspace.setFiles(texts);
    for (const [key, bytes] of oversized) workspace.setOversizedFile(key, bytes);
    const b = workspace.impactFacts({ today });
    const a = loaded.workspace.impactFacts({ today });
    before.pairs.push(...b.pairs);
    before.diagnostics.push(...b.diagnostics);
    after.pairs.push(...a.pairs);
    after.diagnostics.push(...a.diagnostics);
  }
  const model = changeImpact(before, after, { base: `${rev} (${commit.slice(0, 7)})`, head: 'the working tree' });
  const format = opts.format ?? 'md';
  return { stdout: renderImpact(format === 'md' ? 'markdown' : format, model), notices: notices.map(escapeTerminal) };
}
