// The requests beyond LSP (protocol/requests.ts): the report the preview, export and catalog
// commands show, and the candidates of a role (the preview opened from a role file).
import { CandidatesForRoleRequest, ReportRequest, type CandidateForRole, type ReportParams, type ReportResult } from '../protocol/requests';
import { isReportFormat } from '../protocol/report-formats';
import { relabelFiles, render } from '../render';
import { WorkspaceError } from '../workspace';
import type { ReportModel } from '../analysis/report-model';
import { guardRequest, RequestFailure } from './guard';
import type { DeclareCapabilities, Session } from './session';

export function registerReportRequests(session: Session): DeclareCapabilities {
  session.connection.onRequest(ReportRequest, guardRequest(session.log, ReportRequest.method, (params: ReportParams): ReportResult => {
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
  session.connection.onRequest(CandidatesForRoleRequest, guardRequest(session.log, CandidatesForRoleRequest.method, (params): CandidateForRole[] => {
    if (!params || typeof params.uri !== 'string') throw new RequestFailure('skillgap/candidatesForRole needs { uri: string }');
    const roleFile = session.known(params.uri);
    return session.workspace.candidatesForRole(roleFile).map((c) => ({ uri: session.uris.toClient(c.file), role: c.role, name: c.name, roleTitle: c.roleTitle }));
  }));
  return () => ({});
}
