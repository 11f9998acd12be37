// Report renderers: one report model, four formats that say the same thing (DESIGN §3), looked
// up by name (protocol/report-formats.ts) by the CLI, the report request and so the export.

import type { ReportModel } from '../analysis/report-model';
import type { ReportFormat } from '../protocol/report-formats';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { renderText } from './text';

export { relabelFiles, relabelRoleComparison, relabelRoleReport } from './relabel';

export interface RenderOptions {
  /** HTML: for the preview webview (its styles, a nonce) rather than a standalone page. */
  embedded?: boolean;
  /** Text: ANSI colour. */
  color?: boolean;
  /** Text: wrap width in columns. */
  width?: number;
}

/** The public JSON interface: the model itself, in model key order. */
function renderJson(model: ReportModel): string {
  return JSON.stringify(model, null, 2) + '\n';
}

const RENDERERS: Record<ReportFormat, (model: ReportModel, options: RenderOptions) => string> = {
  html: (model, { embedded }) => renderHtml(model, { embedded }),
  markdown: (model) => renderMarkdown(model),
  json: renderJson,
  text: (model, { color, width }) => renderText(model, { color, width }),
};

export function render(format: ReportFormat, model: ReportModel, options: RenderOptions = {}): string {
  return RENDERERS[format](model, options);
}
