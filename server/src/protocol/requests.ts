// Requests beyond standard LSP, declared once for the server and the VS Code client (and typed
// for any other client): method names, parameters and results.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { ReportModel } from '../analysis/report-model';
import type { ReportFormat, RoleReportFormat } from './report-formats';
import type { RoleComparisonModel, RoleReportModel } from '../analysis/role-report-model';

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

export interface RoleReportParams {
  /** A file defining roles (the role report of its first role, unless `role` names another). */
  uri?: string;
  /** Role id; required without `uri`. */
  role?: string;
  /** Every candidate of the workspace, not only those targeting the role. */
  allCandidates?: boolean;
  /** HTML for export (the page's own layout) rather than for the preview webview. */
  standalone?: boolean;
  /** Also render the role report in this format (as `skillgap role` writes it) into `text`. */
  format?: RoleReportFormat;
}

export interface RoleReportResult {
  html: string;
  markdown: string;
  model: RoleReportModel;
  /** The roles the file defines, for a picker (the one shown among them). */
  roles: { id: string; title: string }[];
  text?: string;
}

/** The role report (DESIGN §3.2): every candidate against a role, its coverage and ladder. */
export const RoleReportRequest = new RequestType<RoleReportParams, RoleReportResult, void>('skillgap/roleReport');

export interface CompareRolesParams {
  from: string;
  to: string;
  allCandidates?: boolean;
  standalone?: boolean;
}

export interface CompareRolesResult { html: string; markdown: string; model: RoleComparisonModel }

/** Two roles side by side: the requirements diff and each candidate's match in both. */
export const CompareRolesRequest = new RequestType<CompareRolesParams, CompareRolesResult, void>('skillgap/compareRoles');

export interface WorkspaceRole { id: string; title: string; uri: string; extends?: string }

/** Every role of the workspace, by id (for "Compare Roles…" and other pickers). */
export const RolesRequest = new RequestType<Record<string, never> | null, WorkspaceRole[], void>('skillgap/roles');

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
