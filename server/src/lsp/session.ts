// Wires an LSP connection to the Workspace and the protocol-free features. Every handler is
// guarded; the Workspace is the only state, and it is always updated synchronously, in the order
// messages arrive, so every answer reflects the newest text the client has sent.
import { relative, sep } from 'node:path';
import {
  CodeActionKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, DocumentDiagnosticReportKind,
  FileChangeType, TextDocumentSyncKind, TextDocuments,
  type ClientCapabilities, type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Workspace } from '../workspace';
import { toLspDiagnostic } from './convert';
import { DiagnosticsQueue } from './diagnostics-publisher';
import { registerFeatureHandlers } from './feature-handlers';
import { describeError, guardNotification, guardRequest, RequestFailure } from './guard';
import { readText } from './indexer';
import { catalogPaths } from './settings';
import { DEFAULT_SETTINGS, mergeSettings, SETTINGS_SECTION, type SkillgapSettings } from '../protocol/settings';
import { isSkillsFile, SKILLS_FILE_PATTERNS } from '../protocol/skills-files';
import { findSkillsFiles } from '../workspace/discover';
import { pathFromUri, UriSpellings, uriFromPath } from './uris';

export function startLanguageServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const uris = new UriSpellings();
  let settings: SkillgapSettings = DEFAULT_SETTINGS;
  let workspace = new Workspace();
  let capabilities: ClientCapabilities = {};
  let folders: string[] = [];
  let pullDiagnostics = false;
  let initializationOptions: unknown;
  /** Settles when the first indexing is over: pulled diagnostics wait for it, not to report half a workspace. */
  let indexed: Promise<void> = Promise.resolve();
  const log = connection.console;

  const queue = new DiagnosticsQueue(
    (file) => publish(file),
    (file, error) => log.error(`skillgap: diagnostics for ${file} failed: ${describeError(error)}`),
  );

  function publish(file: string): void {
    const uri = uris.toClient(file);
    if (!workspace.has(file)) {
      void connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const version = documents.get(uri)?.version;
    const diagnostics = workspace.diagnostics(file).map((d) => toLspDiagnostic(d, (f) => uris.toClient(f)));
    void connection.sendDiagnostics({ uri, version, diagnostics });
  }

  /** `origin`: the document just edited; a pulling client re-pulls that one by itself. */
  function affected(files: string[], origin?: string): void {
    if (files.length === 0) return;
    if (!pullDiagnostics) queue.enqueue(files);
    else if (capabilities.workspace?.diagnostics?.refreshSupport && files.some((f) => f !== origin)) {
      void connection.languages.diagnostics.refresh();
    }
  }

  function workspaceOptions(s: SkillgapSettings) {
    return { maxFileBytes: s.maxFileSize, today: s.today, displayPath };
  }

  /**
   * Extra catalogs (settings) join the Workspace as ordinary files, so their skills resolve, hover
   * and navigate like a workspace catalog's. A catalog dropped from the settings leaves again,
   * unless it is open or lies in a workspace folder.
   */
  let extraCatalogs = new Set<string>();
  async function loadExtraCatalogs(): Promise<void> {
    const wanted = new Set(catalogPaths(settings, folders[0]).map((p) => uris.fromClient(uriFromPath(p))));
    for (const file of extraCatalogs) {
      const path = pathFromUri(file);
      if (wanted.has(file) || documents.get(uris.toClient(file)) || (path && isSkillsFile(path) && inWorkspace(path))) continue;
      affected(workspace.removeFile(file));
    }
    for (const file of wanted) {
      if (documents.get(uris.toClient(file))) continue;
      const text = await readText(pathFromUri(file)!);
      if (text === undefined) log.warn(`skillgap: cannot read extra catalog ${pathFromUri(file)}`);
      else affected(workspace.setFile(file, text));
    }
    extraCatalogs = wanted;
  }

  /** Clients may send every YAML document; only ours are analysed. */
  function isSkillsDocument(document: TextDocument): boolean {
    return document.languageId === 'skills-yaml' || isSkillsFile(pathFromUri(document.uri) ?? document.uri);
  }

  /** The document's canonical key, or a clear error for a URI this server has never seen. */
  function known(uri: string): string {
    const file = uris.fromClient(uri);
    if (!workspace.has(file)) throw new RequestFailure(`Not a skills file in this workspace: ${uri}`);
    return file;
  }

  /** Relative to the workspace folder holding it, with forward slashes; else the path; else the URI. */
  function displayPath(file: string): string {
    const path = pathFromUri(uris.toClient(file));
    if (path === undefined) return file;
    const folder = folders.find((f) => path.startsWith(f.endsWith(sep) ? f : `${f}${sep}`));
    return (folder === undefined ? path : relative(folder, path)).split(sep).join('/');
  }

  connection.onInitialize(guardRequest(log, 'initialize', (params: InitializeParams): InitializeResult => {
    capabilities = params.capabilities;
    folders = (params.workspaceFolders ?? []).map((f) => pathFromUri(f.uri)).filter((p): p is string => !!p);
    if (folders.length === 0 && params.rootUri) {
      const root = pathFromUri(params.rootUri);
      if (root) folders = [root];
    }
    initializationOptions = params.initializationOptions;
    settings = mergeSettings(DEFAULT_SETTINGS, initializationOptions);
    workspace = new Workspace(workspaceOptions(settings));
    pullDiagnostics = !!capabilities.textDocument?.diagnostic;
    const prepareRename = !!capabilities.textDocument?.rename?.prepareSupport;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':', '[', ',', ' ', '-'] },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: prepareRename ? { prepareProvider: true } : true,
        documentSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        codeLensProvider: { resolveProvider: false },
        diagnosticProvider: pullDiagnostics ? { identifier: 'skillgap', interFileDependencies: true, workspaceDiagnostics: false } : undefined,
        workspace: { workspaceFolders: { supported: true } },
      },
      serverInfo: { name: 'skillgap-language-server', version: '0.1.0' },
    };
  }));

  connection.onInitialized(guardNotification(log, 'initialized', async () => {
    const dynamic = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    if (dynamic) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: SKILLS_FILE_PATTERNS.map((globPattern) => ({ globPattern })),
      });
    }
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      await connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    }
    indexed = loadConfiguration().then(indexWorkspace);
    await indexed;
  }));

  async function loadConfiguration(pushed?: unknown): Promise<void> {
    let next = mergeSettings(DEFAULT_SETTINGS, initializationOptions);
    if (capabilities.workspace?.configuration) {
      next = mergeSettings(next, await connection.workspace.getConfiguration(SETTINGS_SECTION));
    } else if (pushed) {
      next = mergeSettings(next, pushed);
    }
    settings = next;
    affected(workspace.setOptions(workspaceOptions(settings)));
    await loadExtraCatalogs();
  }

  async function indexWorkspace(): Promise<void> {
    const progress = capabilities.window?.workDoneProgress ? await connection.window.createWorkDoneProgress() : undefined;
    progress?.begin('Skillgap: indexing skills files', 0, undefined, false);
    try {
      const found: string[] = [];
      for (const folder of folders) found.push(...(await findSkillsFiles(folder)));
      let done = 0;
      for (const path of found) {
        const file = uris.fromClient(uriFromPath(path));
        const isOpen = () => !!documents.get(uris.toClient(file));
        if (!isOpen()) {
          const text = await readText(path);
          if (text !== undefined && !isOpen()) workspace.setFile(file, text);   // opened meanwhile: the open text wins
        }
        done++;
        progress?.report(Math.round((done / found.length) * 100), `${done}/${found.length} files`);
      }
    } finally {
      progress?.done();
    }
    affected(workspace.files());
  }

  documents.onDidChangeContent(guardNotification(log, 'didChange', (event) => {
    if (!isSkillsDocument(event.document)) return;
    const file = uris.fromClient(event.document.uri);
    const changed = workspace.setFile(file, event.document.getText());
    // Opening a file whose text equals the disk's changes nothing, but the client wants its version.
    affected(changed.includes(file) ? changed : [file, ...changed], file);
  }));

  documents.onDidClose(guardNotification(log, 'didClose', async (event) => {
    if (!isSkillsDocument(event.document)) return;
    const file = uris.fromClient(event.document.uri);
    const path = pathFromUri(file);
    const onDisk = path && ((isSkillsFile(path) && inWorkspace(path)) || extraCatalogs.has(file)) ? await readText(path) : undefined;
    if (documents.get(event.document.uri)) return;   // reopened while we were reading
    if (onDisk !== undefined) affected(workspace.setFile(file, onDisk));
    else forget(file);
  }));

  /** A file gone from disk (or closed and never saved): clear its diagnostics, update its dependents. */
  function forget(file: string): void {
    const changed = workspace.removeFile(file);
    queue.drop(file);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: uris.toClient(file), diagnostics: [] });
    affected(changed.filter((f) => f !== file));
  }

  function inWorkspace(path: string): boolean {
    return folders.some((folder) => path.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`));
  }

  connection.onDidChangeWatchedFiles(guardNotification(log, 'didChangeWatchedFiles', async (params) => {
    for (const change of params.changes) {
      const file = uris.fromClient(change.uri);
      if (documents.get(uris.toClient(file))) continue;   // open documents win over disk
      const path = pathFromUri(file);
      if (!path || !isSkillsFile(path)) continue;
      const text = change.type === FileChangeType.Deleted ? undefined : await readText(path);
      if (documents.get(uris.toClient(file))) continue;
      if (text !== undefined) affected(workspace.setFile(file, text));
      else if (workspace.has(file)) forget(file);
    }
  }));

  connection.onDidChangeConfiguration(guardNotification(log, 'didChangeConfiguration', async (params) => {
    const pushed = (params.settings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION];
    await loadConfiguration(pushed);
  }));

  connection.languages.diagnostics.on(guardRequest(log, 'diagnostic', async (params) => {
    await indexed.catch(() => undefined);
    const file = uris.fromClient(params.textDocument.uri);
    const items = workspace.has(file) ? workspace.diagnostics(file).map((d) => toLspDiagnostic(d, (f) => uris.toClient(f))) : [];
    return { kind: DocumentDiagnosticReportKind.Full, items };
  }));

  registerFeatureHandlers(connection, {
    workspace: () => workspace,
    uris,
    settings: () => settings,
    capabilities: () => capabilities,
    known,
    displayPath,
  });

  documents.listen(connection);
  connection.listen();
}
