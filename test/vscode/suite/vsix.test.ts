// Second pass: the packaged .vsix installed into code-server like a user's install, no development path.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fileUri, openEditor, skillgapDiagnostics, waitFor } from './helpers';

describe('installed .vsix', () => {
  it('activates from the installed package and shows diagnostics', async () => {
    const extension = vscode.extensions.getExtension('skillgap.skillgap');
    assert.ok(extension, 'skillgap.skillgap is installed');
    assert.ok(!extension.extensionPath.startsWith(process.env.SKILLGAP_REPO ?? '\0'), `installed copy, not the repo: ${extension.extensionPath}`);
    await openEditor('mistakes.skills.yaml');
    await waitFor('the installed extension to activate', () => extension.isActive);
    const diagnostics = await skillgapDiagnostics(fileUri('mistakes.skills.yaml'));
    assert.ok(diagnostics.some((d) => d.code === 'unknown-skill' && d.range.start.line === 3),
      `unknown-skill on line 3 among ${diagnostics.map((d) => d.code).join(', ')}`);
  });
});
