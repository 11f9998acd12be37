// The requests beyond LSP (protocol/requests.ts): the report the preview, export and catalog
// commands show; the candidates of a role (the preview opened from a role file); the role report, two
// roles compared, and the workspace's roles.
import {
  CandidatesForRoleRequest, CompareRolesRequest, ReportRequest, RoleReportRequest, RolesRequest,
  type CandidateForRole, type CompareRolesParams, type CompareRolesResult, type ReportParams, type ReportResult, type RoleReportParams, type RoleReportResult, type WorkspaceRole,
} from '../protocol/requests';
import { isReportFormat, isRoleReportFormat } from '../protocol/report-formats';
import { relabelFiles, relabelRoleComparison, relabelRoleReport, render } from '../render';
import { renderRoleComparison, renderRoleReport } from '../render/role';
import { WorkspaceError } from '../workspace';
import type { ReportModel } from '../analysis/report-model';
import { guardRequest, RequestFailure } from './guard';
import type { Indexing } from './indexing';
import type { DeclareCapabilities, Session } from './session';

/**
 * Every request here reads the whole workspace (a report reads the roles and catalogs anywhere in it, a role
 * report every candidate), so each waits for the first indexing to end: asked while a large folder is being
 * read, it would answer from half of it (a role report without the candidates not yet read).
 */
export function registerReportRequests(session: Session, indexing: Pick<Indexing, 'done'>): DeclareCapabilities {
  session.connection.onRequest(ReportRequest, guardRequest(session.log, ReportRequest.method, async (params: ReportParams): Promise<ReportResult> => {
    await indexing.done;
    if (!params || typeof params.uri !== 'string') throw new RequestFailure('skillgap/report needs { uri: string, role?: string }');
    if (params.format !== undefined && !isReportFormat(params.format)) throw new RequestFailure(`skillgap/report: unknown format '${String(params.format)}'`);
    const file = session.known(params.uri);
    let model: ReportModel;
    try {
      model = session.workspace.report(file, params.role, { today: session.settings.today });
    } catch (error) {
      if (error instanceof WorkspaceError) throw new RequestFailure(error.message);
      throw error;
    }
    // Files are shown (and returned) as workspace-relative paths, as the CLI shows them; the client
    // resolves them against the workspace folder.
    const shown = relabelFiles(model, (key) => session.displayPath(key));
    const embedded = params.standalone !== true;
    const result: ReportResult = { html: render('html', shown, { embedded }), markdown: render('markdown', shown), model: shown };
    if (params.format) result.text = params.format === 'html' ? result.html : render(params.format, shown, { embedded });
    return result;
  }));
  session.connection.onRequest(CandidatesForRoleRequest, guardRequest(session.log, CandidatesForRoleRequest.method, async (params): Promise<CandidateForRole[]> => {
    await indexing.done;
    if (!params || typeof params.uri !== 'string') throw new RequestFailure('skillgap/candidatesForRole needs { uri: string }');
    const roleFile = session.known(params.uri);
    return session.workspace.candidatesForRole(roleFile).map((c) => ({ uri: session.uris.toClient(c.file), role: c.role, name: c.name, roleTitle: c.roleTitle }));
  }));
  session.connection.onRequest(RoleReportRequest, guardRequest(session.log, RoleReportRequest.method, async (params: RoleReportParams): Promise<RoleReportResult> => {
    await indexing.done;
    if (!params || (typeof params.uri !== 'string' && typeof params.role !== 'string')) throw new RequestFailure('skillgap/roleReport needs { uri?: string, role?: string } with at least one');
    if (params.format !== undefined && !isRoleReportFormat(params.format)) throw new RequestFailure(`skillgap/roleReport: unknown format '${String(params.format)}'`);
    const file = typeof params.uri === 'string' ? session.known(params.uri) : undefined;
    const roles = file === undefined ? [] : session.workspace.rolesDefinedIn(file);
    const id = params.role ?? roles[0]?.id;
    if (id === undefined) throw new RequestFailure(`${session.displayPath(file!)} defines no role (kind: role with an id)`);
    const model = relabelRoleReport(
      workspaceCall(() => session.workspace.roleReport(id, { today: session.settings.today, allCandidates: params.allCandidates === true })),
      (key) => session.displayPath(key));
    const embedded = params.standalone !== true;
    const result: RoleReportResult = { html: renderRoleReport('html', model, { embedded }), markdown: renderRoleReport('markdown', model), model, roles };
    if (params.format) result.text = params.format === 'html' ? result.html : renderRoleReport(params.format, model, { embedded });
    return result;
  }));
  session.connection.onRequest(CompareRolesRequest, guardRequest(session.log, CompareRolesRequest.method, async (params: CompareRolesParams): Promise<CompareRolesResult> => {
    await indexing.done;
    if (!params || typeof params.from !== 'string' || typeof params.to !== 'string') throw new RequestFailure('skillgap/compareRoles needs { from: string, to: string }');
    const model = relabelRoleComparison(
      workspaceCall(() => session.workspace.roleComparison(params.from, params.to, { today: session.settings.today, allCandidates: params.allCandidates === true })),
      (key) => session.displayPath(key));
    return { html: renderRoleComparison('html', model, { embedded: params.standalone !== true }), markdown: renderRoleComparison('markdown', model), model };
  }));
  session.connection.onRequest(RolesRequest, guardRequest(session.log, RolesRequest.method, async (): Promise<WorkspaceRole[]> => {
    await indexing.done;
    const roles = session.workspace.roles();
    return roles.ids().map((id) => {
      const def = roles.get(id)!;
      return { id, title: def.role.title?.value ?? id, uri: session.uris.toClient(def.file), ...(def.role.extends ? { extends: def.role.extends.value } : {}) };
    });
  }));
  return () => ({});
}

/** A workspace error (an unknown role…) is the caller's problem, answered as such. */
function workspaceCall<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof WorkspaceError) throw new RequestFailure(error.message);
    throw error;
  }
}
