// The role report of the shipped samples in a real VS Code: the preview of samples/senior-ai-engineer.skills.yaml
// shows every sample candidate who targets it. Last of the suite: the samples reach the server as open documents
// of another folder, and stay in its index.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReportPreview } from '../../../client/src/preview/report-preview';
import { probe, waitFor } from './helpers';

interface Matrix { candidates: string[]; columns: string[]; cells: string[][]; coverage: string }

describe('the role report of the samples', () => {
  it('shows every sample candidate of samples/senior-ai-engineer.skills.yaml in its matrix, with coverage and readiness', async () => {
    const samples = vscode.Uri.file(process.env.SKILLGAP_SEED!);   // the samples' copy beside the workspace (run.mjs)
    // The samples are another workspace: their files reach the server as open documents.
    for (const name of ['acme', 'santana-mena', 'lena-okafor', 'mei-chen', 'ml-engineer']) {
      await vscode.workspace.openTextDocument(vscode.Uri.joinPath(samples, `${name}.skills.yaml`));
    }
    const role = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(samples, 'senior-ai-engineer.skills.yaml'));
    await vscode.window.showTextDocument(role, { viewColumn: vscode.ViewColumn.One });
    const shown = await vscode.commands.executeCommand<ReportPreview | undefined>('skillgap.showPreview', { uri: role.uri.toString() });
    assert.ok(shown);
    const preview = shown;
    const matrix = await waitFor('the Senior AI Engineer matrix', async () => {
      const m = await probe<Matrix>('matrix');
      return m.candidates.length === 3 ? m : undefined;
    });
    assert.deepEqual(matrix.candidates, ['Lena Okafor', 'Mei Chen', 'Santana Mena']);
    assert.equal(matrix.columns.length, 15);
    assert.deepEqual(matrix.cells[1].slice(0, 5), ['4 ✓', '4 ✓', '3 ✓', '3 ✓ TensorFlow', '1 −2']);
    assert.match(matrix.coverage, /Coverage80%Requirements met by someone12 of 15/);
    assert.equal(preview.lastRoleResult?.model.summary.line, '3 candidates · 1 ready · coverage 80%');
    assert.deepEqual(preview.lastRoleResult?.model.candidates.map((c) => [c.name, c.readiness, c.readyWeek]), [
      ['Lena Okafor', 'ready', 0], ['Mei Chen', 'not-ready', 15], ['Santana Mena', 'not-ready', 37],
    ]);
    await probe('screenshot', { name: 'role-preview' });
  });
});
