// Skillgap for VS Code: starts the language server and adds the report preview and its commands.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { exportReport, type ExportArgs } from './commands/export-report';
import { RoleComparison, type CompareArgs } from './commands/compare-roles';
import { showSkillInCatalog } from './commands/show-skill-in-catalog';
import { createLanguageClient, type ServerCrash } from './language-client';
import { PreviewManager, type ShowPreviewTarget } from './preview/preview-manager';
import { LanguageStatus, restartCommand, showOutputCommand } from './language-status';

/** Returned from activate(): what the integration tests inspect. */
export interface SkillgapApi {
  client: LanguageClient;
  previews: PreviewManager;
  /** The language status items: the server's state, the index's size. */
  status: LanguageStatus;
  /** The "Compare Roles…" panel. */
  comparison: RoleComparison;
  /** How long activate() took, and (once known) how long until the language server was running, in ms. */
  activation: { ms: number; serverReadyMs?: number };
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): SkillgapApi {
  const started = performance.now();
  const output = vscode.window.createOutputChannel('Skillgap', { log: true });
  const crashes = new vscode.EventEmitter<ServerCrash>();
  client = createLanguageClient(context, output, (crash) => crashes.fire(crash));
  const status = new LanguageStatus(client, crashes.event);
  const previews = new PreviewManager(client, context.extensionUri);
  const comparison = new RoleComparison(client, context.extensionUri, previews);
  const languageClient = client;

  context.subscriptions.push(
    output,
    crashes,
    status,
    previews,
    vscode.commands.registerCommand(showOutputCommand, () => output.show(true)),
    vscode.commands.registerCommand(restartCommand, () => languageClient.restart()),
    vscode.commands.registerCommand('skillgap.showPreview', (arg?: unknown) => {
      const toSide = vscode.workspace.getConfiguration('skillgap').get<boolean>('preview.openToSide', true);
      return showPreview(previews, arg, toSide);
    }),
    vscode.commands.registerCommand('skillgap.showPreviewToSide', (arg?: unknown) => showPreview(previews, arg, true)),
    vscode.commands.registerCommand('skillgap.preview.toggleLock', () => previews.toggleLock()),
    vscode.commands.registerCommand('skillgap.preview.showSource', () => (previews.active ?? previews.all[0])?.showSource()),
    vscode.commands.registerCommand('skillgap.exportReport', (arg?: unknown) => {
      const active = previews.active;
      const explicit = arg instanceof vscode.Uri ? { uri: arg } : undefined;
      const source = explicit ?? (active ? { uri: active.resource, role: active.role, kind: active.kind, allCandidates: active.allCandidates } : commandTarget(undefined));
      return exportReport(languageClient, source, isExportArgs(arg) ? arg : {});
    }),
    vscode.commands.registerCommand('skillgap.showSkillInCatalog', () => showSkillInCatalog(languageClient)),
    comparison,
    vscode.commands.registerCommand('skillgap.compareRoles', (arg?: unknown) => {
      const active = previews.active;
      return comparison.run(isCompareArgs(arg) ? arg : {}, active?.kind === 'role' ? active.role : undefined);
    }),
  );

  // The server starts in the background, so VS Code is not held up: requests sent meanwhile wait for it
  // (vscode-languageclient), and the language status shows how it goes.
  const activation: SkillgapApi['activation'] = { ms: 0 };
  client.start().then(
    () => { activation.serverReadyMs = performance.now() - started; },
    (e: unknown) => {
      const message = e instanceof Error ? e.message : String(e);
      status.show('error', message);
      output.appendLine(`Skillgap language server failed to start: ${message}`);
    },
  );
  activation.ms = performance.now() - started;
  return { client, previews, status, comparison, activation };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/** Commands are called from the palette (no argument), the explorer (a Uri), code lenses ({ uri, role }) and tests. */
function commandTarget(arg: unknown): ShowPreviewTarget | undefined {
  if (arg instanceof vscode.Uri) return { uri: arg };
  if (arg && typeof arg === 'object' && typeof (arg as { uri?: unknown }).uri === 'string') {
    const { uri, role } = arg as { uri: string; role?: unknown };
    return { uri: vscode.Uri.parse(uri), role: typeof role === 'string' ? role : undefined };
  }
  const editor = vscode.window.activeTextEditor;
  return editor ? { uri: editor.document.uri } : undefined;
}

function showPreview(previews: PreviewManager, arg: unknown, toSide: boolean) {
  const target = commandTarget(arg) ?? (previews.active ? { uri: previews.active.resource } : undefined);
  if (!target) {
    void vscode.window.showInformationMessage('Skillgap: open a candidate skills file to preview its report.');
    return undefined;
  }
  return previews.show(target, toSide);
}

function isCompareArgs(arg: unknown): arg is CompareArgs {
  return !!arg && typeof arg === 'object' && !(arg instanceof vscode.Uri);
}

function isExportArgs(arg: unknown): arg is ExportArgs {
  return !!arg && typeof arg === 'object' && !(arg instanceof vscode.Uri);
}
