// The workspace's skills files on disk: indexed once after `initialized` (with progress), then kept
// current from the client's file watcher. Open documents always win over the disk.
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver/node';
import { isSkillsFile, SKILLS_FILE_GLOBS } from '../protocol/skills-files';
import { discoverSkillsFiles } from '../workspace/discovery';
import { FileSystemPolicy } from '../workspace/fs-policy';
import type { Configuration } from './configuration';
import { readText } from './disk';
import { guardNotification } from './guard';
import type { DeclareCapabilities, Session } from './session';
import { pathFromUri, uriFromPath } from './uris';

export class Indexing {
  /** Settles when the first indexing is over: pulled diagnostics wait for it, not to report half a workspace. */
  done: Promise<void> = Promise.resolve();

  constructor(private readonly session: Session, private readonly configuration: Configuration) {}

  register(): DeclareCapabilities {
    const { session } = this;
    session.connection.onDidChangeWatchedFiles(guardNotification(session.log, 'didChangeWatchedFiles', async (params) => {
      for (const change of params.changes) {
        const file = session.uris.fromClient(change.uri);
        if (session.isOpen(file)) continue;   // open documents win over disk
        const path = pathFromUri(file);
        if (!path || !isSkillsFile(path)) continue;
        const text = change.type === FileChangeType.Deleted ? undefined : await readText(path);
        if (session.isOpen(file)) continue;   // opened while we were reading
        if (text !== undefined) session.diagnostics.affected(session.workspace.setFile(file, text));
        else if (session.workspace.has(file)) session.diagnostics.forget(file);
      }
    }));
    return () => ({});
  }

  /** After `initialized`: watch, read the settings, then index every folder. */
  async start(): Promise<void> {
    const { session } = this;
    if (session.client.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      await session.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: SKILLS_FILE_GLOBS.map((globPattern) => ({ globPattern })),
      });
    }
    this.done = this.configuration.load().then(() => this.indexFolders());
    await this.done;
  }

  private async indexFolders(): Promise<void> {
    const { session } = this;
    const progress = session.client.capabilities.window?.workDoneProgress ? await session.connection.window.createWorkDoneProgress() : undefined;
    progress?.begin('Skillgap: indexing skills files', 0, undefined, false);
    try {
      const found: string[] = [];
      // The folder the user opened is the root, nested repositories included (as `skillgap check --workspace`).
      for (const folder of session.client.folders) {
        found.push(...discoverSkillsFiles(new FileSystemPolicy(folder, session.settings.maxFileSize), { nestedRoots: 'include' }).files);
      }
      let done = 0;
      const read: [file: string, text: string][] = [];
      for (const path of found) {
        const file = session.uris.fromClient(uriFromPath(path));
        if (!session.isOpen(file)) {
          const text = await readText(path);
          if (text !== undefined) read.push([file, text]);
        }
        done++;
        progress?.report(Math.round((done / found.length) * 100), `${done}/${found.length} files`);
      }
      // One batch: the cross-file indexes are built once (file by file, each role file re-examined
      // every other file: 10,000 roles took 43 s). A file opened meanwhile keeps its open text.
      session.workspace.setFiles(read.filter(([file]) => !session.isOpen(file)));
    } finally {
      progress?.done();
    }
    session.diagnostics.affected(session.workspace.files());
  }
}
