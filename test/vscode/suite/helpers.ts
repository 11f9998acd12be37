// Shared by the real-VS-Code tests: waiting for asynchronous editor state, and asking the runner (which
// drives the browser through Playwright) to look at or act on the webview DOM.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

const workspaceRoot = (): vscode.Uri => {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need the sample workspace open');
  return folder.uri;
};

export const fileUri = (name: string): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), name);

export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (e) {
      last = e;
    }
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function openEditor(name: string, column = vscode.ViewColumn.One): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fileUri(name));
  return vscode.window.showTextDocument(document, { viewColumn: column, preview: false });
}

export async function skillgapDiagnostics(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  return waitFor(`skillgap diagnostics on ${path.basename(uri.path)}`, () => {
    const found = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'skillgap');
    return found.length > 0 ? found : undefined;
  });
}

let probeCount = 0;

/** Asks the runner to do something with the page (see PROBES in run.mjs) and returns its answer. */
export async function probe<T = unknown>(name: string, args: Record<string, unknown> = {}): Promise<T> {
  const dir = process.env.SKILLGAP_PROBE_DIR;
  if (!dir) throw new Error('SKILLGAP_PROBE_DIR is not set: run this suite through test/vscode/run.mjs');
  const id = `probe-${process.pid}-${++probeCount}`;
  console.log(`SKILLGAP_PROBE ${JSON.stringify({ id, name, args })}`);
  const answer = path.join(dir, `${id}.json`);
  await waitFor(`the runner to answer probe '${name}'`, () => existsSync(answer), 30_000);
  const result = JSON.parse(readFileSync(answer, 'utf8')) as { ok: boolean; value?: T; error?: string };
  if (!result.ok) throw new Error(`probe '${name}' failed: ${result.error}`);
  return result.value as T;
}

export function rangeOf(d: { range: vscode.Range }): string {
  return `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
}
