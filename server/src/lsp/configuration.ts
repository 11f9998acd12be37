// Settings (protocol/settings.ts) from `initializationOptions`, then from `workspace/configuration`
// (asked for the window and for each workspace folder: `catalogs` is resource-scoped) or pushed with
// didChangeConfiguration. Extra catalogs join the Workspace as ordinary files, so their skills resolve,
// hover and navigate like a workspace catalog's; they are read through the file-system policy, watched,
// and re-read when they change, also when they lie outside every workspace folder. A folder's
// `.skillgap.yaml` may name catalogs too (inside the folder only, as for the CLI).
import {
  DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, MessageType,
  type Disposable, type FileSystemWatcher, type ServerCapabilities,
} from 'vscode-languageserver/node';
import { basename, dirname } from 'node:path';
import { DEFAULT_SETTINGS, mergeSettings, SETTINGS_SECTION, type SkillgapSettings } from '../protocol/settings';
import { CONFIG_FILE_NAME } from '../workspace/root';
import { guardNotification } from './guard';
import type { DeclareCapabilities, Session } from './session';
import { catalogPaths, type NamedPath, type ScopedCatalogs } from './settings';
import { pathFromUri, uriFromPath } from './uris';

export class Configuration {
  /** The extra catalogs the settings and the folders' .skillgap.yaml name now (read or not), by key. */
  private extraCatalogs = new Map<string, NamedPath>();
  private catalogWatchers?: Promise<Disposable>;
  private watchedCatalogs = '';
  /** The last message about each catalog not read, so a refusal is shown once, not at every reload. */
  private readonly refused = new Map<string, string>();
  private loading: Promise<void> = Promise.resolve();

  constructor(private readonly session: Session) {}

  /** At `initialize`: the initialization options are all we know yet. */
  initialize(): void {
    this.session.settings = mergeSettings(DEFAULT_SETTINGS, this.session.client.initializationOptions);
    this.session.workspace.setOptions(this.session.workspaceOptions());
  }

  register(): DeclareCapabilities {
    const { connection, log } = this.session;
    connection.onDidChangeConfiguration(guardNotification(log, 'didChangeConfiguration', async (params) => {
      await this.load((params.settings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION]);
    }));
    return (): ServerCapabilities => ({});
  }

  async registerForChanges(): Promise<void> {
    if (this.session.client.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      await this.session.connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    }
  }

  /** Re-reads the settings (`pushed`: what a client without workspace/configuration sent) and applies them; one load at a time. */
  load(pushed?: unknown): Promise<void> {
    this.loading = this.loading.then(() => this.loadNow(pushed), () => this.loadNow(pushed));
    return this.loading;
  }

  isExtraCatalog(file: string): boolean {
    return this.extraCatalogs.has(file);
  }

  /** Whether the user named it (settings): read even outside the workspace folders. */
  isNamedByUser(file: string): boolean {
    return this.extraCatalogs.get(file)?.from === undefined && this.extraCatalogs.has(file);
  }

  /** A watched extra catalog changed on disk: read it again (or drop it when it is gone). */
  catalogChanged(file: string): void {
    if (!this.extraCatalogs.has(file) || this.session.isOpen(file)) return;
    this.readCatalog(file);
  }

  private async loadNow(pushed: unknown): Promise<void> {
    const { session } = this;
    const before = session.settings;
    const { settings, scopes } = await this.read(pushed);
    // Catalogs a folder's .skillgap.yaml names: relative to the folder, and read under its rules (never outside it).
    for (const [folder, config] of session.folderConfigs) {
      if (config.catalogs.length > 0) scopes.push({ folder, catalogs: config.catalogs, from: `${CONFIG_FILE_NAME} of ${folder}` });
    }
    session.settings = settings;
    if (settings.maxFileSize !== before.maxFileSize || settings.today !== before.today) {
      session.diagnostics.affected(session.workspace.setOptions(session.workspaceOptions()));
    }
    if (JSON.stringify(settings.inlayHints) !== JSON.stringify(before.inlayHints) && session.client.capabilities.workspace?.inlayHint?.refreshSupport) {
      void session.connection.languages.inlayHint.refresh();
    }
    await this.loadExtraCatalogs(scopes);
  }

  /** The settings for the window, and the catalogs of each scope that names some. */
  private async read(pushed: unknown): Promise<{ settings: SkillgapSettings; scopes: ScopedCatalogs[] }> {
    const { session } = this;
    const folders = session.client.folders;
    let settings = mergeSettings(DEFAULT_SETTINGS, session.client.initializationOptions);
    if (!session.client.capabilities.workspace?.configuration) {
      if (pushed) settings = mergeSettings(settings, pushed);
      return { settings, scopes: [{ folder: folders[0], catalogs: settings.catalogs }] };
    }
    const answers: unknown[] = await session.connection.workspace.getConfiguration([
      { section: SETTINGS_SECTION },
      ...folders.map((folder) => ({ section: SETTINGS_SECTION, scopeUri: uriFromPath(folder) })),
    ]);
    settings = mergeSettings(settings, answers[0]);
    const scopes: ScopedCatalogs[] = folders.length === 0
      ? [{ catalogs: settings.catalogs }]
      : folders.map((folder, i) => ({ folder, catalogs: mergeSettings(settings, answers[i + 1]).catalogs }));
    return { settings, scopes };
  }

  /** A catalog dropped from the settings leaves the Workspace, unless it is open or a skills file of a workspace folder. */
  private async loadExtraCatalogs(scopes: ScopedCatalogs[]): Promise<void> {
    const { session } = this;
    const { paths, unresolved } = catalogPaths(scopes);
    for (const written of unresolved) this.warn(`relative:${written}`, `Skillgap: catalog '${written}' in skillgap.catalogs is a relative path, and there is no workspace folder to take it from: not read.`);
    const wanted = new Map(paths.map((p) => [session.uris.fromClient(uriFromPath(p.path)), p]));
    for (const file of this.extraCatalogs.keys()) {
      if (wanted.has(file)) continue;
      const path = pathFromUri(file);
      this.refused.delete(path ?? file);
      if (session.isOpen(file) || (path !== undefined && session.isWorkspaceFile(path))) continue;
      session.diagnostics.affected(session.workspace.removeFile(file));
    }
    this.extraCatalogs = wanted;
    await this.watch([...wanted.values()].map((p) => p.path));
    for (const file of wanted.keys()) {
      if (!session.isOpen(file)) this.readCatalog(file);
    }
  }

  private readCatalog(file: string): void {
    const { session } = this;
    const named = this.extraCatalogs.get(file);
    if (!named) return;
    // Named in the user's settings: read wherever it lies; named in a repository's .skillgap.yaml: only inside its folder.
    const outcome = session.disk.read(named.path, named.from === undefined);
    if (outcome.kind === 'refused') {
      this.warn(named.path, `Skillgap: catalog ${named.path} in ${named.from ?? 'skillgap.catalogs'} is not read: ${session.disk.describe(outcome)}.`);
      if (session.workspace.has(file) && !session.isWorkspaceFile(named.path)) session.diagnostics.forget(file);
      return;
    }
    this.refused.delete(named.path);
    session.diagnostics.affected(session.load(file, outcome));
  }

  /** Logged always; shown to the user once per file and reason (a setting is fixed by the user, who must know). */
  warn(key: string, message: string): void {
    this.session.log.warn(message);
    if (this.refused.get(key) === message) return;
    this.refused.set(key, message);
    void this.session.connection.sendNotification('window/showMessage', { type: MessageType.Warning, message });
  }

  /** Watches the extra catalogs (the skills-file globs only cover workspace folders, and only skills files). */
  private async watch(paths: string[]): Promise<void> {
    const { session } = this;
    const watched = session.client.capabilities.workspace?.didChangeWatchedFiles;
    const key = [...paths].sort().join('\n');
    if (!watched?.dynamicRegistration || key === this.watchedCatalogs) return;
    this.watchedCatalogs = key;
    const previous = this.catalogWatchers;
    this.catalogWatchers = undefined;
    if (previous) (await previous).dispose();
    if (paths.length === 0) return;
    const watchers: FileSystemWatcher[] = paths.map((path) => ({
      globPattern: watched.relativePatternSupport ? { baseUri: uriFromPath(dirname(path)), pattern: basename(path) } : path,
    }));
    this.catalogWatchers = session.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    await this.catalogWatchers;
  }
}
