// Requests beyond standard LSP, declared once for the server and the VS Code client (and typed
// for any other client): method names, parameters and results.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { ReportModel } from '../analysis/report-model';
import type { ReportFormat } from './report-formats';

export interface ReportParams {
  uri: string;
  /** Role id; default: the candidate's first target. */
  role?: string;
  /** HTML for export (the page's own layout) rather than for the preview webview. */
  standalone?: boolean;
  /** Also render the report in this format (as the CLI writes it) into `text`. */
  format?: ReportFormat;
}

export interface ReportResult {
  html: string;
  markdown: string;
  model: ReportModel;
  /** The report in the requested `format`, when one was asked for. */
  text?: string;
}

/** The report of the first candidate in a file against a role, in every format the client shows. */
export const ReportRequest = new RequestType<ReportParams, ReportResult, void>('skillgap/report');

export interface CandidatesForRoleParams {
  /** A file defining roles. */
  uri: string;
}

export interface CandidateForRole {
  /** The candidate's file, as the client spells it. */
  uri: string;
  /** The id of the role (defined in the asked file) the candidate targets. */
  role: string;
  name: string;
  roleTitle: string;
}

/**
 * The candidates that target a role defined in a file (their first candidate document, as the
 * report shows it), by name then role title: from the server's index, not one report per file.
 */
export const CandidatesForRoleRequest = new RequestType<CandidatesForRoleParams, CandidateForRole[], void>('skillgap/candidatesForRole');

/** What the server holds: its index at a glance, for a status display. */
export interface IndexStatus {
  /** True while folders are being indexed (the counts are still growing). */
  indexing: boolean;
  /** Skills files in the index (on disk in the workspace folders, open, or catalogs named in the settings). */
  files: number;
  candidates: number;
  roles: number;
  /** Workspace catalog documents (the built-in catalog not counted). */
  catalogs: number;
  /** Skills in the catalog the workspace sees: the built-in one with the workspace catalogs over it. */
  skills: number;
}

/** Sent by the server when the index changes (at most about twice a second), and when indexing starts and ends. */
export const IndexStatusNotification = new NotificationType<IndexStatus>('skillgap/indexStatus');

export type { ReportModel };
