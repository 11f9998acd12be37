// Report renderers: one report model, four formats that say the same thing (DESIGN §3).

import type { ReportModel } from '../analysis/report-model';

export { renderMarkdown } from './markdown';
export { renderHtml } from './html';
export type { HtmlOptions } from './html';
export { renderText } from './text';
export type { TextOptions } from './text';
export { escapeHtml } from './escape';
export { relabelFiles } from './relabel';
export { levelLabel } from './format';

/** The public JSON interface: the model itself, in model key order. */
export function renderJson(model: ReportModel): string {
  return JSON.stringify(model, null, 2) + '\n';
}
