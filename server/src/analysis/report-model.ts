// The report model: plain, serializable data computed from the files. Every renderer (Markdown, HTML,
// JSON, terminal text) draws only from this, so all formats say the same thing. The JSON renderer
// emits it as is: it is a public interface (DESIGN §3) — add fields freely; a field that changes
// meaning bumps `schemaVersion` (2: the roadmap model of DESIGN §3.1).

import type { Priority } from '../model/types';

export interface ReportModel {
  schemaVersion: 2;
  generatedFor: { today?: string };                 // the `today` option, when given (no clock is read)
  /** Errors in the files the report was built from (rendered anyway only on request): every view shows them first. */
  inputErrors: InputError[];
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
  /** What the executive summary leads with, worded once here so that every view says the same. */
  summary: {
    headline: string;                               // "Ready for Senior AI Engineer in 48 weeks, by 2027-11-07, at 10 h/week; the full plan takes 76 weeks."
    largestGaps: Gap[];                             // up to three stated gaps: unmet must-haves first, then by hours
  };
  /** Other targets of the same candidate, for the comparison at the top (empty with a single target). */
  comparison: { roleId: string; title: string; percent: number; readiness: Readiness; mustHavesMet: number; mustHavesTotal: number; readyWeek: number }[];
  match: {
    percent: number;                                // 0–100, rounded to an integer
    readiness: Readiness;
    mustHaves: { met: number; total: number };
    experience: { years?: number; required?: number; met: boolean | null };   // null: nothing to compare
    formula: string;                                // the match formula, as the notes state it
  };
  requirements: ReportRequirement[];
  /** One row per skill the plan raises, in roadmap order. */
  gaps: Gap[];
  strengths: { skill: string; name: string; level: number; required?: number; reason: 'meets-requirement' | 'beyond-role' }[];
  /** For the chart: mean required and current level of the role's requirements in each category. */
  categories: { category: string; required: number; current: number; requirements: string[] }[];
  market: MarketSection;
  stack: StackItem[];
  roadmap: Roadmap;
  recommendations: Recommendation[];
  resources: ReportResource[];
  outlook: OutlookItem[];
  notes: {
    followUp?: { afterPhase: 1; week: number; date?: string };
    provenance: { files: string[]; catalogs: { id: string; version?: string; file?: string }[] };
    assumptions: string[];
  };
  sections: { id: SectionId; title: string; empty?: string }[];   // `empty` says why a section has nothing to show
}

export type Readiness = 'ready' | 'not-ready';

/** held: you have it; gap: the plan raises it; alternative: another option of an anyOf requirement; optional: not required. */
export type StackStatus = 'held' | 'gap' | 'alternative' | 'optional';

interface StackItem {
  skill: string; name: string; id?: string; status: StackStatus; level?: number; required?: number;
  /** The public demand signal of the technology, with its source and release month (absent: no source lists it). */
  demand?: { hot: boolean; occupations: number; inDemand: number; source: string; asOf?: string; text: string };
  /** For an optional technology: the catalog resource to start with (a learning suggestion, not part of the plan). */
  suggestion?: { title: string; provider: string; url?: string; hours?: number };
}

interface OutlookItem {
  trend: string; id?: string;
  /** gap: the plan raises the trend or a skill of it the role asks; held / strength: the person has it or some of its skills. */
  relation: 'gap' | 'strength' | 'held' | 'unrelated';
  note: string;
  /** The skills the trend is made of (the catalog's relatedSkills): what the role asks of each and what the person has. */
  skills?: { name: string; id?: string; required?: number; level?: number }[];
}

interface InputError { file: string; line: number; column: number; code: string; message: string }   // 1-based line and column

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
  plannedOn?: string;                               // unmet: the skill the plan raises to meet it (for anyOf, the option chosen)
  line: number;                                     // 0-based line in the role file
}

export interface Gap {
  skill: string;                                    // canonical name
  id?: string;
  required: number;                                 // the level the plan raises it to
  current: number;
  gap: number;                                      // required - current, > 0
  priority: Priority;                               // its requirement's; for a prerequisite, that of the most urgent skill it unlocks
  hours: number;                                    // = resourceHours + practiceHours = Σ of its roadmap items' hours
  resourceHours: number;                            // hours counted for catalog resources (a resource shared with an earlier skill counts there)
  practiceHours: number;                            // practice/self-study: levels no chosen resource covers, from the effort curve
  prerequisite: boolean;                            // pulled in as a prerequisite only, not a stated requirement
  prerequisiteOf: string[];                         // the skills being learned that need it first
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

export type Tier = 1 | 2 | 3;

/** A resource as a roadmap item uses it. */
export interface ItemResource {
  title: string; provider: string; url?: string; certificate?: boolean;
  /** Its levels on this skill, and the part of them this item uses (the hours are pro-rated to that part). */
  levels: [number, number];
  used: [number, number];
  hours: number;                                    // hours counted in this item (0 when counted under an earlier skill)
  fullHours: number;                                // the hours of the whole resource
  price: 'free' | 'paid' | 'not-stated';
  cost?: number;                                    // cost counted in this item (absent when the price is not stated; 0 when counted earlier)
  currency?: string;
  costAsOf?: string; costSource?: string;           // when and where the catalog read the price
  alsoCovers: string[];                             // later skills of the plan it serves too (set where it is first used)
  countedUnder?: string;                            // the skill where its hours and cost are counted (set on later uses)
}

export interface RoadmapItem {
  skill: string; id?: string; from: number; to: number;
  hours: number;                                    // = resourceHours + practiceHours
  resourceHours: number;
  practiceHours: number;
  priority: Priority;                               // the tier's priority
  tier: Tier;
  startWeek: number; endWeek: number;               // 1-based, inclusive; an item may start in the week the previous one ends
  startDate?: string; endDate?: string;
  prerequisite: boolean;                            // this item only raises a prerequisite
  prerequisiteOf: string[];
  resources: ItemResource[];
}

export interface Deliverable { kind: 'certificate' | 'project'; text: string; skill: string }

export interface Phase {
  index: number;                                    // 1-based
  title: string;                                    // "Ready for Senior AI Engineer", "Should-haves", "Nice-to-haves"
  tier: Tier;
  priority: Priority;
  startWeek: number;                                // = its first item's startWeek
  endWeek: number;                                  // = its last item's endWeek
  weeks: number;                                    // endWeek - startWeek + 1
  hours: number;                                    // Σ of its items' hours
  startDate?: string;                               // YYYY-MM-DD when availability.start is set
  endDate?: string;
  items: RoadmapItem[];
  deliverables: Deliverable[];
  review: { week: number; date?: string; text: string };   // the checkpoint at the phase's end
}

export interface Roadmap {
  totalWeeks: number;                               // = ceil(totalHours / hoursPerWeek): items run back to back, no padding
  totalHours: number;                               // = Σ of the items' hours = Σ of the gaps' hours
  hoursPerWeek: number;
  /** The week at whose end every must-have is met (0 when none is unmet) = ceil(readyHours / hoursPerWeek). */
  readyWeek: number;
  readyHours: number;                               // Σ of the must-have tier's hours
  readyDate?: string;                               // the last day of readyWeek, when availability.start is set
  endDate?: string;                                 // the last day of the full plan
  /** The role's minimum experience at readyWeek, when the role states one: met then, or still short. */
  experience?: { required: number; years?: number; yearsAtReady?: number; metAtReady: boolean | null };
  phases: Phase[];
  deadlineWeeks?: number;
  deadline?: Deadline;
  cost: { total: number; currency: string; budget?: number; withinBudget: boolean | null };   // in the budget's currency (or the only one)
  costs: { currency: string; total: number; budget?: number; withinBudget: boolean | null }[];  // every currency the plan spends in
  priceNotStated: number;                           // resources in the plan whose price no catalog states (never counted as free)
  empty?: string;                                   // e.g. "No gaps: nothing to plan"
}

/** The deadline check: readiness first, the full plan as context; `text` is the one wording every view uses. */
export interface Deadline {
  weeks: number;
  ready: 'within' | 'over';
  fullPlan: 'within' | 'over';
  /** When ready is 'over': the smallest whole hours per week whose re-planned readyWeek meets the deadline (absent: none can). */
  neededHoursPerWeek?: number;
  text: string;
}

export interface Recommendation {
  rank: number;
  text: string;
  skills: string[];
  hours: number;                                    // the gap's hours
  cost: number;                                     // paid resources first counted for this gap
  currency?: string;                                // of `cost`, when it is not 0
  priceNotStated: number;                           // resources of this gap whose price is not stated
  priority: Priority;
}

export interface ReportResource {
  title: string; provider: string; url?: string;
  hours: number;                                    // hours the plan counts for it (once, however many skills it serves)
  fullHours: number;                                // the hours of the whole resource
  price: 'free' | 'paid' | 'not-stated';
  cost?: number; currency?: string; costAsOf?: string; costSource?: string;
  certificate?: boolean; skills: string[]; catalog: string;   // which catalog it came from
}
