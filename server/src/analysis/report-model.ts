// The report model: plain, serializable data computed from the files. Every renderer (Markdown, HTML,
// JSON, terminal text) draws only from this, so all formats say the same thing. The JSON renderer
// emits it as is: it is a public interface (DESIGN §3) — add fields, never rename or remove them.

import type { Priority } from '../model/types';

export interface ReportModel {
  schemaVersion: 1;
  generatedFor: { today?: string };                 // the `today` option, when given (no clock is read)
  candidate: {
    name: string;
    file: string;
    headline?: string;
    summary?: string;
    experienceYears?: number;
    education: { degree?: string; institution?: string; year?: number }[];
    skills: { skill: string; id?: string; name: string; level: number; years?: number; category?: string; line: number }[];
    hoursPerWeek: number;                           // from availability, or the default (stated in assumptions)
    hoursPerWeekIsDefault: boolean;
    start?: string;
    deadlineWeeks?: number;
    providers: string[];
    budget?: { amount: number; currency: string };
  };
  role: { id: string; title: string; file: string; extends: string[]; minYears?: number };
  /** Other targets of the same candidate, for the comparison at the top (empty with a single target). */
  /** Figures the executive summary quotes, chosen here so that renderers never rank or count. */
  summary: { largestGaps: Gap[] };                  // up to three stated (non-prerequisite) gaps, largest first
  comparison: { roleId: string; title: string; percent: number; readiness: Readiness; mustHavesMet: number; mustHavesTotal: number }[];
  match: {
    percent: number;                                // 0–100, rounded to an integer
    readiness: Readiness;
    mustHaves: { met: number; total: number };
    experience: { years?: number; required?: number; met: boolean | null };   // null: nothing to compare
  };
  requirements: ReportRequirement[];
  gaps: Gap[];
  strengths: { skill: string; name: string; level: number; required?: number; reason: 'meets-requirement' | 'beyond-role' }[];
  categories: { category: string; required: number; current: number }[];   // for the chart: mean levels per category
  market: MarketSection;
  stack: { skill: string; name: string; id?: string; status: 'held' | 'gap' | 'not-required'; level?: number; required?: number }[];
  roadmap: Roadmap;
  recommendations: Recommendation[];
  resources: ReportResource[];
  outlook: { trend: string; id?: string; relation: 'gap' | 'strength' | 'held' | 'unrelated'; note: string }[];
  notes: {
    followUp?: { afterPhase: 1; week: number; date?: string };
    provenance: { files: string[]; catalogs: { id: string; version?: string; file?: string }[] };
    assumptions: string[];
  };
  sections: { id: SectionId; title: string; empty?: string }[];   // `empty` says why a section has nothing to show
}

export type Readiness = 'ready' | 'not-ready';

export type SectionId =
  | 'executive-summary' | 'candidate-profile' | 'market-requirements' | 'market-insights' | 'technology-stack'
  | 'skill-gap-assessment' | 'upskilling-roadmap' | 'recommendations' | 'relevant-resources' | 'market-outlook'
  | 'additional-notes';

export interface ReportRequirement {
  skills: string[];                                 // canonical names (several for anyOf)
  ids: (string | null)[];                           // catalog ids; null for a name no catalog knows (JSON has no undefined)
  anyOf: boolean;
  level: number;
  priority: Priority;
  weight: number;
  inheritedFrom?: string;                           // role id it came from through `extends`
  current: number;                                  // best level the candidate has among `skills`
  met: boolean;
  line: number;                                     // 0-based line in the role file
}

export interface Gap {
  skill: string;                                    // canonical name
  id?: string;
  required: number;
  current: number;
  gap: number;                                      // required - current, > 0
  priority: Priority;
  hours: number;
  hoursFrom: 'resources' | 'effort-model';
  effortModelHours: number;                         // the part of `hours` from the effort model (levels no chosen resource covers)
  prerequisite: boolean;                            // pulled in as a prerequisite, not a stated requirement
  prerequisiteOf?: string[];                        // the skills that need it
  category: string;
}

export interface MarketSection {
  source?: string;
  asOf?: string;
  stale: boolean;                                   // asOf older than 12 months before `today` (false without today)
  salary?: { currency: string; min?: number; max?: number; period: string };
  demand?: string;
  file: string;                                     // which file the figures came from
  empty?: string;                                   // e.g. "No market data in senior-ai-engineer.skills.yaml"
}

export interface RoadmapItem {
  skill: string; id?: string; from: number; to: number; hours: number; prerequisite: boolean;
  part?: { index: number; of: number };             // set when a gap's hours are split across phases (1-based)
  resources: { title: string; provider: string; url?: string; hours?: number; cost?: number; currency?: string; certificate?: boolean }[];
}

export interface Phase {
  index: number;                                    // 1-based
  title: string;                                    // e.g. "Phase 1 — Cloud & Platform"
  category: string;
  startWeek: number;                                // 1-based, inclusive
  endWeek: number;                                  // inclusive
  weeks: number;                                    // endWeek - startWeek + 1
  hours: number;
  startDate?: string;                               // YYYY-MM-DD when availability.start is set
  endDate?: string;
  items: RoadmapItem[];
  deliverables: { kind: 'certificate' | 'project'; text: string; skill: string }[];
}

export interface Roadmap {
  totalWeeks: number;                               // = sum of phase weeks = last phase's endWeek
  totalHours: number;
  hoursPerWeek: number;
  phases: Phase[];
  deadlineWeeks?: number;
  /** achievable: false when no hours per week fit the deadline (more phases than weeks); neededHoursPerWeek is then the rate that makes every phase one week. */
  overDeadline?: { weeks: number; deadlineWeeks: number; neededHoursPerWeek: number; achievable: boolean };
  cost: { total: number; currency: string; budget?: number; withinBudget: boolean | null };   // in the budget's currency (or the only one)
  costs: { currency: string; total: number; budget?: number; withinBudget: boolean | null }[];  // every currency the plan spends in
  empty?: string;                                   // e.g. "No gaps: nothing to plan"
}

export interface Recommendation {
  rank: number;
  text: string;
  skills: string[];
  hours: number;
  cost: number;
  currency?: string;                                // of `cost`, when it is not 0
  priority: Priority;
}

export interface ReportResource {
  title: string; provider: string; url?: string; hours?: number; cost?: number; currency?: string;
  certificate?: boolean; skills: string[]; catalog: string;   // which catalog it came from
}
