// The preview's page as the extension builds it (client/src/preview/webview-document.ts around the
// server's embedded HTML, with the real media/preview.js and preview.css), served in headless Chromium.
// Only the webview host is stood in for: acquireVsCodeApi records the messages and the state.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { webviewDocument, type ToolbarState } from '../../client/src/preview/webview-document';

const root = join(__dirname, '..', '..');
const ORIGIN = 'http://skillgap.test';
const assets = { cspSource: ORIGIN, nonce: 'n0nce', scriptUri: `${ORIGIN}/media/preview.js`, styleUri: `${ORIGIN}/media/preview.css` };

/** The webview document for `reportHtml`, with the toolbar state the extension writes into it. */
export function previewDocument(reportHtml: string, toolbar: ToolbarState = { roles: [], selectedRole: '', locked: false }, state: Record<string, unknown> = {}): string {
  const html = webviewDocument(reportHtml, assets, toolbar);
  return html.replace('<div class="skillgap-toolbar"', `<div class="skillgap-toolbar" data-state="${JSON.stringify(state).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
}

export interface HostMessage { type: string; [key: string]: unknown }

/**
 * What VS Code puts into a webview's head: the theme's variables (here the ones the report reads, as Dark
 * Modern sets them in VS Code 1.139) and its default styles, which live updates must leave alone. The
 * four real themes are checked inside VS Code (test/vscode).
 */
const HOST_STYLE = '<style id="_defaultStyles">html { --vscode-charts-blue: #59a4f9; --vscode-charts-foreground: #cccccc; --vscode-charts-lines: rgba(204, 204, 204, 0.5); ' +
  '--vscode-charts-purple: #b180d7; --vscode-charts-yellow: #cca700; --vscode-descriptionForeground: #9d9d9d; --vscode-editor-background: #1f1f1f; ' +
  '--vscode-editor-font-family: monospace; --vscode-editor-foreground: #cccccc; --vscode-errorForeground: #f85149; --vscode-focusBorder: #0078d4; ' +
  '--vscode-font-family: system-ui, sans-serif; --vscode-gitDecoration-modifiedResourceForeground: #e2c08d; --vscode-list-hoverBackground: #2a2d2e; ' +
  '--vscode-panel-border: #2b2b2b; --vscode-terminal-ansiGreen: #0dbc79; --vscode-testing-iconFailed: #f88070; --vscode-textBlockQuote-background: #2b2b2b; ' +
  '--vscode-textBlockQuote-border: #616161; --vscode-textLink-foreground: #4daafc; } body { padding: 0 20px; }</style>';

export async function openPreview(context: BrowserContext, html: string, options: { state?: unknown; width?: number } = {}): Promise<Page> {
  const page = await context.newPage();
  if (options.width !== undefined) await page.setViewportSize({ width: options.width, height: 800 });
  await page.route(`${ORIGIN}/report.html`, (route) => route.fulfill({ body: html.replace('<head>', `<head>${HOST_STYLE}`), contentType: 'text/html; charset=utf-8' }));
  for (const file of ['preview.js', 'preview.css']) {
    await page.route(`${ORIGIN}/media/${file}`, (route) => route.fulfill({ body: readFileSync(join(root, 'media', file)), contentType: file.endsWith('.js') ? 'text/javascript' : 'text/css' }));
  }
  // A string, not a function: tsx would wrap a function with helpers the page does not have.
  await page.addInitScript(`(() => {
    window.__messages = [];
    let state = ${JSON.stringify(options.state ?? null)};
    window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__messages.push(m), getState: () => state, setState: (s) => { state = s; window.__state = s; } });
    document.addEventListener('DOMContentLoaded', () => document.body.classList.add('vscode-dark'));
  })();`);
  await page.goto(`${ORIGIN}/report.html`);
  await page.waitForFunction(() => (window as unknown as { __state?: unknown }).__state !== undefined);
  return page;
}

export async function messages(page: Page): Promise<HostMessage[]> {
  return page.evaluate(() => (window as unknown as { __messages: HostMessage[] }).__messages.splice(0));
}

export async function pageState(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => (window as unknown as { __state: Record<string, unknown> }).__state);
}

/** What the extension posts for a live update. */
export async function postUpdate(page: Page, html: string): Promise<void> {
  const updates = await page.evaluate(() => Number(document.body.getAttribute('data-updates') ?? '0'));
  await page.evaluate((h) => window.postMessage({ type: 'update', html: h }, '*'), html);
  await page.waitForFunction((n) => Number(document.body.getAttribute('data-updates') ?? '0') > n, updates);
}
