// The set of open report previews: at most one "dynamic" preview follows the active skills editor
// (unless locked), as Markdown's preview does; locked previews stay on their file.
import * as vscode from 'vscode';
import { DidChangeTextDocumentNotification, type LanguageClient } from 'vscode-languageclient/node';
import { isSkillsFile } from '../../../server/src/protocol/skills-files';
import { ReportRequest } from '../../../server/src/protocol/requests';
import { findCandidatesTargeting } from './candidates';
import { previewViewType, ReportPreview, type PreviewState } from './report-preview';

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

  /** Opens (or retargets) the dynamic preview; for a role file, asks which candidate to show against it. */
  async show(target: ShowPreviewTarget, toSide: boolean): Promise<ReportPreview | undefined> {
    const resolved = await this.resolveTarget(target);
    if (!resolved) return undefined;
    const column = toSide ? vscode.ViewColumn.Beside : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
    const dynamic = [...this.previews].find((p) => !p.locked);
    if (dynamic) {
      dynamic.panel.reveal(toSide ? dynamic.panel.viewColumn : column, true);
      await dynamic.retarget(resolved.uri, resolved.role);
      return dynamic;
    }
    const panel = vscode.window.createWebviewPanel(previewViewType, 'Skillgap Report', { viewColumn: column, preserveFocus: true },
      ReportPreview.webviewOptions(this.extensionUri));
    return this.adopt(panel, resolved.uri, resolved.role, false);
  }

  async toggleLock(preview = this.active ?? [...this.previews][0]): Promise<void> {
    if (!preview) return;
    if (preview.locked) {
      // Only one preview follows the editor: unlocking this one closes the previous follower.
      for (const other of this.previews) if (other !== preview && !other.locked) other.dispose();
    }
    await preview.setLocked(!preview.locked);
  }

  private async resolveTarget(target: ShowPreviewTarget): Promise<ShowPreviewTarget | undefined> {
    try {
      await this.client.sendRequest(ReportRequest, { uri: target.uri.toString(), role: target.role });
      return target;
    } catch {
      // Not a candidate (a role or catalog file, or broken): offer the candidates that target its roles.
    }
    const candidates = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Skillgap: finding candidates' },
      () => findCandidatesTargeting(this.client, target.uri),
    );
    if (candidates.length === 0) {
      void vscode.window.showInformationMessage(
        `Skillgap: no candidate in the workspace targets a role in ${vscode.workspace.asRelativePath(target.uri)}. Open a candidate file to see its report.`);
      return undefined;
    }
    if (candidates.length === 1) return candidates[0];
    const pick = await vscode.window.showQuickPick(candidates.map((c) => ({
      label: c.name, description: c.roleTitle, detail: vscode.workspace.asRelativePath(c.uri), target: c,
    })), { placeHolder: 'Show the report of which candidate?' });
    return pick?.target;
  }

  private async follow(editor: vscode.TextEditor | undefined): Promise<void> {
    if (!editor || !isSkillsFile(editor.document.uri.path)) return;
    if (!vscode.workspace.getConfiguration('skillgap').get<boolean>('preview.followActiveEditor', true)) return;
    const dynamic = [...this.previews].find((p) => !p.locked);
    if (!dynamic || dynamic.resource.toString() === editor.document.uri.toString()) return;
    try {
      // Follow only to files that have a report: switching to a role file keeps the candidate shown.
      await this.client.sendRequest(ReportRequest, { uri: editor.document.uri.toString() });
    } catch {
      return;
    }
    await dynamic.retarget(editor.document.uri);
  }

  private async restore(panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void> {
    if (!state?.uri) {
      panel.dispose();
      return;
    }
    await this.adopt(panel, vscode.Uri.parse(state.uri), state.role, state.locked);
  }

  private async adopt(panel: vscode.WebviewPanel, uri: vscode.Uri, role: string | undefined, locked: boolean): Promise<ReportPreview> {
    const preview = new ReportPreview(panel, this.client, this.extensionUri, uri, role, locked);
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
