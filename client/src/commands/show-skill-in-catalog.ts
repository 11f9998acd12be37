// Skillgap: Show Skill in Catalog — go to definition at the cursor, or pick one of the report's skills.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ReportRequest, type ReportModel } from '../../../server/src/protocol/requests';

type Definition = vscode.Location | vscode.LocationLink;

export async function showSkillInCatalog(client: LanguageClient): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Skillgap: open a skills file to look up a skill.');
    return false;
  }
  if (await openDefinition(editor.document.uri, editor.selection.active)) return true;
  let model: ReportModel;
  try {
    model = (await client.sendRequest(ReportRequest, { uri: editor.document.uri.toString() })).model;
  } catch {
    void vscode.window.showInformationMessage('Skillgap: put the cursor on a skill name to find it in its catalog.');
    return false;
  }
  const pick = await vscode.window.showQuickPick(model.candidate.skills.map((s) => ({
    label: s.name, description: s.skill !== s.name ? s.skill : undefined, detail: s.category, skill: s,
  })), { placeHolder: 'Show which skill in its catalog?', matchOnDescription: true });
  if (!pick) return false;
  // The skill's own line in the candidate file is where the server resolves it to its catalog entry.
  const line = editor.document.lineAt(pick.skill.line);
  const column = line.text.indexOf(pick.skill.skill);
  const position = new vscode.Position(line.lineNumber, column >= 0 ? column : line.firstNonWhitespaceCharacterIndex);
  if (await openDefinition(editor.document.uri, position)) return true;
  void vscode.window.showInformationMessage(`Skillgap: ${pick.skill.name} comes from the built-in catalog${pick.skill.category ? ` (${pick.skill.category})` : ''}; hover it for its entry.`);
  return false;
}

async function openDefinition(uri: vscode.Uri, position: vscode.Position): Promise<boolean> {
  const found = await vscode.commands.executeCommand<Definition[] | undefined>('vscode.executeDefinitionProvider', uri, position);
  const first = found?.[0];
  if (!first) return false;
  const target = 'targetUri' in first ? first.targetUri : first.uri;
  const range = 'targetUri' in first ? (first.targetSelectionRange ?? first.targetRange) : first.range;
  const document = await vscode.workspace.openTextDocument(target);
  await vscode.window.showTextDocument(document, { selection: range, preview: true });
  return true;
}
