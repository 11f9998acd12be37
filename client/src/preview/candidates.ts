// Which workspace candidates target a role defined in a given file. Asked of the server, file by file,
// through `skillgap/report`: the client does not read the YAML itself.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { sameReportFile } from '../files';
import { IGNORED_GLOBS, SKILLS_FILE_GLOB } from '../../../server/src/protocol/skills-files';
import { ReportRequest, type ReportModel } from '../../../server/src/protocol/requests';

export interface CandidateForRole {
  uri: vscode.Uri;
  role: string;
  name: string;
  roleTitle: string;
}

export async function findCandidatesTargeting(client: LanguageClient, roleFile: vscode.Uri): Promise<CandidateForRole[]> {
  const files = await vscode.workspace.findFiles(SKILLS_FILE_GLOB, `{${IGNORED_GLOBS.join(',')}}`, 500);
  const found: CandidateForRole[] = [];
  for (const uri of files) {
    if (uri.toString() === roleFile.toString()) continue;
    const first = await report(client, uri);
    if (!first) continue;
    const roles = [first.role.id, ...first.comparison.map((c) => c.roleId).filter((id) => id !== first.role.id)];
    for (const role of roles) {
      const model = role === first.role.id ? first : await report(client, uri, role);
      if (model && sameReportFile(model.role.file, roleFile)) {
        found.push({ uri, role, name: model.candidate.name, roleTitle: model.role.title });
      }
    }
  }
  return found.sort((a, b) => a.name.localeCompare(b.name) || a.roleTitle.localeCompare(b.roleTitle));
}

async function report(client: LanguageClient, uri: vscode.Uri, role?: string): Promise<ReportModel | undefined> {
  try {
    return (await client.sendRequest(ReportRequest, { uri: uri.toString(), role })).model;
  } catch {
    return undefined;
  }
}
