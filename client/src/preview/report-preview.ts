// One report webview: renders `skillgap/report` for a candidate file and a role — or, for a file that
// defines roles, `skillgap/roleReport` (every candidate against the role) — re-renders as the workspace
// changes (at once, one request at a time), turns clicks in the report into editor navigation and into
// other reports, and keeps the preview and the editors of its files scrolled to the same source line.
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
  | { type: 'scrolled'; line: number; file: string }
  | { type: 'open-report'; file: string; role: string }
  | { type: 'all-candidates'; value: boolean };

/** What a preview shows: a candidate's report, or a role's (the file defines roles, no candidate). */
export type PreviewKind = 'candidate' | 'role';

/** After the preview moves an editor, that editor's scroll events are not followed for this long. */
const echoMs = 300;

export class ReportPreview implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly onDisposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.onDisposeEmitter.event;
  private readonly onRenderEmitter = new vscode.EventEmitter<ReportResult | undefined>();
  /** Fires after each render (undefined when a message page was shown instead of a report). */
  readonly onDidRender = this.onRenderEmitter.event;
  private inFlight: Promise<void> | undefined;
  private updatePending = false;
  private renderVersion = 0;
  /** The editor this preview last moved: its scroll events to `line`, or any until `until`, are our own echo. */
  private scrolledEditor: { uri: string; until: number; line?: number } | undefined;
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
  /** Renders so far (the tests check that a hidden preview does no work). */
  renderCount = 0;

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

  /**
   * An edit happened: render now, or, while a render is in flight, once more when it ends — so a burst of
   * keystrokes costs at most one request in flight plus one, and the last keystroke is always shown. A
   * hidden panel is rebuilt when shown again instead.
   */
  scheduleUpdate(): void {
    if (!this.panel.visible) return;
    if (this.inFlight) {
      this.updatePending = true;
      return;
    }
    this.inFlight = this.render().finally(() => {
      this.inFlight = undefined;
      if (this.updatePending && !this.disposed) {
        this.updatePending = false;
        this.scheduleUpdate();
      }
    });
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
    this.renderCount++;
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
    const first = !this.shownOnce || !this.panel.visible;
    this.show(webviewDocument(result.html, assets, { roles: roleChoices(result), selectedRole: result.model.role.id, locked: this.locked }), result.model.candidate.file);
    this.onRenderEmitter.fire(result);
    if (first) this.syncWithEditor();
  }

  /** `file`: the candidate file as the report names it, which the page's script needs for scroll sync. */
  private show(html: string, file?: string): void {
    const state = JSON.stringify({ ...this.state, file });
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
        if (message.role === this.role) return;
        this.role = message.role;
        return this.render();
      case 'open-report':
        // A candidate row of the role report: that candidate's report against the role, in this panel.
        this.kind = 'candidate';
        return this.retarget(resolveReportFile(message.file, this.resource), message.role);
      case 'all-candidates':
        this.allCandidates = message.value === true;
        return this.render();
      case 'scrolled':
        return this.scrollEditor(message.file, message.line);
    }
  }

  /** The files of the shown report by their URI, with the names the report gives them (data-file). */
  private reportFiles(): Map<string, string> {
    const files = new Map<string, string>();
    const model = this.lastResult?.model;
    if (!model) return files;
    for (const file of [model.candidate.file, model.role.file]) files.set(resolveReportFile(file, this.resource).toString(), file);
    return files;
  }

  /** An editor of one of the report's files scrolled: show the rows of its top line (unless we scrolled it). */
  onEditorScrolled(editor: vscode.TextEditor): void {
    if (!this.panel.visible || !scrollSetting('scrollPreviewWithEditor')) return;
    const uri = editor.document.uri.toString();
    const top = editor.visibleRanges[0]?.start.line;
    const echo = this.scrolledEditor;
    if (echo?.uri === uri && (Date.now() < echo.until || echo.line === top)) return;
    this.scrolledEditor = undefined;
    const file = this.reportFiles().get(uri);
    if (file === undefined || top === undefined) return;
    void this.panel.webview.postMessage({ type: 'scroll-to-line', file, line: top });
  }

  /** On first show, start where the candidate's editor is (as the Markdown preview does). */
  private syncWithEditor(): void {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.resource.toString());
    if (editor && (editor.visibleRanges[0]?.start.line ?? 0) > 0) this.onEditorScrolled(editor);
  }

  /** The preview scrolled: bring the same source line to the top of that file's visible editor, if there is one. */
  private scrollEditor(file: string, line: number): void {
    if (!scrollSetting('scrollEditorWithPreview') || !Number.isFinite(line)) return;
    const target = resolveReportFile(file, this.resource).toString();
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target);
    if (!editor) return;
    const lineNumber = Math.min(Math.max(Math.floor(line), 0), editor.document.lineCount - 1);
    if (editor.visibleRanges[0]?.start.line === lineNumber) return;
    // Its scroll events to that line are ours; so are others for a moment (near the end of a short file the
    // editor stops short of the line).
    this.scrolledEditor = { uri: target, until: Date.now() + echoMs, line: lineNumber };
    editor.revealRange(new vscode.Range(lineNumber, 0, lineNumber, 0), vscode.TextEditorRevealType.AtTop);
  }

  /** Opens the report's candidate file beside the preview (the title bar's Open Source). */
  async showSource(): Promise<void> {
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.resource.toString());
    const document = await vscode.workspace.openTextDocument(this.resource);
    await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? otherColumn(this.panel.viewColumn), preserveFocus: false });
  }

  private async reveal(line: number, file?: string): Promise<void> {
    const target = file ? resolveReportFile(file, this.resource) : this.resource;
    this.revealing = target.toString();
    const document = await vscode.workspace.openTextDocument(target);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.toString());
    const column = visible?.viewColumn ?? otherColumn(this.panel.viewColumn);
    this.scrolledEditor = { uri: target.toString(), until: Date.now() + echoMs };   // the reveal is not a scroll to follow
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false });
    const text = document.lineAt(Math.min(Math.max(line, 0), document.lineCount - 1));
    const range = new vscode.Range(text.lineNumber, text.firstNonWhitespaceCharacterIndex, text.lineNumber, text.text.length);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
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

function scrollSetting(name: 'scrollPreviewWithEditor' | 'scrollEditorWithPreview'): boolean {
  return vscode.workspace.getConfiguration('skillgap.preview').get<boolean>(name, true);
}

function otherColumn(previewColumn: vscode.ViewColumn | undefined): vscode.ViewColumn {
  return previewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
