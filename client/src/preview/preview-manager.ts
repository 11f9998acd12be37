// The set of open report previews: at most one "dynamic" preview follows the active skills editor
// (unless locked), as Markdown's preview does; locked previews stay on their file. A candidate file
// shows the candidate's report, a role file its role report (every candidate against the role).
import * as vscode from 'vscode';
import { DidChangeTextDocumentNotification, type LanguageClient } from 'vscode-languageclient/node';
import { isSkillsFile } from '../../../server/src/protocol/skills-files';
import { ReportRequest, RoleReportRequest } from '../../../server/src/protocol/requests';
import { previewViewType, ReportPreview, type PreviewKind, type PreviewState } from './report-preview';

export interface ShowPreviewTarget {
  uri: vscode.Uri;
  role?: string;
}

export class PreviewManager implements vscode.Disposable {
  private readonly previews = new Set<ReportPreview>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly onCreateEmitter = new vscode.EventEmitter<ReportPreview>();
  readonly onDidCreatePreview = this.onCreateEmitter.event;

  constructor(private readonly client: LanguageClient, private readonly extensionUri: vscode.Uri) {
    this.disposables.push(
      this.onCreateEmitter,
      vscode.window.registerWebviewPanelSerializer(previewViewType, {
        deserializeWebviewPanel: (panel, state: PreviewState | undefined) => this.restore(panel, state),
      }),
      // After the language client has sent the edit to the server, not on VS Code's own change event: a report
      // requested then could reach the server before the edit does. A role or catalog edit changes a
      // candidate's report too, so every preview listens to every skills file.
      client.getFeature(DidChangeTextDocumentNotification.method).onNotificationSent((e) => {
        if (isSkillsFile(e.textDocument.uri.path)) for (const p of this.previews) p.scheduleUpdate();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        for (const p of this.previews) p.onEditorScrolled(e.textEditor);
      }),
    );
  }

  get all(): readonly ReportPreview[] {
    return [...this.previews];
  }

  get active(): ReportPreview | undefined {
    return [...this.previews].find((p) => p.panel.active);
  }

  /** Opens (or retargets) the dynamic preview: a candidate's report, or a role file's role report. */
  async show(target: ShowPreviewTarget, toSide: boolean): Promise<ReportPreview | undefined> {
    const kind = await this.kindOf(target);
    if (!kind) {
      void vscode.window.showInformationMessage(
        `Skillgap: ${vscode.workspace.asRelativePath(target.uri)} has no candidate and no role to report on. Open a candidate or a role file.`);
      return undefined;
    }
    const resolved = target;
    const column = toSide ? vscode.ViewColumn.Beside : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
    const dynamic = [...this.previews].find((p) => !p.locked);
    if (dynamic) {
      dynamic.panel.reveal(toSide ? dynamic.panel.viewColumn : column, true);
      await dynamic.retarget(resolved.uri, resolved.role, kind);
      return dynamic;
    }
    const panel = vscode.window.createWebviewPanel(previewViewType, 'Skillgap Report', { viewColumn: column, preserveFocus: true },
      ReportPreview.webviewOptions(this.extensionUri));
    return this.adopt(panel, resolved.uri, resolved.role, false, kind);
  }

  async toggleLock(preview = this.active ?? [...this.previews][0]): Promise<void> {
    if (!preview) return;
    if (preview.locked) {
      // Only one preview follows the editor: unlocking this one closes the previous follower.
      for (const other of this.previews) if (other !== preview && !other.locked) other.dispose();
    }
    await preview.setLocked(!preview.locked);
  }

  /** Which report a file has: a candidate's, else a role's (the file defines a role), else none (a catalog, a broken file). */
  private async kindOf(target: ShowPreviewTarget): Promise<PreviewKind | undefined> {
    const uri = target.uri.toString();
    try {
      await this.client.sendRequest(ReportRequest, { uri, role: target.role });
      return 'candidate';
    } catch { /* not a candidate file */ }
    try {
      await this.client.sendRequest(RoleReportRequest, { uri, role: target.role });
      return 'role';
    } catch {
      return undefined;
    }
  }

  private async follow(editor: vscode.TextEditor | undefined): Promise<void> {
    if (!editor || !isSkillsFile(editor.document.uri.path)) return;
    if (!vscode.workspace.getConfiguration('skillgap').get<boolean>('preview.followActiveEditor', true)) return;
    const dynamic = [...this.previews].find((p) => !p.locked);
    if (!dynamic || dynamic.resource.toString() === editor.document.uri.toString()) return;
    if (dynamic.revealing === editor.document.uri.toString()) {
      // The preview itself opened this editor (a matrix cell of the role report): it stays on its report.
      dynamic.revealing = undefined;
      return;
    }
    // Follow only to files that have a report (a candidate's or a role's): a catalog keeps the report shown.
    const kind = await this.kindOf({ uri: editor.document.uri });
    if (kind) await dynamic.retarget(editor.document.uri, undefined, kind);
  }

  private async restore(panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void> {
    if (!state?.uri) {
      panel.dispose();
      return;
    }
    const uri = vscode.Uri.parse(state.uri);
    await this.adopt(panel, uri, state.role, state.locked, (await this.kindOf({ uri, role: state.role })) ?? 'candidate', state.allCandidates === true);
  }

  private async adopt(panel: vscode.WebviewPanel, uri: vscode.Uri, role: string | undefined, locked: boolean, kind: PreviewKind, allCandidates = false): Promise<ReportPreview> {
    const preview = new ReportPreview(panel, this.client, this.extensionUri, uri, role, locked);
    preview.kind = kind;
    preview.allCandidates = allCandidates;
    this.previews.add(preview);
    preview.onDidDispose(() => this.previews.delete(preview));
    this.onCreateEmitter.fire(preview);
    await preview.render();
    return preview;
  }

  dispose(): void {
    for (const p of this.previews) p.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
