// Wires an LSP connection to the Workspace and the protocol-free features. The Session is the only
// state; every part (document sync, configuration, indexing, diagnostics, features, custom requests)
// registers its handlers and declares the capabilities they answer for, side by side. Edits are
// recorded as they arrive and applied to the Workspace the moment anything reads it (`workspace`),
// so every answer reflects the newest text the client has sent, while a burst of 1,000 didChange
// costs one parse, not 1,000.
import { relative, sep } from 'node:path';
import {
  TextDocuments,
  type ClientCapabilities, type Connection, type InitializeParams, type InitializeResult, type ServerCapabilities,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS, type SkillgapSettings } from '../protocol/settings';
import { Workspace, type WorkspaceOptions } from '../workspace';
import type { WorkspaceConfig } from '../workspace/config';
import { isLeftOut } from '../workspace/discovery';
import { isSkillsFile } from '../protocol/skills-files';
import type { ReadOutcome } from '../workspace/fs-policy';
import { Configuration } from './configuration';
import { Diagnostics } from './diagnostics';
import { Disk, isInside } from './disk';
import { IndexStatusReporter } from './index-status';
import { registerDocumentFeatures } from './document-features';
import { registerDocumentSync } from './document-sync';
import { registerFeatureHandlers } from './feature-handlers';
import { guardNotification, guardRequest, RequestFailure } from './guard';
import { Indexing } from './indexing';
import { registerReportRequests } from './report-requests';
import { pathFromUri, UriSpellings } from './uris';

/** What the client said at `initialize`: fixed for the session's life. */
export interface ClientInfo {
  capabilities: ClientCapabilities;
  /** Workspace folders as file system paths (the root URI when the client sends no folders); they change with didChangeWorkspaceFolders. */
  folders: string[];
  initializationOptions: unknown;
}

/** The server capabilities a part's handlers answer for, given the client's. */
export type DeclareCapabilities = (client: ClientCapabilities) => ServerCapabilities;

export class Session {
  readonly documents = new TextDocuments(TextDocument);
  readonly uris = new UriSpellings();
  private readonly current: Workspace;
  /** Open documents whose newest text the Workspace has not been given yet. */
  private readonly edited = new Map<string, TextDocument>();
  client: ClientInfo = { capabilities: {}, folders: [], initializationOptions: undefined };
  settings: SkillgapSettings = DEFAULT_SETTINGS;
  readonly diagnostics: Diagnostics;
  readonly indexStatus = new IndexStatusReporter(this);
  /** Each workspace folder's `.skillgap.yaml` (empty when it has none): its `ignore` and `catalogs` apply as in the CLI. */
  readonly folderConfigs = new Map<string, WorkspaceConfig>();

  /** Every read from disk goes through here (the file-system policy). */
  readonly disk = new Disk(() => this.client.folders, () => this.settings.maxFileSize);

  constructor(readonly connection: Connection) {
    this.current = new Workspace(this.workspaceOptions());
    this.diagnostics = new Diagnostics(this);
  }

  /** The Workspace, with every edit received so far applied. */
  get workspace(): Workspace {
    if (this.edited.size > 0) this.applyEdits();
    return this.current;
  }

  /** A document's text changed: applied when the Workspace is next read, its diagnostics published after the burst. */
  edit(file: string, document: TextDocument): void {
    this.edited.set(file, document);
    this.diagnostics.edited(file);
  }

  /** Gives the Workspace the newest text of every edited document (reading `workspace` does this too). */
  applyEdits(): void {
    if (this.edited.size === 0) return;
    const edits = [...this.edited];
    this.edited.clear();
    for (const [file, document] of edits) {
      const changed = this.current.setFile(file, document.getText());
      // Opening a file whose text equals the disk's changes nothing, but the client wants its version.
      this.diagnostics.affected(changed.includes(file) ? changed : [file, ...changed], file);
    }
  }

  /**
   * Puts what was read from disk into the Workspace: the text, or a too-large file's size (one
   * diagnostic, nothing read). A refusal is logged and changes nothing. Returns the affected files.
   */
  load(file: string, outcome: ReadOutcome): string[] {
    if (outcome.kind === 'text') return this.workspace.setFile(file, outcome.text);
    if (outcome.kind === 'too-large') return this.workspace.setOversizedFile(file, outcome.bytes);
    this.log.warn(`skillgap: not read: ${outcome.path}: ${this.disk.describe(outcome)}`);
    return [];
  }

  get log() { return this.connection.console; }

  workspaceOptions(): WorkspaceOptions {
    return { maxFileBytes: this.settings.maxFileSize, today: this.settings.today, displayPath: (file) => this.displayPath(file) };
  }

  isOpen(file: string): boolean {
    return this.documents.get(this.uris.toClient(file)) !== undefined;
  }

  /** The document's canonical key, or a clear error for a URI this server has never seen. */
  known(uri: string): string {
    const file = this.uris.fromClient(uri);
    if (!this.workspace.has(file)) throw new RequestFailure(`Not a skills file in this workspace: ${uri}`);
    return file;
  }

  /** Relative to the workspace folder holding it, with forward slashes; else the path; else the URI. */
  displayPath(file: string): string {
    const path = pathFromUri(this.uris.toClient(file));
    if (path === undefined) return file;
    const folder = this.client.folders.find((f) => isInside(path, f));
    return (folder === undefined ? path : relative(folder, path)).split(sep).join('/');
  }

  inWorkspace(path: string): boolean {
    return this.disk.folderOf(path) !== undefined;
  }

  /** A skills file the workspace holds from disk: inside a folder and not left out there (node_modules, .git, the config's `ignore`). */
  isWorkspaceFile(path: string): boolean {
    const folder = this.disk.folderOf(path);
    return folder !== undefined && isSkillsFile(path) && !isLeftOut(folder, path, this.folderConfigs.get(folder)?.ignore);
  }
}

export function startLanguageServer(connection: Connection): void {
  const session = new Session(connection);
  const configuration = new Configuration(session);
  const indexing = new Indexing(session, configuration);
  const declared: DeclareCapabilities[] = [
    registerDocumentSync(session, configuration),
    session.diagnostics.register(indexing),
    registerFeatureHandlers(session),
    registerDocumentFeatures(session),
    registerReportRequests(session, indexing),
    configuration.register(),
    indexing.register(),
  ];

  connection.onInitialize(guardRequest(session.log, 'initialize', (params: InitializeParams): InitializeResult => {
    session.client = clientInfo(params);
    configuration.initialize();
    const capabilities: ServerCapabilities = { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } };
    for (const declare of declared) Object.assign(capabilities, declare(params.capabilities));
    return { capabilities, serverInfo: { name: 'skillgap-language-server', version: '0.1.0' } };
  }));

  connection.onInitialized(guardNotification(session.log, 'initialized', async () => {
    try {
      await configuration.registerForChanges();
    } finally {
      await indexing.start();   // whatever the client answered: the requests that wait for indexing must not wait forever
    }
  }));

  // Held requests (workspace diagnostics) are answered before the client's `exit`.
  connection.onShutdown(() => {
    session.indexStatus.dispose();
    return session.diagnostics.shutdown();
  });

  session.documents.listen(connection);
  connection.listen();
}

function clientInfo(params: InitializeParams): ClientInfo {
  let folders = (params.workspaceFolders ?? []).map((f) => pathFromUri(f.uri)).filter((p): p is string => !!p);
  if (folders.length === 0 && params.rootUri) {
    const root = pathFromUri(params.rootUri);
    if (root) folders = [root];
  }
  return { capabilities: params.capabilities, folders, initializationOptions: params.initializationOptions };
}
