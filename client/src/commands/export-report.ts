// Skillgap: Export Report — HTML, Markdown or JSON, each rendered by the server (`skillgap/report`
// with `format`), byte for byte what `skillgap report --format` writes.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { skillsFileStem } from '../../../server/src/protocol/skills-files';
import { REPORT_FORMATS } from '../../../server/src/protocol/report-formats';
import { ReportRequest, type ReportResult } from '../../../server/src/protocol/requests';

type ExportFormat = 'html' | 'markdown' | 'json';
const EXPORT_FORMATS: readonly ExportFormat[] = ['html', 'markdown', 'json'];

/** Arguments for scripted use (tests, other extensions); a user gets a quick pick and a save dialog. */
export interface ExportArgs {
  uri?: string;
  role?: string;
  format?: ExportFormat;
  target?: string;
}

function defaultReportFileName(candidate: vscode.Uri, role: string, format: ExportFormat): string {
  return `${skillsFileStem(candidate.path)}-${role}.report.${REPORT_FORMATS[format].extension}`;
}

export async function exportReport(client: LanguageClient, source: { uri: vscode.Uri; role?: string } | undefined, args: ExportArgs = {}): Promise<vscode.Uri | undefined> {
  const uri = args.uri ? vscode.Uri.parse(args.uri) : source?.uri;
  if (!uri) {
    void vscode.window.showInformationMessage('Skillgap: open a candidate file (or its report preview) to export its report.');
    return undefined;
  }
  const format = args.format ?? (await pickFormat());
  if (!format) return undefined;
  let result: ReportResult;
  try {
    result = await client.sendRequest(ReportRequest, { uri: uri.toString(), role: args.role ?? source?.role, standalone: true, format });
  } catch (e) {
    void vscode.window.showErrorMessage(`Skillgap: no report for ${vscode.workspace.asRelativePath(uri)}: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
  const target = args.target
    ? vscode.Uri.parse(args.target)
    : await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(uri, '..', defaultReportFileName(uri, result.model.role.id, format)),
      filters: { [REPORT_FORMATS[format].label]: [REPORT_FORMATS[format].extension] },
      saveLabel: 'Export Report',
    });
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text ?? ''));
  if (!args.target) {
    void vscode.window.showInformationMessage(`Skillgap: report written to ${vscode.workspace.asRelativePath(target)}`, 'Open').then((choice) => {
      if (choice) void vscode.commands.executeCommand('vscode.open', target);
    });
  }
  return target;
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const items = EXPORT_FORMATS.map((format) => ({ label: REPORT_FORMATS[format].label, description: REPORT_FORMATS[format].description, format }));
  return (await vscode.window.showQuickPick(items, { placeHolder: 'Export the report as…' }))?.format;
}
