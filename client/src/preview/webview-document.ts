// Turns the server's self-contained report HTML into a webview document: the client adds only its CSP,
// its nonce'd script and a toolbar (role picker, lock state). Pure, so it is testable outside VS Code.

export interface RoleChoice {
  id: string;
  title: string;
}

export interface ToolbarState {
  roles: RoleChoice[];
  selectedRole: string;
  locked: boolean;
  /** A role report: whether it shows every candidate (a switch); absent for a candidate's report. */
  allCandidates?: boolean;
}

export interface WebviewAssets {
  cspSource: string;
  nonce: string;
  scriptUri: string;
  styleUri: string;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource} 'unsafe-inline'`,
    `img-src ${cspSource} data:`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
}

export function toolbarHtml(state: ToolbarState): string {
  const picker = state.roles.length > 1
    ? `<label>Role <select id="skillgap-role" aria-label="Target role">${state.roles
      .map((r) => `<option value="${escapeHtml(r.id)}"${r.id === state.selectedRole ? ' selected' : ''}>${escapeHtml(r.title)}</option>`)
      .join('')}</select></label>`
    : '';
  const lock = state.locked ? '<span class="skillgap-locked" title="This preview does not follow the active editor">Locked</span>' : '';
  const all = state.allCandidates === undefined ? ''
    : `<label title="Measure every candidate of the workspace against the role, not only those targeting it"><input type="checkbox" id="skillgap-all-candidates"${state.allCandidates ? ' checked' : ''}> All candidates</label>`;
  return `<div class="skillgap-toolbar" role="region" aria-label="Preview" data-locked="${state.locked}">${picker}${all}${lock}</div>`;
}

export function webviewDocument(reportHtml: string, assets: WebviewAssets, toolbar: ToolbarState): string {
  const head = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(assets.cspSource, assets.nonce)}">`
    + `<link rel="stylesheet" href="${escapeHtml(assets.styleUri)}">`;
  const script = `<script nonce="${assets.nonce}" src="${escapeHtml(assets.scriptUri)}"></script>`;
  // Any <script> in the report would be blocked by the CSP anyway; drop it so nothing can mislead a reader.
  let html = reportHtml.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
  // Two CSP metas would both apply (the stricter wins): the report's own policy is replaced, not added to.
  html = html.replace(/<meta\s+http-equiv=["']?Content-Security-Policy["']?[^>]*>/gi, '');
  html = insertAfter(html, /<head\b[^>]*>/i, head, () => `<head>${head}</head>`);
  html = insertAfter(html, /<body\b[^>]*>/i, toolbarHtml(toolbar), () => toolbarHtml(toolbar));
  html = /<\/body\s*>/i.test(html) ? html.replace(/<\/body\s*>/i, `${script}</body>`) : `${html}${script}`;
  return html;
}

/** A page shown when there is no report to show (not a candidate file, server error…). */
export function messageDocument(message: string, assets: WebviewAssets): string {
  return webviewDocument(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><p class="skillgap-message">${escapeHtml(message)}</p></body></html>`,
    assets, { roles: [], selectedRole: '', locked: false });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

function insertAfter(html: string, tag: RegExp, insertion: string, fallback: () => string): string {
  const match = tag.exec(html);
  if (!match) return `${fallback()}${html}`;
  const end = match.index + match[0].length;
  return html.slice(0, end) + insertion + html.slice(end);
}

export function createNonce(random: (n: number) => Uint8Array): string {
  return Buffer.from(random(18)).toString('base64').replace(/[^A-Za-z0-9]/g, '');
}
