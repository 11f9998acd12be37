// Skillgap: Export Report — HTML, Markdown or JSON, all three straight from `skillgap/report`.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { skillsFileStem } from '../../../server/src/protocol/skills-files';
import { ReportRequest, type ReportResult } from '../../../server/src/protocol/requests';

export type ExportFormat = 'html' | 'markdown' | 'json';

/** Arguments for scripted use (tests, other extensions); a user gets a quick pick and a save dialog. */
export interface ExportArgs {
  uri?: string;
  role?: string;
  format?: ExportFormat;
  target?: string;
}

const extensions: Record<ExportFormat, string> = { html: 'html', markdown: 'md', json: 'json' };

export function defaultReportFileName(candidate: vscode.Uri, role: string, format: ExportFormat): string {
  return `${skillsFileStem(candidate.path)}-${role}.report.${extensions[format]}`;
}

export function reportText(result: ReportResult, format: ExportFormat): string {
  if (format === 'html') return result.html;
  if (format === 'markdown') return result.markdown;
  return `${JSON.stringify(result.model, null, 2)}\n`;
}

export async function exportReport(client: LanguageClient, source: { uri: vscode.Uri; role?: string } | undefined, args: ExportArgs = {}): Promise<vscode.Uri | undefined> {
  const uri = args.uri ? vscode.Uri.parse(args.uri) : source?.uri;
  if (!uri) {
    void vscode.window.showInformationMessage('Skillgap: open a candidate file (or its report preview) to export its report.');
    return undefined;
  }
  let result: ReportResult;
  try {
    result = await client.sendRequest(ReportRequest, { uri: uri.toString(), role: args.role ?? source?.role, standalone: true });
  } catch (e) {
    void vscode.window.showErrorMessage(`Skillgap: no report for ${vscode.workspace.asRelativePath(uri)}: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
  const format = args.format ?? (await pickFormat());
  if (!format) return undefined;
  const target = args.target
    ? vscode.Uri.parse(args.target)
    : await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(uri, '..', defaultReportFileName(uri, result.model.role.id, format)),
      filters: { [format === 'markdown' ? 'Markdown' : format.toUpperCase()]: [extensions[format]] },
      saveLabel: 'Export Report',
    });
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(reportText(result, format)));
  if (!args.target) {
    void vscode.window.showInformationMessage(`Skillgap: report written to ${vscode.workspace.asRelativePath(target)}`, 'Open').then((choice) => {
      if (choice) void vscode.commands.executeCommand('vscode.open', target);
    });
  }
  return target;
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const items: (vscode.QuickPickItem & { format: ExportFormat })[] = [
    { label: 'HTML', description: 'self-contained page with charts', format: 'html' },
    { label: 'Markdown', description: 'for a pull request or a wiki', format: 'markdown' },
    { label: 'JSON', description: 'the report model, for other tools', format: 'json' },
  ];
  return (await vscode.window.showQuickPick(items, { placeHolder: 'Export the report as…' }))?.format;
}
