// Matching the file names the report model carries (absolute, URI or workspace-relative) to URIs.
import * as path from 'node:path';
import * as vscode from 'vscode';

export function resolveReportFile(file: string, relativeTo: vscode.Uri): vscode.Uri {
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(file)) return vscode.Uri.parse(file);
  if (path.isAbsolute(file)) return vscode.Uri.file(file);
  const folder = vscode.workspace.getWorkspaceFolder(relativeTo);
  if (folder) return vscode.Uri.joinPath(folder.uri, file);
  return vscode.Uri.joinPath(relativeTo, '..', file);
}
