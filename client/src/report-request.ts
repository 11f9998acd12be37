// The one request the client makes beyond standard LSP: everything the preview, export and catalog
// commands show comes from here (the client never parses YAML or computes a gap).
import { RequestType } from 'vscode-languageclient/node';
import type { ReportModel } from '../../server/src/analysis/report-model';

export interface ReportParams {
  uri: string;
  role?: string;
  /** HTML for export (the page's own layout) rather than for the preview webview. */
  standalone?: boolean;
}

export interface ReportResult {
  html: string;
  markdown: string;
  model: ReportModel;
}

export const reportRequest = new RequestType<ReportParams, ReportResult, void>('skillgap/report');

export type { ReportModel };
