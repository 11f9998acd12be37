// The report preview of the seed scenario (Santana Mena against Senior AI Engineer) in a real VS Code:
// in the four default themes (axe-core and a strict contrast check, a screenshot each), at a side pane's
// 480 px, by keyboard, with scroll sync both ways, and the keystroke → preview latency for the benchmark.
// It runs after the workspace tests (4-*): the samples it opens stay in the server's index.
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { ReportPreview } from '../../../client/src/preview/report-preview';
import { openEditor, probe, waitFor } from './helpers';

interface AxeProbe {
  axe: { violations: string[]; blocking: string[]; minContrast: number; contrastUnchecked: number };
  contrast: { min: number; checked: number; findings: unknown[] };
  shape: { width: number; scrollWidth: number; clientWidth: number; bodyClass: string; stackedRows: boolean; defaultStyles: boolean };
}

// The samples' copy beside the workspace folder (run.mjs): open as documents, they join the server's index.
const SEED_DIR = vscode.Uri.file(process.env.SKILLGAP_SEED!);
const SEED = vscode.Uri.joinPath(SEED_DIR, 'santana-mena.skills.yaml');

async function openSeed(): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(SEED);
  return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
}
const THEMES = [
  { name: 'Default Light Modern', bodyClass: 'vscode-light', screenshot: 'preview-light-modern', showing: '#executive-summary' },
  { name: 'Default Dark Modern', bodyClass: 'vscode-dark', screenshot: 'preview-dark-modern', showing: '#chart-roadmap' },
  { name: 'Default High Contrast', bodyClass: 'vscode-high-contrast', screenshot: 'preview-dark-high-contrast', showing: '#executive-summary' },
  { name: 'Default High Contrast Light', bodyClass: 'vscode-high-contrast-light', screenshot: 'preview-light-high-contrast', showing: '#chart-requirements' },
];

/** Results for the report and the benchmark: written only by the run from this repository (not the installed .vsix). */
function repositoryFile(...path: string[]): string | undefined {
  const extensionPath = vscode.extensions.getExtension('skillgap.skillgap')!.extensionPath;
  if (!existsSync(join(extensionPath, 'test', 'vscode'))) return undefined;
  const file = join(extensionPath, ...path);
  mkdirSync(join(file, '..'), { recursive: true });
  return file;
}

async function previewOf(uri: vscode.Uri): Promise<ReportPreview> {
  const preview = await vscode.commands.executeCommand<ReportPreview | undefined>('skillgap.showPreviewToSide', { uri: uri.toString() });
  assert.ok(preview);
  await waitFor('the seed report', () => preview.lastResult?.model.candidate.name === 'Santana Mena' && preview.role === 'senior-ai-engineer');
  return preview;
}

describe('report preview of the seed scenario', () => {
  let preview: ReportPreview;
  let editor: vscode.TextEditor;
  const a11y: Record<string, unknown> = {};

  before(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    // Santana's two target roles, so the report can be built (the file is outside the workspace folder).
    for (const role of ['senior-ai-engineer', 'ml-engineer']) await vscode.workspace.openTextDocument(vscode.Uri.joinPath(SEED_DIR, `${role}.skills.yaml`));
    editor = await openSeed();
    preview = await previewOf(editor.document.uri);
    if (preview.locked) await vscode.commands.executeCommand('skillgap.preview.toggleLock');
  });

  after(async () => {
    await vscode.workspace.getConfiguration('workbench').update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
    await probe('window-size', { width: 1440 });
    const file = repositoryFile('test-results', 'preview-a11y.json');
    if (file) writeFileSync(file, JSON.stringify(a11y, null, 2) + '\n');
  });

  for (const theme of THEMES) {
    it(`${theme.name}: no serious or critical axe violation and every text at 4.5:1, beside the editor and in a 480 px pane`, async () => {
      await vscode.workspace.getConfiguration('workbench').update('colorTheme', theme.name, vscode.ConfigurationTarget.Global);
      await probe('window-size', { width: 1440 });
      const wide = await waitFor(`the webview in ${theme.name}`, async () => {
        const result = await probe<AxeProbe>('axe');
        return result.shape.bodyClass.split(' ').includes(theme.bodyClass) ? result : undefined;
      });
      assert.deepEqual(wide.axe.blocking, [], wide.axe.violations.join('\n'));
      assert.deepEqual(wide.contrast.findings, []);
      assert.equal(wide.shape.defaultStyles, true, 'VS Code\'s default webview styles are in place');
      await probe('webview-scroll', { selector: theme.showing });
      await probe('screenshot', { name: theme.screenshot });
      await probe('webview-scroll', { selector: '#executive-summary' });

      let narrow: AxeProbe;
      try {
        const width = await probe<number>('pane-width', { width: 480 });
        assert.ok(Math.abs(width - 480) <= 3, `pane ${width} px`);
        narrow = await probe<AxeProbe>('axe');
      } finally {
        await probe('window-size', { width: 1440 });   // the next tests need the wide window even when this one fails
      }
      assert.deepEqual(narrow.axe.blocking, [], narrow.axe.violations.join('\n'));
      assert.deepEqual(narrow.contrast.findings, []);
      assert.equal(narrow.shape.scrollWidth, narrow.shape.clientWidth, 'no page-level horizontal scroll at 480 px');
      assert.equal(narrow.shape.stackedRows, true, 'tables stacked into rows');
      a11y[theme.name] = {
        [`${wide.shape.width} px`]: { violations: wide.axe.violations, axeMinContrast: wide.axe.minContrast, contrastMin: wide.contrast.min, textsChecked: wide.contrast.checked },
        [`${narrow.shape.width} px`]: { violations: narrow.axe.violations, axeMinContrast: narrow.axe.minContrast, contrastMin: narrow.contrast.min, textsChecked: narrow.contrast.checked },
      };
      console.log(`      ${theme.name}: ${JSON.stringify(a11y[theme.name])}`);
    });
  }

  it('is keyboard reachable: Enter on a row reveals its line, on another target role switches to it', async () => {
    await vscode.workspace.getConfiguration('workbench').update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
    const file = preview.lastResult!.model.candidate.file;
    const focused = await probe<{ focused: string; focusVisible: boolean; outline: string }>('webview-keys', {
      selector: `#candidate-profile tr[data-file="${file}"][data-line="12"]`, keys: ['ArrowDown', 'ArrowDown', 'Enter'],
    });
    assert.match(focused.focused, /^<tr data-skill="machine-learning" data-file="[^"]*santana-mena.skills.yaml" data-line="14" tabindex="0">/);
    assert.deepEqual([focused.focusVisible, focused.outline], [true, 'solid'], 'focus is visible');
    const revealed = await waitFor('the editor selection on line 14', () => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.toString() === SEED.toString() && e.selection.active.line === 14 ? e : undefined;
    });
    assert.equal(revealed.document.getText(revealed.selection), '- { skill: Machine Learning, level: 2, years: 1 }');

    const rendered = new Promise<void>((resolve) => { const s = preview.onDidRender(() => { s.dispose(); resolve(); }); });
    await probe('webview-keys', { selector: 'tr[data-role="ml-engineer"]', keys: ['Enter'] });
    await rendered;
    assert.equal(preview.role, 'ml-engineer');
    await waitFor('the tab title', () => preview.panel.title === 'Report: Santana Mena → Machine Learning Engineer');
    const back = new Promise<void>((resolve) => { const s = preview.onDidRender(() => { s.dispose(); resolve(); }); });
    await probe('webview-keys', { selector: 'tr[data-role="senior-ai-engineer"]', keys: ['Enter'] });
    await back;
    assert.equal(preview.role, 'senior-ai-engineer');
  });

  it('scrolls with the editor by source line, and the editor with it', async () => {
    editor = await openSeed();
    // A short window, so that the 26-line file scrolls in its editor.
    await probe('window-size', { width: 1440, height: 360 });
    await new Promise((r) => setTimeout(r, 1000));   // the resize's own scroll events settle first
    // Editor → preview: the editor scrolled down as far as it goes (its top line among the skills, 12–23): the
    // preview brings that skill's row under its nav.
    editor.revealRange(new vscode.Range(25, 0, 25, 0), vscode.TextEditorRevealType.AtTop);
    await new Promise((r) => setTimeout(r, 1000));
    const line = editor.visibleRanges[0]?.start.line ?? -1;
    assert.ok(line >= 12 && line <= 23, `the editor's top line is a skill's: ${line}`);
    let seen = '';
    const top = await waitFor(`the preview at line ${line}'s row`, async () => {
      const t = await probe<{ line: number; file: string; offset: number; section: string }>('webview-top');
      seen = `${JSON.stringify(t)}, editor at ${editor.visibleRanges[0]?.start.line}`;
      return t.line === line ? t : undefined;
    }).catch((e: Error) => { throw new Error(`${e.message}: ${seen}`); });
    assert.equal(top.section, 'candidate-profile');
    assert.ok(Math.abs(top.offset) <= 6, `the row is at the top: ${JSON.stringify(top)}`);
    // Preview → editor: the reader scrolls to the top, then to the gap table's Machine Learning row (line 14).
    await probe('webview-scroll', { selector: '#executive-summary' });
    await waitFor('the editor at the top', () => (editor.visibleRanges[0]?.start.line ?? 99) <= 1);
    const file = preview.lastResult!.model.candidate.file;
    await probe('webview-scroll', { selector: `#skill-gap-assessment tr[data-file="${file}"][data-line="14"]` });
    // The editor scrolls the line into view as near its top as it can (its sticky scroll header and a short
    // viewport leave the line a few rows down).
    const shows = (line: number) => editor.visibleRanges.some((r) => r.start.line <= line && r.end.line >= line);
    await waitFor('the editor to follow to line 14', () => (editor.visibleRanges[0]?.start.line ?? 0) >= 8 && shows(14))
      .catch(async (e: Error) => { throw new Error(`${e.message}: editor at ${editor.visibleRanges[0]?.start.line}, preview ${JSON.stringify(await probe('webview-top'))}`); });
    assert.equal((await probe<{ section: string }>('webview-top')).section, 'skill-gap-assessment', 'the preview stays where the reader put it');
    await probe('window-size', { width: 1440 });
  });

  it('opens the source from the preview\'s title bar action', async () => {
    // Lock the preview (so it stays on the seed), put another file in the editor's group and close the seed's editor.
    await vscode.commands.executeCommand('skillgap.preview.toggleLock');
    await openEditor('team.skills.yaml');
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === SEED.toString());
    await vscode.window.tabGroups.close(tabs);
    preview.panel.reveal(preview.panel.viewColumn, false);
    await waitFor('the preview to be active', () => preview.panel.active);
    await vscode.commands.executeCommand('skillgap.preview.showSource');
    const shown = await waitFor('the candidate file in an editor', () => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === SEED.toString()));
    assert.equal(shown.viewColumn, vscode.ViewColumn.One, 'beside the preview');
    assert.equal(vscode.window.activeTextEditor, shown);
    await vscode.commands.executeCommand('skillgap.preview.toggleLock');
  });

  it('measures keystroke → updated preview (for npm run bench; not a timed test)', async function () {
    this.timeout(180_000);
    editor = await openSeed();
    const line = 19;   // - { skill: Docker, level: 2, years: 1 }: 2 ↔ 3 changes a must-have's status, the match and the roadmap
    const column = editor.document.lineAt(line).text.indexOf('level: ') + 'level: '.length;
    const applied: number[] = [];
    const painted: number[] = [];
    const idleFrames: number[] = [];
    const matches = new Set<string>();
    const loadBefore = loadavg().map((l) => Math.round(l * 100) / 100);
    for (let i = 0; i < Number(process.env.SKILLGAP_LATENCY_N ?? 20); i++) {
      const key = editor.document.lineAt(line).text[column] === '2' ? '3' : '2';
      editor.selection = new vscode.Selection(line, column, line, column + 1);
      await new Promise((r) => setTimeout(r, 250));   // idle between keystrokes, as between a user's edits
      const sample = await probe<{ applied: number; painted: number; idleFrame: number; match: string }>('time-keystroke', { key });
      assert.equal(editor.document.lineAt(line).text[column], key, 'the keystroke reached the editor');
      applied.push(sample.applied);
      painted.push(sample.painted);
      idleFrames.push(sample.idleFrame);
      matches.add(sample.match);
    }
    assert.deepEqual([...matches].sort(), ['20%', '23%'], 'each keystroke changed the match the preview shows');
    const stats = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const round = (v: number) => Math.round(v * 10) / 10;
      const mid = sorted.length / 2;
      return { median: round(sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2), p90: round(sorted[Math.min(sorted.length - 1, Math.floor(0.9 * sorted.length))]),
        min: round(sorted[0]), max: round(sorted[sorted.length - 1]), samples: values.map(round) };
    };
    const result = {
      measure: 'keystroke in the editor → the preview webview holding the new report (applied), and → its next frame (painted); from the browser\'s keydown, one clock',
      scenario: 'seed: samples/santana-mena.skills.yaml against senior-ai-engineer; Docker\'s level typed 2 ↔ 3 (match 20% ↔ 23%)',
      date: new Date().toISOString(), vscode: vscode.version, uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'web (code-server, headless Chromium)' : 'desktop',
      loadAverage: { before: loadBefore, after: loadavg().map((l) => Math.round(l * 100) / 100) },
      applied: stats(applied), painted: stats(painted), idleFrame: stats(idleFrames),
    };
    console.log(`      keystroke → preview updated: median ${result.applied.median} ms (${result.applied.min}–${result.applied.max}); painted: median ${result.painted.median} ms ` +
      `(${result.painted.min}–${result.painted.max}); an idle frame of the webview took ${result.idleFrame.median} ms; load ${loadBefore.join(' ')}`);
    const file = repositoryFile('bench', 'results', 'preview-latency.json');
    if (file) writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
