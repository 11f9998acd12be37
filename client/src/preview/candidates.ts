// Which workspace candidates target a role defined in a given file: one request to the server,
// which keeps the index (the client does not read the YAML itself).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CandidatesForRoleRequest } from '../../../server/src/protocol/requests';

export interface CandidateForRole {
  uri: vscode.Uri;
  role: string;
  name: string;
  roleTitle: string;
}

export async function findCandidatesTargeting(client: LanguageClient, roleFile: vscode.Uri): Promise<CandidateForRole[]> {
  try {
    const found = await client.sendRequest(CandidatesForRoleRequest, { uri: roleFile.toString() });
    return found.map((c) => ({ ...c, uri: vscode.Uri.parse(c.uri) }));
  } catch {
    return [];   // not a skills file the server knows: no candidates to offer
  }
}
