// Requests beyond standard LSP, declared once for the server and the VS Code client (and typed
// for any other client): method names, parameters and results.
import { RequestType } from 'vscode-languageserver-protocol';
import type { ReportModel } from '../analysis/report-model';

export interface ReportParams {
  uri: string;
  /** Role id; default: the candidate's first target. */
  role?: string;
  /** HTML for export (the page's own layout) rather than for the preview webview. */
  standalone?: boolean;
}

export interface ReportResult {
  html: string;
  markdown: string;
  model: ReportModel;
}

/** The report of the first candidate in a file against a role, in every format the client shows. */
export const ReportRequest = new RequestType<ReportParams, ReportResult, void>('skillgap/report');

export type { ReportModel };
