// The report preview: a real webview, read and clicked through Playwright by the runner.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { ReportPreview } from '../../../client/src/preview/report-preview';
import { activeApi } from './1-language.test';
import { fileUri, openEditor, probe, waitFor } from './helpers';

interface WebviewDom {
  title: string;
  text: string;
  updates: number;
  csp: string;
  scripts: string[];   // src of each script ('' for VS Code's own inline bootstrap)
  rows: { skill: string; file: string; line: number }[];
  roles: string[];
  inputErrors: { file: string; line: number; text: string }[];
}

interface Matrix { candidates: string[]; columns: string[]; cells: string[][]; words: string[]; coverage: string; allCandidates: boolean }

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) =>
    t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('skillgap.preview'));
}

function nextRender(preview: ReportPreview): Promise<void> {
  return new Promise((resolve) => {
    const subscription = preview.onDidRender(() => {
      subscription.dispose();
      resolve();
    });
  });
}

describe('report preview', () => {
  let preview: ReportPreview;

  before(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens beside the editor with the report title', async () => {
    await openEditor('ada-lovelace.skills.yaml');
    const api = await activeApi();
    const shown = await vscode.commands.executeCommand<ReportPreview | undefined>('skillgap.showPreviewToSide');
    assert.ok(shown);
    preview = shown;
    // The tab model reaches the extension host asynchronously, after the panel's title is set.
    const tab = await waitFor('the preview tab', () => previewTabs().find((t) => t.label === 'Report: Ada Lovelace → ML Platform Engineer'));
    assert.equal(previewTabs().length, 1);
    assert.equal(tab.group.viewColumn, vscode.ViewColumn.Two);
    assert.equal(api.previews.all.length, 1);
    const dom = await probe<WebviewDom>('webview');
    assert.match(dom.text, /Ada Lovelace/);
    const source = preview.panel.webview.cspSource;
    assert.equal(dom.csp.replace(/'nonce-[A-Za-z0-9]{16,}'$/, "'nonce-…'"),
      `default-src 'none'; style-src ${source} 'unsafe-inline'; img-src ${source} data:; script-src 'nonce-…'`);
    // VS Code adds an inline bootstrap script to every webview; the report page loads exactly one script.
    assert.deepEqual(dom.scripts.filter((src) => src !== '').map((src) => src.replace(/^.*\/media\//, 'media/')), ['media/preview.js']);
    assert.deepEqual(dom.roles, ['data-analyst', 'ml-platform-engineer']);
    assert.ok(dom.rows.some((r) => r.skill === 'python'), `a Python row among ${JSON.stringify(dom.rows)}`);
  });

  it('updates in place as the candidate file is edited', async () => {
    const editor = await openEditor('ada-lovelace.skills.yaml');
    const rendered = nextRender(preview);
    const nameLine = editor.document.lineAt(2);
    assert.equal(nameLine.text, 'name: Ada Lovelace');
    await editor.edit((e) => e.replace(nameLine.range, 'name: Ada King'));
    await rendered;
    const dom = await waitFor('the webview to show the edit', async () => {
      const d = await probe<WebviewDom>('webview');
      return /Ada King/.test(d.text) ? d : undefined;
    });
    assert.equal(dom.updates, 1, 'one in-place update (no reload), so the scroll position is kept');
    assert.doesNotMatch(dom.text, /Ada Lovelace/);
    await waitFor('the retitled tab', () => previewTabs()[0]?.label === 'Report: Ada King → ML Platform Engineer');
  });

  it('reveals a skill\'s line in the editor when its row is clicked', async () => {
    const dom = await probe<WebviewDom>('webview');
    const row = dom.rows.find((r) => r.skill === 'sql' && r.file.endsWith('ada-lovelace.skills.yaml'));
    assert.ok(row, `a SQL row of the candidate among ${JSON.stringify(dom.rows)}`);
    assert.equal(row.line, 7);
    await probe('click-row', { skill: 'sql', file: row.file });
    const editor = await waitFor('the editor selection to move', () => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.toString() === fileUri('ada-lovelace.skills.yaml').toString() && e.selection.active.line === row.line ? e : undefined;
    });
    assert.equal(editor.document.lineAt(row.line).text.trim(), editor.document.getText(editor.selection));
    assert.match(editor.document.getText(editor.selection), /skill: SQL/);
  });

  it('opens http links outside the webview, through VS Code', async () => {
    const clicked = await probe<{ href: string; dialogText: string; stillReport: boolean }>('click-link');
    assert.match(clicked.href, /^https?:\/\//);
    assert.equal(clicked.dialogText, 'DialogService: Dialog requested during smoke test.', 'VS Code asked before opening the link');
    assert.equal(clicked.stillReport, true, 'the webview did not navigate away from the report');
  });

  it('switches role from the role picker', async () => {
    const rendered = nextRender(preview);
    await probe('select-role', { role: 'data-analyst' });
    await rendered;
    assert.equal(preview.role, 'data-analyst');
    await waitFor('the retitled tab', () => previewTabs()[0]?.label === 'Report: Ada King → Data Analyst');
    const dom = await probe<WebviewDom>('webview');
    assert.match(dom.text, /Data Analyst/);
    assert.equal(dom.updates, 2);
  });

  it('shows the role report of a role file: the matrix of its candidates; a cell reveals the skill line, a row opens the report', async () => {
    await openEditor('platform-roles.skills.yaml');
    const result = await vscode.commands.executeCommand<ReportPreview | undefined>('skillgap.showPreview');
    assert.equal(result, preview, 'the dynamic preview is reused');
    assert.equal(preview.kind, 'role');
    assert.equal(preview.role, 'ml-platform-engineer');
    await waitFor('the role tab', () => previewTabs()[0]?.label === 'Role: ML Platform Engineer');
    // The tab is renamed when the panel switches; the webview draws the role report once its answer arrives.
    let matrix = await waitFor('the ML Platform Engineer matrix', async () => {
      const m = await probe<Matrix>('matrix');
      return m.candidates.length > 0 ? m : undefined;
    });
    assert.deepEqual(matrix.candidates, ['Ada King']);
    assert.deepEqual(matrix.columns, ['Python', 'Machine Learning', 'Kubernetes', 'Docker', 'Team Feature Store']);
    assert.equal(matrix.allCandidates, true, 'the "All candidates" switch');
    // The file's other role, from the picker: Data Analyst has two candidates.
    const rendered = nextRender(preview);
    await probe('select-role', { role: 'data-analyst' });
    await rendered;
    matrix = await waitFor('the Data Analyst matrix', async () => {
      const m = await probe<Matrix>('matrix');
      return m.candidates.length === 2 ? m : undefined;
    });
    assert.deepEqual(matrix.columns, ['SQL', 'Python']);
    assert.equal(preview.lastRoleResult?.model.summary.line, '2 candidates · 1 ready · coverage 100%');
    assert.deepEqual(matrix.candidates, preview.lastRoleResult!.model.candidates.map((c) => c.name));
    // A cell: the candidate's skill line in their file.
    const ada = preview.lastRoleResult!.model.candidates.find((c) => c.file.endsWith('ada-lovelace.skills.yaml'))!;
    await probe('click-in-report', { selector: `table.matrix td[data-file="${ada.file}"]` });
    await waitFor('the candidate\'s SQL line selected', () => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.toString() === fileUri('ada-lovelace.skills.yaml').toString() && e.selection.active.line === ada.cells[0].line;
    });
    // A candidate row: that candidate's report against the role, in the same panel.
    const opened = nextRender(preview);
    await probe('click-in-report', { selector: `tr[data-open-file="${ada.file}"] th` });
    await opened;
    assert.equal(preview.kind, 'candidate');
    assert.equal(preview.resource.toString(), fileUri('ada-lovelace.skills.yaml').toString());
    assert.equal(preview.role, 'data-analyst');
  });

  it('compares two roles side by side (Compare Roles…)', async () => {
    const api = await activeApi();
    const result = await vscode.commands.executeCommand<{ model: { summary: string; candidates: { name: string }[] } } | undefined>('skillgap.compareRoles', { from: 'data-analyst', to: 'ml-platform-engineer' });
    assert.ok(result);
    assert.equal(result.model.summary, 'ML Platform Engineer against Data Analyst: adds 4, raises 1 and drops 1 requirements (1 with a new priority).');
    assert.deepEqual(result.model.candidates.map((c) => c.name).sort(), ['Ada King', 'Grace Hopper']);
    assert.equal(api.comparison.lastResult, result);
    api.comparison.dispose();
  });

  it('exports the report as JSON and Markdown', async () => {
    const json = fileUri('out/ada.report.json');
    const markdown = fileUri('out/ada.report.md');
    const ada = fileUri('ada-lovelace.skills.yaml').toString();
    await vscode.commands.executeCommand('skillgap.exportReport', { uri: ada, role: 'data-analyst', format: 'json', target: json.toString() });
    await vscode.commands.executeCommand('skillgap.exportReport', { uri: ada, role: 'data-analyst', format: 'markdown', target: markdown.toString() });
    const model = JSON.parse(readFileSync(json.fsPath, 'utf8'));
    assert.equal(model.candidate.name, 'Ada King');
    assert.equal(model.role.id, 'data-analyst');
    assert.equal(model.match.mustHaves.total, 1);
    assert.match(readFileSync(markdown.fsPath, 'utf8'), /Ada King/);
  });

  it('is not rendered while hidden, and is up to date when shown again', async () => {
    await openEditor('team.skills.yaml', vscode.ViewColumn.Two);
    await waitFor('the preview to be hidden', () => !preview.panel.visible);
    const editor = await openEditor('ada-lovelace.skills.yaml');
    const renders = preview.renderCount;
    await editor.edit((e) => e.replace(editor.document.lineAt(2).range, 'name: Ada Byron'));
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(preview.renderCount, renders, 'no work for a hidden preview');
    const rendered = nextRender(preview);
    preview.panel.reveal(vscode.ViewColumn.Two, true);
    await rendered;
    let seen = '';
    const dom = await waitFor('the webview to show the edit made while hidden', async () => {
      const d = await probe<WebviewDom>('webview');
      seen = `${preview.lastResult?.model.candidate.name} / ${d.title} / ${d.updates}`;
      return /Ada Byron/.test(d.text) ? d : undefined;
    }).catch((e: Error) => { throw new Error(`${e.message} (seen: ${seen})`); });
    assert.doesNotMatch(dom.text, /Ada King/);
  });

  it('stays on its file when locked, and follows the editor when not', async () => {
    await vscode.commands.executeCommand('skillgap.preview.toggleLock');
    assert.equal(preview.locked, true);
    await waitFor('the locked title', () => previewTabs()[0]?.label.startsWith('[Locked] '));
    await openEditor('mistakes.skills.yaml');
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(preview.resource.toString(), fileUri('ada-lovelace.skills.yaml').toString());
    await vscode.commands.executeCommand('skillgap.preview.toggleLock');
    assert.equal(preview.locked, false);
    await openEditor('ada-lovelace.skills.yaml');
    await openEditor('mistakes.skills.yaml');
    await waitFor('the preview to follow the active editor', () =>
      preview.resource.toString() === fileUri('mistakes.skills.yaml').toString());
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('shows a banner of the input errors, each revealing its line when clicked', async () => {
    // The preview now follows mistakes.skills.yaml, whose `level: 7` is a schema error.
    const dom = await waitFor('the banner of input errors', async () => {
      const d = await probe<WebviewDom>('webview');
      return d.inputErrors.length > 0 && /Grace Hopper/.test(d.text) ? d : undefined;
    });
    assert.deepEqual(dom.inputErrors, [{ file: 'mistakes.skills.yaml', line: 5, text: 'mistakes.skills.yaml:6:26 schema: level must be 0–5 (0 none … 5 expert)' }]);
    await probe('click-input-error', { index: 0 });
    const editor = await waitFor('the editor selection to move to the error', () => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.toString() === fileUri('mistakes.skills.yaml').toString() && e.selection.active.line === 5 ? e : undefined;
    });
    assert.match(editor.document.getText(editor.selection), /skill: SQL, level: 7/);
  });
});
