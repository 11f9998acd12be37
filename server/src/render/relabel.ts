// Files in a report are keys of the workspace (URIs in the language server); people read them better
// as workspace-relative paths, the way the CLI shows them.
import type { ReportModel } from '../analysis/report-model';
import type { LadderStep, RoleComparisonModel, RoleReportModel } from '../analysis/role-report-model';

/** The same report with every file name passed through `label`. */
export function relabelFiles(model: ReportModel, label: (file: string) => string): ReportModel {
  return {
    ...model,
    inputErrors: model.inputErrors.map((e) => ({ ...e, file: label(e.file) })),
    candidate: { ...model.candidate, file: label(model.candidate.file) },
    role: { ...model.role, file: label(model.role.file) },
    market: { ...model.market, file: label(model.market.file) },
    notes: { ...model.notes, provenance: relabelProvenance(model.notes.provenance, label) },
  };
}

/** The same role report with every file name passed through `label`. */
export function relabelRoleReport(model: RoleReportModel, label: (file: string) => string): RoleReportModel {
  const step = (s: LadderStep): LadderStep => ({
    ...s, from: { ...s.from, file: label(s.from.file) }, to: { ...s.to, file: label(s.to.file) },
    rows: s.rows.map((r) => (r.file === undefined ? r : { ...r, file: label(r.file) })),
  });
  return {
    ...model,
    role: { ...model.role, file: label(model.role.file) },
    requirements: model.requirements.map((r) => ({
      ...r, file: label(r.file),
      ...(r.singlePointOfFailure ? { singlePointOfFailure: { ...r.singlePointOfFailure, file: label(r.singlePointOfFailure.file) } } : {}),
    })),
    candidates: model.candidates.map((c) => ({ ...c, file: label(c.file) })),
    ladder: model.ladder.map(step),
    notes: { ...model.notes, provenance: relabelProvenance(model.notes.provenance, label) },
  };
}

/** The same role comparison with every file name passed through `label`. */
export function relabelRoleComparison(model: RoleComparisonModel, label: (file: string) => string): RoleComparisonModel {
  return {
    ...model,
    from: { ...model.from, file: label(model.from.file) },
    to: { ...model.to, file: label(model.to.file) },
    rows: model.rows.map((r) => (r.file === undefined ? r : { ...r, file: label(r.file) })),
    candidates: model.candidates.map((c) => ({ ...c, file: label(c.file) })),
  };
}

type Provenance = ReportModel['notes']['provenance'];

function relabelProvenance(provenance: Provenance, label: (file: string) => string): Provenance {
  return {
    files: provenance.files.map(label),
    catalogs: provenance.catalogs.map((c) => (c.file === undefined ? c : { ...c, file: label(c.file) })),
  };
}
