// Settings (protocol/settings.ts) from `initializationOptions`, then from `workspace/configuration`
// when the client supports it (or pushed with didChangeConfiguration); extra catalogs join the
// Workspace as ordinary files, so their skills resolve, hover and navigate like a workspace catalog's.
import { DidChangeConfigurationNotification, type ServerCapabilities } from 'vscode-languageserver/node';
import { DEFAULT_SETTINGS, mergeSettings, SETTINGS_SECTION } from '../protocol/settings';
import { isSkillsFile } from '../protocol/skills-files';
import { readText } from './disk';
import { guardNotification } from './guard';
import type { DeclareCapabilities, Session } from './session';
import { catalogPaths } from './settings';
import { pathFromUri, uriFromPath } from './uris';

export class Configuration {
  /** Keys of the extra catalogs now in the Workspace. */
  private extraCatalogs = new Set<string>();

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

  /** Re-reads the settings (`pushed`: what a client without workspace/configuration sent) and applies them. */
  async load(pushed?: unknown): Promise<void> {
    const { session } = this;
    let next = mergeSettings(DEFAULT_SETTINGS, session.client.initializationOptions);
    if (session.client.capabilities.workspace?.configuration) {
      next = mergeSettings(next, await session.connection.workspace.getConfiguration(SETTINGS_SECTION));
    } else if (pushed) {
      next = mergeSettings(next, pushed);
    }
    session.settings = next;
    session.diagnostics.affected(session.workspace.setOptions(session.workspaceOptions()));
    await this.loadExtraCatalogs();
  }

  isExtraCatalog(file: string): boolean {
    return this.extraCatalogs.has(file);
  }

  /** A catalog dropped from the settings leaves the Workspace, unless it is open or lies in a workspace folder. */
  private async loadExtraCatalogs(): Promise<void> {
    const { session } = this;
    const wanted = new Set(catalogPaths(session.settings, session.client.folders[0]).map((p) => session.uris.fromClient(uriFromPath(p))));
    for (const file of this.extraCatalogs) {
      const path = pathFromUri(file);
      if (wanted.has(file) || session.isOpen(file) || (path && isSkillsFile(path) && session.inWorkspace(path))) continue;
      session.diagnostics.affected(session.workspace.removeFile(file));
    }
    for (const file of wanted) {
      if (session.isOpen(file)) continue;
      const text = await readText(pathFromUri(file)!);
      if (text === undefined) session.log.warn(`skillgap: cannot read extra catalog ${pathFromUri(file)}`);
      else session.diagnostics.affected(session.workspace.setFile(file, text));
    }
    this.extraCatalogs = wanted;
  }
}
