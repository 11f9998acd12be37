// The language server dies under the user (killed, out of memory, a bug): the client must restart it,
// hand it the unsaved text, and lose nothing the user typed; the language status says what happened.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { activeApi } from './1-language.test';
import { fileUri, openEditor, rangeOf, skillgapDiagnostics, waitFor } from './helpers';

// vscode-languageclient's State (the suite runs from a temp folder that cannot resolve the package).
const State = { Stopped: 1, Running: 2, Starting: 3 } as const;

const FILES = ['ada-lovelace.skills.yaml', 'mistakes.skills.yaml', 'platform-roles.skills.yaml', 'team.skills.yaml'];
const onDisk = () => FILES.map((f) => readFileSync(fileUri(f).fsPath, 'utf8'));

describe('crash recovery', () => {
  before(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('restarts a killed server, which checks the unsaved text; nothing typed is lost; the language status says so', async () => {
    const api = await activeApi();
    const disk = onDisk();
    const editor = await openEditor('mistakes.skills.yaml');
    await waitFor('a running server', () => api.client.state === State.Running);
    await skillgapDiagnostics(editor.document.uri);

    // Type over the misspelt 'Pythn' (3:13-3:18), as a user would, and leave the file unsaved.
    editor.selection = new vscode.Selection(3, 13, 3, 18);
    await vscode.commands.executeCommand('type', { text: 'Zorblax' });
    assert.equal(editor.document.lineAt(3).text, '  - { skill: Zorblax, level: 3 }');
    assert.ok(editor.document.isDirty);
    const typed = editor.document.getText();
    const unknown = (d: vscode.Diagnostic) => d.code === 'unknown-skill' ? `${rangeOf(d)} ${d.message}` : undefined;
    const before = await waitFor('the typed name checked', () =>
      vscode.languages.getDiagnostics(editor.document.uri).map(unknown).find((m) => m?.startsWith("3:13-3:20 Unknown skill 'Zorblax'")));

    const old = api.client.serverProcess;
    assert.ok(old?.pid, 'the server runs as a child process');
    const states: number[] = [];
    const cleared: boolean[] = [];
    const watchStates = api.client.onDidChangeState((e) => states.push(e.newState));
    const watchDiagnostics = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === editor.document.uri.toString())) {
        cleared.push(vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'skillgap').length === 0);
      }
    });
    try {
      process.kill(old.pid, 'SIGKILL');
      const restarted = await waitFor('a new server process', () => {
        const pid = api.client.serverProcess?.pid;
        return pid && pid !== old.pid && api.client.state === State.Running ? pid : undefined;
      }, 30_000);
      assert.notEqual(restarted, old.pid);
      assert.deepEqual(states.slice(-2), [State.Starting, State.Running], `states after the kill: ${states.join(',')}`);
      // The old server's findings went with it; the new one's come back, and they are about the unsaved text.
      const after = await waitFor('diagnostics from the restarted server', () => (cleared.includes(true) && cleared[cleared.length - 1] === false
        ? vscode.languages.getDiagnostics(editor.document.uri).map(unknown).find((m) => m !== undefined) : undefined));
      assert.equal(after, before);
      assert.ok(!vscode.languages.getDiagnostics(editor.document.uri).some((d) => d.message.includes('Pythn')), 'the disk text is not what it checked');
    } finally {
      watchStates.dispose();
      watchDiagnostics.dispose();
    }

    assert.equal(editor.document.getText(), typed, 'the typed text is unchanged');
    assert.ok(editor.document.isDirty, 'and still unsaved');
    assert.deepEqual(onDisk(), disk, 'no file on disk changed');
    await waitFor('the language status to show the recovery', () => api.status.server.text === '$(check) Skillgap' || undefined);
    assert.equal(api.status.server.detail, 'running · restarted after 1 crash, open files resent');
    assert.equal(api.status.server.severity, vscode.LanguageStatusSeverity.Information);

    // The new server answers requests too.
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(5, 14));
    assert.ok(hovers.length > 0, 'a hover on SQL from the restarted server');

    await restoreSaved(editor.document);
    assert.equal(editor.document.lineAt(3).text, '  - { skill: Pythn, level: 3 }');
  });

  it('every quick fix is an edit the user applies, changes only the open document (unsaved), and undoes exactly', async () => {
    const disk = onDisk();
    const editor = await openEditor('mistakes.skills.yaml');
    const original = editor.document.getText();
    assert.equal(original, readFileSync(fileUri('mistakes.skills.yaml').fsPath, 'utf8'), 'starts from the saved text');
    const diagnostics = await waitFor('diagnostics of the saved text', async () => {
      const found = await skillgapDiagnostics(editor.document.uri);
      return found.some((d) => d.message.includes("'Pythn'")) ? found : undefined;
    });
    let applied = 0;
    for (const d of diagnostics) {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider',
        editor.document.uri, d.range, vscode.CodeActionKind.QuickFix.value);
      for (const action of actions.filter((a) => a.edit && a.edit.entries().every(([uri]) => uri.toString() === editor.document.uri.toString()))) {
        assert.equal(action.command, undefined, `'${action.title}' runs no command behind the user's back`);
        assert.ok(await vscode.workspace.applyEdit(action.edit!), action.title);
        assert.notEqual(editor.document.getText(), original, `'${action.title}' changed the document`);
        assert.ok(editor.document.isDirty);
        await vscode.window.showTextDocument(editor.document);
        await vscode.commands.executeCommand('undo');
        assert.equal(editor.document.getText(), original, `undo restores the text after '${action.title}'`);
        applied++;
      }
    }
    assert.ok(applied >= 2, `quick fixes applied and undone: ${applied}`);
    assert.deepEqual(onDisk(), disk, 'no file on disk changed');
    await restoreSaved(editor.document);
  });
});

/**
 * Puts the saved text back and saves it (the same bytes), so the next test starts clean. Not
 * `workbench.action.files.revert`: it acts on whichever editor is active, which on a loaded machine
 * is not always this one yet.
 */
async function restoreSaved(document: vscode.TextDocument): Promise<void> {
  const saved = readFileSync(document.uri.fsPath, 'utf8');
  if (document.getText() !== saved) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), saved);
    assert.ok(await vscode.workspace.applyEdit(edit));
  }
  if (document.isDirty) assert.ok(await document.save());
  assert.equal(readFileSync(document.uri.fsPath, 'utf8'), saved, 'the file on disk is as it was');
}
