// The workspace's skills files on disk: indexed after `initialized` (with progress), again for each
// folder added later and dropped with each folder removed; kept current from the client's file
// watcher. Every read goes through the file-system policy (session.disk). Open documents always win
// over the disk.
import { CodeLensRefreshRequest, DidChangeWatchedFilesNotification, FileChangeType, type WorkspaceFoldersChangeEvent } from 'vscode-languageserver/node';
import { SKILLS_FILE_GLOBS } from '../protocol/skills-files';
import { EMPTY_CONFIG, parseWorkspaceConfig } from '../workspace/config';
import { CONFIG_FILE_NAME } from '../workspace/root';
import { basename, dirname, join } from 'node:path';
import { discoverSkillsFiles } from '../workspace/discovery';
import { describeRefusal } from '../workspace/fs-policy';
import type { ParsedAhead } from '../workspace';
import type { Configuration } from './configuration';
import { isInside } from './disk';
import { guardNotification } from './guard';
import type { DeclareCapabilities, Session } from './session';
import { pathFromUri, uriFromPath } from './uris';

/**
 * Parsing per event-loop turn while indexing. A request takes several turns from its arrival to its
 * answer (the connection queues it, the handler, the writer), each of which waits for one slice.
 */
const PARSE_SLICE_MS = 2;

/**
 * Files read between two turns that let other messages through; a workspace this small is also parsed in
 * one turn, so that nothing (a code lens, a hover) sees it half-indexed. The requests that read the whole
 * workspace (reports, role reports, pulled diagnostics) wait for `done` whatever its size.
 */
const READ_AT_ONCE = 50;

export class Indexing {
  /** Settles when the first indexing is over: pulled diagnostics wait for it, not to report half a workspace. */
  readonly done: Promise<void>;
  private indexed!: () => void;
  /** Folder changes and indexing run one after the other, in the order the client sent them. */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly session: Session, private readonly configuration: Configuration) {
    this.done = new Promise((resolve) => { this.indexed = resolve; });
  }

  register(): DeclareCapabilities {
    const { session } = this;
    session.connection.onDidChangeWatchedFiles(guardNotification(session.log, 'didChangeWatchedFiles', (params) => {
      for (const change of params.changes) this.fileChanged(session.uris.fromClient(change.uri), change.type);
    }));
    return () => ({});
  }

  /** After `initialized`: watch, read the settings, then index every folder. */
  async start(): Promise<void> {
    const { session } = this;
    if (session.client.capabilities.workspace?.workspaceFolders) {
      session.connection.workspace.onDidChangeWorkspaceFolders(guardNotification(session.log, 'didChangeWorkspaceFolders', (event) => this.foldersChanged(event)));
    }
    try {
      if (session.client.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        await session.connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [...SKILLS_FILE_GLOBS, `**/${CONFIG_FILE_NAME}`].map((globPattern) => ({ globPattern })),
        });
      }
      await this.serially(async () => {
        for (const folder of session.client.folders) this.readFolderConfig(folder);
        await this.configuration.load();
        await this.indexFolders(session.client.folders);
      });
    } finally {
      this.indexed();
      // Lenses drawn while the folder was being read counted part of it (a role's candidates): draw them again.
      if (session.client.capabilities.workspace?.codeLens?.refreshSupport) void session.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    }
  }

  private serially(run: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(run, run);
    return this.queue;
  }

  private fileChanged(file: string, type: FileChangeType): void {
    const { session } = this;
    const path = pathFromUri(file);
    if (path && basename(path) === CONFIG_FILE_NAME && session.client.folders.includes(dirname(path))) { void this.configChanged(dirname(path)); return; }
    if (this.configuration.isExtraCatalog(file)) { this.configuration.catalogChanged(file); return; }
    if (session.isOpen(file)) return;   // open documents win over disk
    if (!path || !session.isWorkspaceFile(path)) return;
    const outcome = type === FileChangeType.Deleted ? undefined : session.disk.read(path);
    if (outcome && outcome.kind !== 'refused') session.diagnostics.affected(session.load(file, outcome));
    else {
      if (outcome) session.load(file, outcome);   // logs why
      if (session.workspace.has(file)) session.diagnostics.forget(file);
    }
  }

  /**
   * A folder's `.skillgap.yaml` was created, changed or deleted: read it again, then the catalogs it names
   * and the folder's files (its `ignore` may take files in or leave them out).
   */
  private configChanged(folder: string): Promise<void> {
    return this.serially(async () => {
      this.readFolderConfig(folder);
      await this.configuration.load();
      const { session } = this;
      for (const file of session.workspace.files()) {
        const path = pathFromUri(file);
        if (!path || session.disk.folderOf(path) !== folder || session.isOpen(file) || this.configuration.isExtraCatalog(file)) continue;
        if (!session.isWorkspaceFile(path)) session.diagnostics.forget(file);
      }
      await this.indexFolders([folder]);
    });
  }

  /** The folder's `.skillgap.yaml`, read under the folder's rules; a problem in it is said once and the file is then taken as empty. */
  private readFolderConfig(folder: string): void {
    const { session } = this;
    const path = join(folder, CONFIG_FILE_NAME);
    const outcome = session.disk.read(path);
    let config = EMPTY_CONFIG;
    if (outcome.kind === 'text') {
      const parsed = parseWorkspaceConfig(outcome.text);
      if (parsed.problems.length > 0) {
        const [first] = parsed.problems;
        this.configuration.warn(path, `Skillgap: ${path}:${first.line}:${first.column}: ${first.message}${parsed.problems.length > 1 ? ` (and ${parsed.problems.length - 1} more)` : ''}; its settings are not used.`);
      }
      config = parsed.config;
    } else if (outcome.kind === 'too-large' || outcome.refusal.reason !== 'missing') {
      this.configuration.warn(path, `Skillgap: ${path} is not read: ${outcome.kind === 'too-large' ? `${outcome.bytes} bytes is too large` : session.disk.describe(outcome)}.`);
    }
    session.folderConfigs.set(folder, config);
  }

  /** Folders added are indexed, folders removed dropped (with the files only they held), then the settings re-read per folder. */
  private foldersChanged(event: WorkspaceFoldersChangeEvent): Promise<void> {
    return this.serially(async () => {
      const { session } = this;
      const removed = event.removed.map((f) => pathFromUri(f.uri)).filter((p): p is string => !!p);
      const added = event.added.map((f) => pathFromUri(f.uri)).filter((p): p is string => !!p);
      session.client.folders = [...session.client.folders.filter((f) => !removed.includes(f)), ...added.filter((f) => !session.client.folders.includes(f))];
      session.disk.forgetPolicies();
      for (const folder of removed) session.folderConfigs.delete(folder);
      for (const folder of added) this.readFolderConfig(folder);
      for (const file of session.workspace.files()) {
        const path = pathFromUri(file);
        if (!path || !removed.some((folder) => isInside(path, folder))) continue;
        if (session.isOpen(file) || session.inWorkspace(path) || this.configuration.isExtraCatalog(file)) continue;
        session.diagnostics.forget(file);
      }
      await this.configuration.load();
      await this.indexFolders(added);
    });
  }

  private async indexFolders(folders: readonly string[]): Promise<void> {
    const { session } = this;
    if (folders.length === 0) return;
    const progress = session.client.capabilities.window?.workDoneProgress ? await session.connection.window.createWorkDoneProgress() : undefined;
    progress?.begin('Skillgap: indexing skills files', 0, undefined, false);
    session.indexStatus.setIndexing(true);
    const texts: [file: string, text: string][] = [];
    const oversized: [file: string, bytes: number][] = [];
    try {
      const found: string[] = [];
      // The folder the user opened is the root, nested repositories included (as `skillgap check --workspace`).
      for (const folder of folders) {
        const policy = session.disk.policy(folder);
        if (!policy) { session.log.warn(`skillgap: workspace folder ${folder} cannot be read`); continue; }
        const discovered = discoverSkillsFiles(policy, { nestedRoots: 'include', ignore: session.folderConfigs.get(folder)?.ignore });
        for (const skipped of discovered.skipped) session.log.warn(`skillgap: not read: ${skipped.path}: ${describeRefusal(skipped.refusal, folder)}`);
        found.push(...discovered.files);
      }
      let done = 0;
      let reported = -1;
      for (const path of found) {
        const file = session.uris.fromClient(uriFromPath(path));
        // An extra catalog was read by the configuration, as a named file.
        if (!this.configuration.isExtraCatalog(file)) {
          const outcome = session.disk.read(path);
          if (outcome.kind === 'text') texts.push([file, outcome.text]);
          else if (outcome.kind === 'too-large') oversized.push([file, outcome.bytes]);
          else session.load(file, outcome);   // logs why
        }
        done++;
        // Reported when the percentage moves: 10,000 files sent 10,000 notifications ahead of every answer.
        const percent = Math.round((done / found.length) * 100);
        if (percent !== reported || done === found.length) progress?.report(percent, `${done}/${found.length} files`);
        reported = percent;
        if (done % READ_AT_ONCE === 0) await new Promise((resolve) => setImmediate(resolve));   // let other messages through
      }
    } finally {
      progress?.done();
    }
    // Parsed a batch at a time with other messages let through between batches (parsing 10,000 files at
    // once kept a hover waiting 8 s), then added at once: the cross-file indexes are rebuilt once, and
    // requests meanwhile are answered from the workspace as it was. Open documents win.
    const parsed: ParsedAhead[] = [];
    let turnStart = performance.now();
    for (const [file, text] of texts) {
      parsed.push(session.workspace.parseAhead(file, text));
      if (texts.length > READ_AT_ONCE && performance.now() - turnStart >= PARSE_SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        turnStart = performance.now();
      }
    }
    session.workspace.setParsedFiles(parsed.filter(({ file }) => !session.isOpen(file)));
    for (const [file, bytes] of oversized) if (!session.isOpen(file)) session.workspace.setOversizedFile(file, bytes);
    session.indexStatus.setIndexing(false);
    session.diagnostics.affected(session.workspace.files());
  }
}
