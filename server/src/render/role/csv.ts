// The role report for spreadsheets: one row per candidate × requirement (RFC 4180 by csv-stringify).
// Cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) are prefixed with a
// quote (csv-stringify's escape_formulas): a skill name from a file never becomes a formula.
import { stringify } from 'csv-stringify/sync';
import type { RoleReportModel } from '../../analysis/role-report-model';

const HEADER = [
  'Role', 'Candidate', 'Candidate file', 'Targets role', 'Match %', 'Readiness', 'Must-haves met', 'Must-haves', 'Ready week', 'Ready date',
  'Requirement', 'Priority', 'Inherited from', 'Required', 'Current', 'Skill judged', 'Met', 'Gap', 'Could mentor',
];

export function renderRoleCsv(model: RoleReportModel): string {
  const rows: (string | number)[][] = [];
  for (const c of model.candidates) {
    for (const r of model.requirements) {
      const cell = c.cells[r.index];
      rows.push([
        model.role.id, c.name, c.file, c.targets ? 'yes' : 'no', c.percent, c.readiness, c.mustHaves.met, c.mustHaves.total, c.readyWeek, c.readyDate ?? '',
        r.label, r.priority, r.inheritedFrom ?? '', r.level, cell.current, cell.current > 0 ? cell.skill : '', cell.met ? 'yes' : 'no', cell.gap, cell.bench ? 'yes' : 'no',
      ]);
    }
  }
  return stringify([HEADER, ...rows], { escape_formulas: true, record_delimiter: 'windows' });
}
