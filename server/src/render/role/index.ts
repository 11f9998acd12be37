// The role report's renderers (DESIGN §3.2): one model, every format — the candidate report's
// serializers over the role report's outline (content.ts), the model itself as JSON, and CSV.
import type { RoleComparisonModel, RoleReportModel } from '../../analysis/role-report-model';
import type { RoleReportFormat } from '../../protocol/report-formats';
import { markdownDocument } from '../markdown';
import { textDocument } from '../text';
import type { RenderOptions } from '../index';
import { buildComparisonDocument } from './compare';
import { buildRoleDocument } from './content';
import { renderRoleCsv } from './csv';
import { outlineHtml } from './html';

const json = (model: unknown) => JSON.stringify(model, null, 2) + '\n';

export function renderRoleReport(format: RoleReportFormat, model: RoleReportModel, options: RenderOptions = {}): string {
  switch (format) {
    case 'html': return outlineHtml(buildRoleDocument(model), options.embedded === true);
    case 'markdown': return markdownDocument(buildRoleDocument(model));
    case 'text': return textDocument(buildRoleDocument(model), { color: options.color, width: options.width });
    case 'json': return json(model);
    case 'csv': return renderRoleCsv(model);
  }
}

/** Two roles side by side ("Compare Roles…"): HTML for the webview, Markdown, JSON or text. */
export function renderRoleComparison(format: Exclude<RoleReportFormat, 'csv'>, model: RoleComparisonModel, options: RenderOptions = {}): string {
  switch (format) {
    case 'html': return outlineHtml(buildComparisonDocument(model), options.embedded === true);
    case 'markdown': return markdownDocument(buildComparisonDocument(model));
    case 'text': return textDocument(buildComparisonDocument(model), { color: options.color, width: options.width });
    case 'json': return json(model);
  }
}
