// A minimal LSP client for tests: starts the BUILT server (dist/server.js) as a child process,
// over stdio or node IPC, in a temp workspace holding the given fixture files, and waits for
// events (never sleeps). Fixture texts may contain one `|caret|` marker each: it is removed and
// its position recorded, so tests can say "hover at the caret".
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter,
  type ClientCapabilities, type InitializeResult, type ProtocolConnection, type PublishDiagnosticsParams, type Position,
} from 'vscode-languageserver-protocol/node';

const SERVER = resolve(__dirname, '../../dist/server.js');
const CARET = '|caret|';

export interface StartOptions {
  files: Record<string, string>;
  transport?: 'stdio' | 'ipc';
  initializationOptions?: unknown;
  /** Answer to `workspace/configuration` for section `skillgap` (and declare the capability). */
  configuration?: Record<string, unknown>;
  /** Answers for a folder's scope (`scopeUri`), by folder name; the window's answer otherwise. */
  folderConfiguration?: Record<string, Record<string, unknown>>;
  capabilities?: ClientCapabilities;
  /** Sub-folders (of the temp root) sent as the workspace folders; default: the root itself. */
  folders?: string[];
}

const DEFAULT_CAPABILITIES: ClientCapabilities = {
  window: { workDoneProgress: true },
  workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
  textDocument: {
    publishDiagnostics: { relatedInformation: true, versionSupport: true },
    completion: { completionItem: { snippetSupport: true } },
    rename: { prepareSupport: true },
    hover: { contentFormat: ['markdown'] },
  },
};

export class TestClient {
  readonly connection: ProtocolConnection;
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly progress: unknown[] = [];
  readonly registrations: { id?: string; method: string; registerOptions?: unknown }[] = [];
  readonly logs: string[] = [];
  /** `window/showMessage` notifications: what a user would see pop up. */
  readonly messages: { type: number; message: string }[] = [];
  /** `workspace/configuration` requests, as asked. */
  readonly configurationRequests: { section?: string; scopeUri?: string }[][] = [];
  initializeResult?: InitializeResult;
  /** What `workspace/configuration` answers for section `skillgap`; tests may change it. */
  configuration?: Record<string, unknown>;
  folderConfiguration: Record<string, Record<string, unknown>> = {};
  refreshes = 0;
  inlayHintRefreshes = 0;
  codeLensRefreshes = 0;
  readonly carets = new Map<string, Position>();
  readonly texts = new Map<string, string>();
  private readonly versions = new Map<string, number>();
  private readonly waiters: (() => void)[] = [];
  private exited: Promise<number | null>;

  private constructor(readonly root: string, readonly child: ChildProcess, connection: ProtocolConnection) {
    this.connection = connection;
    this.exited = new Promise((res) => child.once('exit', (code) => res(code)));
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => { this.diagnostics.push(p); this.wake(); });
    connection.onNotification('$/progress', (p: unknown) => { this.progress.push(p); this.wake(); });
    connection.onNotification('window/logMessage', (p: { message: string }) => { this.logs.push(p.message); this.wake(); });
    connection.onNotification('window/showMessage', (p: { type: number; message: string }) => { this.messages.push(p); this.wake(); });
    connection.onRequest('workspace/inlayHint/refresh', () => { this.inlayHintRefreshes++; this.wake(); return null; });
    connection.onRequest('workspace/codeLens/refresh', () => { this.codeLensRefreshes++; this.wake(); return null; });
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => { this.refreshes++; this.wake(); return null; });
    connection.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...p.registrations);
      this.wake();
      return null;
    });
    connection.listen();
  }

  static async start(options: StartOptions): Promise<TestClient> {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build first`);
    const root = mkdtempSync(join(tmpdir(), 'skillgap-lsp-'));
    const carets = new Map<string, Position>();
    const texts = new Map<string, string>();
    for (const [name, raw] of Object.entries(options.files)) {
      const { text, caret } = stripCaret(raw);
      mkdirSync(dirname(join(root, name)), { recursive: true });
      writeFileSync(join(root, name), text);
      texts.set(name, text);
      if (caret) carets.set(name, caret);
    }
    let child: ChildProcess;
    let connection: ProtocolConnection;
    if (options.transport === 'ipc') {
      child = fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
      connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    } else {
      child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    }
    child.stderr?.resume();
    const client = new TestClient(root, child, connection);
    for (const [k, v] of carets) client.carets.set(k, v);
    for (const [k, v] of texts) client.texts.set(k, v);
    const capabilities: ClientCapabilities = structuredClone(options.capabilities ?? DEFAULT_CAPABILITIES);
    if (options.configuration || options.folderConfiguration) {
      client.configuration = options.configuration;
      client.folderConfiguration = options.folderConfiguration ?? {};
      capabilities.workspace = { ...capabilities.workspace, configuration: true };
      connection.onRequest('workspace/configuration', (p: { items: { section?: string; scopeUri?: string }[] }) => {
        client.configurationRequests.push(p.items);
        client.wake();
        return p.items.map((item) => {
          if (item.section !== 'skillgap') return null;
          const folder = Object.keys(client.folderConfiguration).find((name) => item.scopeUri === client.uri(name));
          return folder === undefined ? client.configuration ?? null : { ...client.configuration, ...client.folderConfiguration[folder] };
        });
      });
    }
    const folders = (options.folders ?? ['']).map((name) => ({ uri: pathToFileURL(join(root, name)).href, name: name || 'fixtures' }));
    for (const name of options.folders ?? []) mkdirSync(join(root, name), { recursive: true });
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders[0].uri,
      workspaceFolders: folders,
      capabilities,
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  uri(name: string): string {
    return pathToFileURL(join(this.root, name)).href;
  }

  caret(name: string): Position {
    const p = this.carets.get(name);
    if (!p) throw new Error(`no |caret| in ${name}`);
    return p;
  }

  async open(name: string, text = this.texts.get(name) ?? '', version = 1): Promise<void> {
    const { text: clean, caret } = stripCaret(text);
    if (caret) this.carets.set(name, caret);
    this.versions.set(name, version);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: this.uri(name), languageId: 'skills-yaml', version, text: clean } });
  }

  /** Replaces the whole text (or one range) and returns the new version. */
  async change(name: string, text: string, range?: { start: Position; end: Position }): Promise<number> {
    const { text: clean, caret } = stripCaret(text);
    if (caret) this.carets.set(name, caret);
    const version = (this.versions.get(name) ?? 0) + 1;
    this.versions.set(name, version);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: this.uri(name), version },
      contentChanges: [range ? { range, text: clean } : { text: clean }],
    });
    return version;
  }

  async close(name: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri: this.uri(name) } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  at(name: string, position = this.caret(name)) {
    return { textDocument: { uri: this.uri(name) }, position };
  }

  /** Resolves when a condition over the received events holds (checked on every event). */
  async until<T>(what: string, check: () => T | undefined, timeoutMs = 30000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value !== undefined) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((res) => {
        const timer = setTimeout(res, Math.min(left, 1000));
        this.waiters.push(() => { clearTimeout(timer); res(); });
      });
    }
  }

  /** The newest diagnostics for a file, once a publication matching `accept` has arrived. */
  diagnosticsFor(name: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, after = 0): Promise<PublishDiagnosticsParams> {
    const uri = this.uri(name);
    return this.until(`diagnostics for ${name}`, () => {
      for (let i = this.diagnostics.length - 1; i >= after; i--) {
        const p = this.diagnostics[i];
        if (p.uri === uri) return accept(p) ? p : undefined;
      }
      return undefined;
    });
  }

  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await this.exited;
    this.connection.dispose();
    rmSync(this.root, { recursive: true, force: true });
    return code;
  }

  /** Writes a file into the temp workspace (creating folders) and tells the server as a file watcher would. */
  async writeFile(name: string, text: string, type: 1 | 2 = 2): Promise<void> {
    mkdirSync(dirname(join(this.root, name)), { recursive: true });
    writeFileSync(join(this.root, name), text);
    await this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: this.uri(name), type }] });
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }
}

function stripCaret(text: string): { text: string; caret?: Position } {
  const at = text.indexOf(CARET);
  if (at < 0) return { text };
  const before = text.slice(0, at);
  const lines = before.split('\n');
  return { text: before + text.slice(at + CARET.length), caret: { line: lines.length - 1, character: lines[lines.length - 1].length } };
}
