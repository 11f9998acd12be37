// The language features through the real language client and server, in a real VS Code.
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { SkillgapApi } from '../../../client/src/extension';
import { fileUri, openEditor, rangeOf, skillgapDiagnostics, waitFor } from './helpers';

export async function activeApi(): Promise<SkillgapApi> {
  const extension = vscode.extensions.getExtension<SkillgapApi>('skillgap.skillgap');
  assert.ok(extension, 'the extension skillgap.skillgap is loaded');
  return waitFor('the extension to activate', () => (extension.isActive ? extension.exports : undefined));
}

/** For `npm run bench`: the activation time of the extension loaded from this repository (development pass). */
function recordActivation(activation: SkillgapApi['activation']): void {
  const extensionPath = vscode.extensions.getExtension('skillgap.skillgap')!.extensionPath;
  if (!existsSync(join(extensionPath, 'test', 'vscode'))) return;   // the installed .vsix: not the repository
  mkdirSync(join(extensionPath, 'test-results'), { recursive: true });
  writeFileSync(join(extensionPath, 'test-results', 'activation.json'), JSON.stringify({ ...activation, vscode: vscode.version, uiKind: vscode.env.uiKind }) + '\n');
}

describe('language features', () => {
  it('activates on a skills file and shows the server as running in the language status', async () => {
    const editor = await openEditor('ada-lovelace.skills.yaml');
    assert.equal(editor.document.languageId, 'skills-yaml');
    const api = await activeApi();
    await waitFor('the language status to show a running server', () => api.status.server.text === '$(check) Skillgap');
    const serverReadyMs = await waitFor('the server start to be timed', () => api.activation.serverReadyMs);
    assert.ok(api.activation.ms > 0 && api.activation.ms <= serverReadyMs, JSON.stringify(api.activation));
    recordActivation(api.activation);
    const commands = await vscode.commands.getCommands(true);
    for (const command of ['skillgap.showPreview', 'skillgap.showPreviewToSide', 'skillgap.preview.toggleLock',
      'skillgap.exportReport', 'skillgap.showSkillInCatalog', 'skillgap.showOutput', 'skillgap.restartServer']) {
      assert.ok(commands.includes(command), `${command} is registered`);
    }
  });

  it('reports the mistakes in a bad file with exact codes and ranges', async () => {
    await openEditor('mistakes.skills.yaml');
    const diagnostics = await skillgapDiagnostics(fileUri('mistakes.skills.yaml'));
    const byCode = (code: string) => diagnostics.filter((d) => d.code === code).map((d) => `${rangeOf(d)} ${d.message}`);
    assert.deepEqual(byCode('unknown-skill'), ["3:13-3:18 Unknown skill 'Pythn' — did you mean Python?"]);
    assert.deepEqual(byCode('alias'), ['4:13-4:16 k8s is an alias of Kubernetes']);
    assert.deepEqual(byCode('schema').map((s) => s.split(' ')[0]), ['5:25-5:26']);
    assert.equal(diagnostics.find((d) => d.code === 'alias')?.severity, vscode.DiagnosticSeverity.Hint);
    assert.equal(diagnostics.find((d) => d.code === 'unknown-skill')?.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('explains a skill on hover', async () => {
    const editor = await openEditor('ada-lovelace.skills.yaml');
    const line = editor.document.lineAt(8);   // "  - { skill: Machine Learning, level: 2, years: 2 }"
    const position = new vscode.Position(8, line.text.indexOf('Machine Learning') + 3);
    const hovers = await waitFor('a hover', async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
      return h.length > 0 ? h : undefined;
    });
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Machine Learning/);
    assert.match(text, /ML Platform Engineer/, 'the hover says what the target role requires');
    const range = hovers[0].range;
    assert.ok(range, 'the hover names the range it explains');
    assert.equal(rangeOf({ range }), '8:13-8:29');
  });

  it('shows the catalog entry of the skill under the cursor', async () => {
    const editor = await openEditor('ada-lovelace.skills.yaml');
    const column = editor.document.lineAt(10).text.indexOf('Team Feature Store');
    editor.selection = new vscode.Selection(10, column + 2, 10, column + 2);
    assert.equal(await vscode.commands.executeCommand('skillgap.showSkillInCatalog'), true);
    const target = vscode.window.activeTextEditor;
    assert.equal(target?.document.uri.toString(), fileUri('team.skills.yaml').toString());
    assert.equal(`${target.selection.start.line}:${target.document.getText(target.selection)}`, '6:team-feature-store');
  });

  it('applies a quick fix that changes the document, and undoes it', async () => {
    const editor = await openEditor('mistakes.skills.yaml');
    const diagnostics = await skillgapDiagnostics(editor.document.uri);
    const alias = diagnostics.find((d) => d.code === 'alias');
    assert.ok(alias);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider',
      editor.document.uri, alias.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === "Replace with 'Kubernetes'");
    assert.ok(fix?.edit, `a quick fix among: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(editor.document.lineAt(4).text, '  - { skill: Kubernetes, level: 2 }');
    await waitFor('the alias hint to go away', () =>
      !vscode.languages.getDiagnostics(editor.document.uri).some((d) => d.code === 'alias'));
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.lineAt(4).text, '  - { skill: k8s, level: 2 }');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
