// Skillgap: Export Report — HTML, Markdown or JSON, each rendered by the server (`skillgap/report`
// with `format`), byte for byte what `skillgap report --format` writes; from a role preview, the role
// report (`skillgap/roleReport`, also as CSV), as `skillgap role --format` writes it.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { skillsFileStem } from '../../../server/src/protocol/skills-files';
import { ROLE_REPORT_FORMATS } from '../../../server/src/protocol/report-formats';
import { ReportRequest, RoleReportRequest } from '../../../server/src/protocol/requests';

type ExportFormat = 'html' | 'markdown' | 'json' | 'csv';
const EXPORT_FORMATS: readonly ExportFormat[] = ['html', 'markdown', 'json'];
const ROLE_EXPORT_FORMATS: readonly ExportFormat[] = ['html', 'markdown', 'json', 'csv'];

/** Arguments for scripted use (tests, other extensions); a user gets a quick pick and a save dialog. */
export interface ExportArgs {
  uri?: string;
  role?: string;
  format?: ExportFormat;
  target?: string;
  /** Export the role report of a role file (default: the candidate's report). */
  kind?: 'candidate' | 'role';
  allCandidates?: boolean;
}

function defaultReportFileName(file: vscode.Uri, role: string, format: ExportFormat, kind: 'candidate' | 'role'): string {
  const extension = ROLE_REPORT_FORMATS[format].extension;
  return kind === 'role' ? `${role}.role-report.${extension}` : `${skillsFileStem(file.path)}-${role}.report.${extension}`;
}

export async function exportReport(client: LanguageClient, source: { uri: vscode.Uri; role?: string; kind?: 'candidate' | 'role'; allCandidates?: boolean } | undefined, args: ExportArgs = {}): Promise<vscode.Uri | undefined> {
  const kind = args.kind ?? source?.kind ?? 'candidate';
  const uri = args.uri ? vscode.Uri.parse(args.uri) : source?.uri;
  if (!uri) {
    void vscode.window.showInformationMessage('Skillgap: open a candidate file (or its report preview) to export its report.');
    return undefined;
  }
  const format = args.format ?? (await pickFormat(kind === 'role' ? ROLE_EXPORT_FORMATS : EXPORT_FORMATS));
  if (!format) return undefined;
  let result: { text?: string; model: { role: { id: string } } };
  try {
    const params = { uri: uri.toString(), role: args.role ?? source?.role, standalone: true };
    result = kind === 'role'
      ? await client.sendRequest(RoleReportRequest, { ...params, format, allCandidates: args.allCandidates ?? source?.allCandidates })
      : await client.sendRequest(ReportRequest, { ...params, format: format === 'csv' ? 'json' : format });
  } catch (e) {
    void vscode.window.showErrorMessage(`Skillgap: no report for ${vscode.workspace.asRelativePath(uri)}: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
  const target = args.target
    ? vscode.Uri.parse(args.target)
    : await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(uri, '..', defaultReportFileName(uri, result.model.role.id, format, kind)),
      filters: { [ROLE_REPORT_FORMATS[format].label]: [ROLE_REPORT_FORMATS[format].extension] },
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

async function pickFormat(formats: readonly ExportFormat[]): Promise<ExportFormat | undefined> {
  const items = formats.map((format) => ({ label: ROLE_REPORT_FORMATS[format].label, description: ROLE_REPORT_FORMATS[format].description, format }));
  return (await vscode.window.showQuickPick(items, { placeHolder: 'Export the report as…' }))?.format;
}
