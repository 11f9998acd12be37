// One report webview: renders `skillgap/report` for a candidate file and a role — or, for a file that
// defines roles, `skillgap/roleReport` (every candidate against the role) — re-renders as the workspace
// changes, and turns clicks in the report into editor navigation and into other reports.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ReportRequest, RoleReportRequest, type ReportResult, type RoleReportResult } from '../../../server/src/protocol/requests';
import { resolveReportFile } from '../files';
import { createNonce, messageDocument, webviewDocument, type RoleChoice, type WebviewAssets } from './webview-document';

export const previewViewType = 'skillgap.preview';

/** What survives a window reload (through the webview's own state and the serializer). */
export interface PreviewState {
  uri: string;
  role?: string;
  locked: boolean;
  scrollY?: number;
  /** A role report: every candidate of the workspace rather than those targeting the role. */
  allCandidates?: boolean;
}

type WebviewMessage =
  | { type: 'reveal'; line: number; file?: string }
  | { type: 'open-link'; href: string }
  | { type: 'select-role'; role: string }
  | { type: 'open-report'; file: string; role: string }
  | { type: 'all-candidates'; value: boolean };

/** What a preview shows: a candidate's report, or a role's (the file defines roles, no candidate). */
export type PreviewKind = 'candidate' | 'role';

const updateDelayMs = 200;

export class ReportPreview implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly onDisposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.onDisposeEmitter.event;
  private readonly onRenderEmitter = new vscode.EventEmitter<ReportResult | undefined>();
  /** Fires after each render (undefined when a message page was shown instead of a report). */
  readonly onDidRender = this.onRenderEmitter.event;
  private timer: NodeJS.Timeout | undefined;
  private renderVersion = 0;
  private shownOnce = false;
  private disposed = false;
  private wasVisible = true;
  lastResult: ReportResult | undefined;
  /** The last role report shown (when `kind` is 'role'). */
  lastRoleResult: RoleReportResult | undefined;
  kind: PreviewKind = 'candidate';
  allCandidates = false;
  /** The file this preview is revealing a line of: following the editor there would replace the report that asked. */
  revealing: string | undefined;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly client: LanguageClient,
    private readonly extensionUri: vscode.Uri,
    public resource: vscode.Uri,
    public role: string | undefined,
    public locked: boolean,
  ) {
    panel.webview.options = ReportPreview.webviewOptions(extensionUri);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icon.png');
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: WebviewMessage) => this.onMessage(m).catch((e: unknown) => {
        void vscode.window.showErrorMessage(`Skillgap preview: ${e instanceof Error ? e.message : String(e)}`);
      })),
      panel.onDidChangeViewState(() => {
        // A hidden webview loses its DOM (no retainContextWhenHidden) and comes back from `html`, which
        // in-place updates did not change: rebuild it (its script restores the scroll position).
        if (panel.visible && !this.wasVisible) {
          this.shownOnce = false;
          void this.render();
        }
        this.wasVisible = panel.visible;
      }),
    );
  }

  static webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return {
      enableScripts: true,
      enableCommandUris: false,
      enableFindWidget: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
    };
  }

  get state(): PreviewState {
    return { uri: this.resource.toString(), role: this.role, locked: this.locked, ...(this.allCandidates ? { allCandidates: true } : {}) };
  }

  /** Shows another file (and optionally role) in this panel. */
  retarget(resource: vscode.Uri, role?: string, kind: PreviewKind = this.kind): Promise<void> {
    this.kind = kind;
    this.resource = resource;
    this.role = role;
    this.shownOnce = false;
    return this.render();
  }

  setLocked(locked: boolean): Promise<void> {
    this.locked = locked;
    return this.render();
  }

  /** Coalesces bursts of edits into one request. */
  scheduleUpdate(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.render();
    }, updateDelayMs);
  }

  /** The candidate report, or for a file without a candidate, the role report of the role it defines. */
  private async fetch(): Promise<{ report?: ReportResult; role?: RoleReportResult; failure?: string }> {
    const uri = this.resource.toString();
    const asRole = () => this.client.sendRequest(RoleReportRequest, { uri, role: this.role, allCandidates: this.allCandidates });
    const asCandidate = () => this.client.sendRequest(ReportRequest, { uri, role: this.role });
    const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
    // The kind shown last is asked first; an edit may turn a file into the other kind.
    try {
      return this.kind === 'role' ? { role: await asRole() } : { report: await asCandidate() };
    } catch (first) {
      try {
        const other = this.kind === 'role' ? { report: await asCandidate() } : { role: await asRole() };
        this.kind = this.kind === 'role' ? 'candidate' : 'role';
        return other;
      } catch {
        return { failure: message(first) };
      }
    }
  }

  async render(): Promise<void> {
    const version = ++this.renderVersion;
    const { report: result, role: roleResult, failure } = await this.fetch();
    if (version !== this.renderVersion || this.disposed) return;  // a newer render superseded this one
    const assets = this.assets();
    if (roleResult) {
      this.lastResult = undefined;
      this.lastRoleResult = roleResult;
      this.role = roleResult.model.role.id;
      this.panel.title = `${this.locked ? '[Locked] ' : ''}Role: ${roleResult.model.role.title}`;
      this.show(webviewDocument(roleResult.html, assets, {
        roles: roleResult.roles, selectedRole: roleResult.model.role.id, locked: this.locked, allCandidates: this.allCandidates,
      }));
      this.onRenderEmitter.fire(undefined);
      return;
    }
    this.lastRoleResult = undefined;
    if (!result) {
      this.lastResult = undefined;
      this.panel.title = `Skillgap: ${vscode.workspace.asRelativePath(this.resource)}`;
      this.show(messageDocument(`No report for ${vscode.workspace.asRelativePath(this.resource)}: ${failure}`, assets));
      this.onRenderEmitter.fire(undefined);
      return;
    }
    this.lastResult = result;
    this.role = result.model.role.id;
    this.panel.title = `${this.locked ? '[Locked] ' : ''}Report: ${result.model.candidate.name} → ${result.model.role.title}`;
    this.show(webviewDocument(result.html, assets, { roles: roleChoices(result), selectedRole: result.model.role.id, locked: this.locked }));
    this.onRenderEmitter.fire(result);
  }

  private show(html: string): void {
    const state = JSON.stringify(this.state);
    const withState = html.replace('<div class="skillgap-toolbar"', `<div class="skillgap-toolbar" data-state="${escapeAttribute(state)}"`);
    if (!this.shownOnce || !this.panel.visible) {
      this.shownOnce = true;
      this.panel.webview.html = withState;
    } else {
      // Replacing the DOM in place keeps the scroll position; setting `html` would reload the frame.
      void this.panel.webview.postMessage({ type: 'update', html: withState });
    }
  }

  private assets(): WebviewAssets {
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const webview = this.panel.webview;
    return {
      cspSource: webview.cspSource,
      nonce: createNonce(randomBytes),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css')).toString(),
    };
  }

  private async onMessage(message: WebviewMessage): Promise<void> {
    switch (message.type) {
      case 'reveal':
        return this.reveal(message.line, message.file);
      case 'open-link':
        if (/^https?:\/\//i.test(message.href)) await vscode.env.openExternal(vscode.Uri.parse(message.href));
        return;
      case 'select-role':
        this.role = message.role;
        return this.render();
      case 'open-report':
        // A candidate row of the role report: that candidate's report against the role, in this panel.
        this.kind = 'candidate';
        return this.retarget(resolveReportFile(message.file, this.resource), message.role);
      case 'all-candidates':
        this.allCandidates = message.value === true;
        return this.render();
    }
  }

  private async reveal(line: number, file?: string): Promise<void> {
    const target = file ? resolveReportFile(file, this.resource) : this.resource;
    this.revealing = target.toString();
    const document = await vscode.workspace.openTextDocument(target);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.toString());
    const column = visible?.viewColumn ?? otherColumn(this.panel.viewColumn);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false });
    const text = document.lineAt(Math.min(Math.max(line, 0), document.lineCount - 1));
    const range = new vscode.Range(text.lineNumber, text.firstNonWhitespaceCharacterIndex, text.lineNumber, text.text.length);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.panel.dispose();
    this.onDisposeEmitter.fire();
    for (const d of [...this.disposables, this.onDisposeEmitter, this.onRenderEmitter]) d.dispose();
  }
}

function roleChoices(result: ReportResult): RoleChoice[] {
  const { role, comparison } = result.model;
  const choices: RoleChoice[] = [{ id: role.id, title: role.title }];
  for (const c of comparison) if (c.roleId !== role.id) choices.push({ id: c.roleId, title: c.title });
  return choices.sort((a, b) => a.title.localeCompare(b.title));
}

function otherColumn(previewColumn: vscode.ViewColumn | undefined): vscode.ViewColumn {
  return previewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
