// The role report model (DESIGN §3.2): one role, every candidate measured against it, its career
// ladder, and two roles side by side. Plain, serializable data; the renderers (render/role/) only
// choose words and layout, so Markdown, HTML, JSON, CSV and text say the same thing. The JSON
// renderer emits it as is: a public interface like the candidate report's (`schemaVersion`).

import type { Priority } from '../model/types';
import type { RequirementDiffRow } from './ladder';
import type { Readiness } from './report-model';

export type { RequirementDiffRow };

export interface RoleRef { id: string; title: string; file: string }

export interface RoleReportModel {
  schemaVersion: 1;
  kind: 'role-report';
  generatedFor: { today?: string };
  role: RoleRef & { description?: string; extends: string[]; minYears?: number; line: number };
  /** 'targeting': the candidates whose `targets` name the role; 'all': every candidate of the workspace. */
  scope: 'targeting' | 'all';
  /** The effective requirements, must-haves first (the matrix's columns, in the same order). */
  requirements: RoleRequirement[];
  /** Ready first, then by match (highest first), then readyWeek, then name: the matrix's rows. */
  candidates: RoleCandidate[];
  summary: RoleSummary;
  /** The steps of the role's `extends` ladder: into the role from each ancestor, then out to each role extending it. */
  ladder: LadderStep[];
  notes: { definitions: string[]; provenance: { files: string[]; catalogs: { id: string; version?: string; file?: string }[] } };
  sections: { id: RoleSectionId; title: string; empty?: string }[];
}

export type RoleSectionId = 'summary' | 'candidates' | 'matrix' | 'coverage' | 'ladder' | 'notes';

export interface RoleRequirement {
  /** 0-based position in `requirements`, and of the cell in every candidate's `cells`. */
  index: number;
  /** "Python", "PyTorch / TensorFlow": how the matrix heads the column. */
  label: string;
  skills: string[];
  ids: (string | null)[];
  anyOf: boolean;
  level: number;
  priority: Priority;
  weight: number;
  /** The ancestor role it is inherited from through `extends`. */
  inheritedFrom?: string;
  file: string;
  line: number;                                   // 0-based, in `file`
  /** How many of the candidates meet it (current ≥ level). */
  coverage: number;
  /** How many are at the bench level or above: level + 1 (they could mentor), 5 for a level-5 requirement. */
  bench: number;
  benchLevel: number;
  /** Met by exactly one candidate: who. */
  singlePointOfFailure?: { name: string; file: string };
}

export interface RoleCandidate {
  name: string;
  file: string;
  /** Whether the candidate's `targets` name this role (always true unless scope is 'all'). */
  targets: boolean;
  percent: number;
  readiness: Readiness;
  mustHaves: { met: number; total: number };
  /** How many of the role's requirements (every priority) the candidate meets. */
  requirementsMet: number;
  experience: { years?: number; required?: number; met: boolean | null };
  readyWeek: number;
  readyDate?: string;
  hoursPerWeek: number;
  totalWeeks: number;
  /** "ready now", "ready in 48 weeks", "must-haves met in 28 weeks; experience 3 of 5 years" (the code lens's words). */
  readyText: string;
  /** One per requirement, in `requirements` order. */
  cells: MatrixCell[];
}

interface MatrixCell {
  /** The skill judged: for anyOf, the candidate's strongest option. */
  skill: string;
  current: number;
  required: number;
  met: boolean;
  /** required - current when unmet, else 0. */
  gap: number;
  /** current ≥ the requirement's bench level. */
  bench: boolean;
  /** 0-based line of the candidate's entry for `skill` in their file (absent: not listed). */
  line?: number;
}

export interface RoleSummary {
  candidates: number;
  ready: number;
  requirements: number;
  /** Requirements met by at least one candidate. */
  covered: number;
  /** covered ÷ requirements, rounded half up (100 when the role has no requirements). */
  coveragePercent: number;
  singlePointsOfFailure: number;
  /** Requirements no candidate meets. */
  uncovered: number;
  /** "3 candidates · 1 ready · coverage 64%": the code lens. */
  line: string;
  /** The summary's sentence. */
  headline: string;
}

export interface LadderStep {
  from: RoleRef;
  to: RoleRef;
  /** 'into': a step that ends at the reported role (from an ancestor); 'next': from the reported role to a role extending it. */
  direction: 'into' | 'next';
  /** "adds 5, raises 1 and keeps 7 requirements". */
  summary: string;
  rows: RequirementDiffRow[];
}

/** Two roles side by side (VS Code's "Compare Roles…"). */
export interface RoleComparisonModel {
  schemaVersion: 1;
  kind: 'role-comparison';
  generatedFor: { today?: string };
  from: RoleRef;
  to: RoleRef;
  summary: string;
  rows: RequirementDiffRow[];
  scope: 'targeting' | 'all';
  /** Every candidate targeting either role (or all), in both: by best readiness, then best match, then name. */
  candidates: { name: string; file: string; from: ComparedStanding; to: ComparedStanding }[];
}

export interface ComparedStanding {
  targets: boolean;
  percent: number;
  readiness: Readiness;
  mustHaves: { met: number; total: number };
  readyWeek: number;
  readyText: string;
}
