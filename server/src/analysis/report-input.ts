// What a report is built from: the candidate, the role with its `extends` ancestors, the catalog
// and options. Its own module so that report.ts and report-text.ts both read it without importing
// each other.
import type { Candidate } from '../model/types';
import type { RoleWithFile } from './requirements';
import type { SkillLookup } from './skills';

export interface AnalysisOptions {
  today?: string;
  defaultHoursPerWeek?: number;
  catalogs?: { id: string; version?: string; file?: string }[];
}

export interface ReportInput {
  candidate: Candidate;
  candidateFile: string;
  role: RoleWithFile;
  ancestors: RoleWithFile[];
  catalog: SkillLookup;
  compareTo?: { role: RoleWithFile; ancestors: RoleWithFile[] }[];
  options?: AnalysisOptions;
}
