// Skillgap: Compare Roles… — two roles side by side in a webview: what the second asks compared with
// the first (added, raised, lowered, dropped, unchanged) and each candidate's match in both, from
// `skillgap/compareRoles`. A candidate's row opens that candidate's report in the preview.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CompareRolesRequest, RolesRequest, type CompareRolesResult, type WorkspaceRole } from '../../../server/src/protocol/requests';
import { resolveReportFile } from '../files';
import { createNonce, webviewDocument } from '../preview/webview-document';
import type { PreviewManager } from '../preview/preview-manager';

const compareViewType = 'skillgap.compareRoles';

/** Arguments for scripted use (tests); a user picks the two roles. */
export interface CompareArgs { from?: string; to?: string; allCandidates?: boolean }

export class RoleComparison implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  lastResult: CompareRolesResult | undefined;

  constructor(private readonly client: LanguageClient, private readonly extensionUri: vscode.Uri, private readonly previews: PreviewManager) {}

  async run(args: CompareArgs = {}, preferred?: string): Promise<CompareRolesResult | undefined> {
    let from = args.from;
    let to = args.to;
    if (from === undefined || to === undefined) {
      const roles = await this.client.sendRequest(RolesRequest, {});
      if (roles.length < 2) {
        void vscode.window.showInformationMessage('Skillgap: the workspace needs two roles to compare.');
        return undefined;
      }
      from ??= (await pick(roles, 'Compare which role…', preferred))?.id;
      if (from === undefined) return undefined;
      const first = from;
      // The natural second role: one that extends the first, or the one it extends.
      const next = roles.find((r) => r.extends === first)?.id ?? roles.find((r) => r.id === first)?.extends;
      to ??= (await pick(roles.filter((r) => r.id !== first), `…with which role? (${first} first)`, next))?.id;
      if (to === undefined) return undefined;
    }
    let result: CompareRolesResult;
    try {
      result = await this.client.sendRequest(CompareRolesRequest, { from, to, allCandidates: args.allCandidates });
    } catch (e) {
      void vscode.window.showErrorMessage(`Skillgap: cannot compare ${from} and ${to}: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
    this.show(result);
    return result;
  }

  private show(result: CompareRolesResult): void {
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(compareViewType, 'Compare Roles', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: true, enableCommandUris: false, enableFindWidget: true, localResourceRoots: [media] });
      this.panel.onDidDispose(() => { this.panel = undefined; });
      this.panel.webview.onDidReceiveMessage((m: { type: string; file?: string; role?: string; line?: number }) => {
        if (m.type === 'open-report' && m.file && m.role) {
          const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? this.extensionUri;
          void this.previews.show({ uri: resolveReportFile(m.file, folder), role: m.role }, true);
        }
      });
    }
    const webview = this.panel.webview;
    this.lastResult = result;
    this.panel.title = `Compare: ${result.model.from.title} → ${result.model.to.title}`;
    webview.html = webviewDocument(result.html, {
      cspSource: webview.cspSource, nonce: createNonce(randomBytes),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css')).toString(),
    }, { roles: [], selectedRole: '', locked: false });
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

async function pick(roles: WorkspaceRole[], placeHolder: string, preferred?: string): Promise<WorkspaceRole | undefined> {
  const items = roles.map((r) => ({ label: r.title, description: r.id, detail: r.extends ? `extends ${r.extends}` : undefined, role: r }));
  const first = items.findIndex((i) => i.role.id === preferred);
  if (first > 0) items.unshift(...items.splice(first, 1));
  return (await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true }))?.role;
}
