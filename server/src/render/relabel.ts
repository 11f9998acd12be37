// Files in a report are keys of the workspace (URIs in the language server); people read them better
// as workspace-relative paths, the way the CLI shows them.
import type { ReportModel } from '../analysis/report-model';

/** The same report with every file name passed through `label`. */
export function relabelFiles(model: ReportModel, label: (file: string) => string): ReportModel {
  return {
    ...model,
    inputErrors: model.inputErrors.map((e) => ({ ...e, file: label(e.file) })),
    candidate: { ...model.candidate, file: label(model.candidate.file) },
    role: { ...model.role, file: label(model.role.file) },
    market: { ...model.market, file: label(model.market.file) },
    notes: {
      ...model.notes,
      provenance: {
        files: model.notes.provenance.files.map(label),
        catalogs: model.notes.provenance.catalogs.map((c) => (c.file === undefined ? c : { ...c, file: label(c.file) })),
      },
    },
  };
}
