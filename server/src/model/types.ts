// The typed model of a *.skills.yaml file. Protocol-free: positions are 0-based lines and UTF-16
// character offsets (the same convention as LSP, so adapters copy them without conversion).

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

/** A value read from the file together with the range of its YAML node. */
export interface Spanned<T> { value: T; range: Range }

export type Severity = 'error' | 'warning' | 'information' | 'hint';

import type { DiagnosticCode } from './diagnostic-codes';

/** One text replacement. `file` is absent for the file the diagnostic belongs to. */
export interface TextEdit { file?: string; range: Range; newText: string }

/** A quick fix the editor may offer; the LSP layer turns it into a CodeAction. */
export interface Fix { title: string; edits: TextEdit[]; preferred?: boolean }

interface RelatedLocation { file: string; range: Range; message: string }

export interface Diagnostic {
  range: Range;
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  fixes?: Fix[];
  related?: RelatedLocation[];
  /** Extra facts for hovers and fixes (e.g. the resolved skill id, suggestions). Plain JSON. */
  data?: Record<string, unknown>;
}

export type DocumentKind = 'candidate' | 'role' | 'catalog';

/** Levels 0–5; labels may be written instead of numbers. */
export const LEVEL_LABELS = ['none', 'awareness', 'novice', 'competent', 'proficient', 'expert'] as const;

export interface CandidateSkill {
  skill: Spanned<string>;
  level?: Spanned<number>;        // label already converted to its number
  years?: Spanned<number>;
  range: Range;                   // the whole list item
}

export interface Education { degree?: Spanned<string>; institution?: Spanned<string>; year?: Spanned<number>; range: Range }

export interface Candidate {
  kind: 'candidate';
  name?: Spanned<string>;
  headline?: Spanned<string>;
  summary?: Spanned<string>;
  experienceYears?: Spanned<number>;
  education: Education[];
  skills: CandidateSkill[];
  skillsKeyRange?: Range;         // the `skills` key, for "add missing skills" fixes
  skillsRange?: Range;            // the `skills` value (sequence) range
  targets: Spanned<string>[];
  targetsKeyRange?: Range;
  availability?: {
    hoursPerWeek?: Spanned<number>;
    start?: Spanned<string>;      // YYYY-MM-DD
    deadlineWeeks?: Spanned<number>;
    keyRange: Range;
  };
  preferences?: {
    providers: Spanned<string>[];
    budget?: { amount?: Spanned<number>; currency?: Spanned<string> };
  };
}

export type Priority = 'must' | 'should' | 'nice';
export const PRIORITY_WEIGHT: Record<Priority, number> = { must: 3, should: 2, nice: 1 };

export interface Requirement {
  /** One skill, or several alternatives when written as `anyOf`. */
  skills: Spanned<string>[];
  anyOf: boolean;
  level?: Spanned<number>;
  priority: Priority;             // defaults to 'should' when absent
  priorityRange?: Range;
  weight?: Spanned<number>;
  range: Range;                   // the whole list item
}

export interface Market {
  source?: Spanned<string>;
  asOf?: Spanned<string>;         // YYYY-MM or YYYY-MM-DD
  salary?: {
    currency?: Spanned<string>;
    min?: Spanned<number>;
    max?: Spanned<number>;
    period?: Spanned<string>;
    keyRange: Range;
  };
  demand?: Spanned<string>;
  stack: Spanned<string>[];
  trends: Spanned<string>[];
  keyRange: Range;
}

export interface Role {
  kind: 'role';
  id?: Spanned<string>;
  title?: Spanned<string>;
  description?: Spanned<string>;
  extends?: Spanned<string>;
  minYears?: Spanned<number>;
  requirements: Requirement[];
  requirementsKeyRange?: Range;
  market?: Market;
}

export interface Resource {
  title: string;
  provider: string;
  url?: string;
  hours?: number;
  cost?: number;
  currency?: string;
  costAsOf?: string;              // when the cost was read (YYYY-MM or YYYY-MM-DD)
  costSource?: string;            // where it was read (URL or note)
  levels?: [number, number];      // the level range the resource takes a learner through
  certificate?: boolean;
}

export interface CatalogSkillDoc {
  id: Spanned<string>;
  name?: Spanned<string>;
  aliases: Spanned<string>[];
  category?: Spanned<string>;
  description?: Spanned<string>;
  requires: { skill: Spanned<string>; level?: Spanned<number>; range: Range }[];
  /** The effort curve as written: five step hours, or the uniform shorthand (never both: the schema forbids it). */
  effort?: { hours?: Spanned<number>[]; hoursPerLevel?: Spanned<number> };
  evidence?: Spanned<string>;
  source?: Record<string, string>;
  resources: Spanned<Resource>[];
  range: Range;                   // the whole list item
}

export interface CatalogDoc {
  kind: 'catalog';
  id?: Spanned<string>;
  name?: Spanned<string>;
  version?: Spanned<string>;
  skills: CatalogSkillDoc[];
  skillsKeyRange?: Range;
  skillsRange?: Range;
}

export type SkillsDocument = Candidate | Role | CatalogDoc;

export interface ParsedDocument {
  /** 0-based index of the YAML document in the file. */
  index: number;
  /** Range of the whole YAML document. */
  range: Range;
  /** Range of the `kind` value (or the document start when absent). */
  kindRange: Range;
  /** The typed document, or undefined when `kind` is missing or unknown. Invalid fields are omitted. */
  doc?: SkillsDocument;
  /** Every string scalar in the document, for checks that apply to all text (mojibake). */
  strings: Spanned<string>[];
}

export interface ParsedFile {
  file: string;                   // path or URI, as given by the caller
  text: string;
  documents: ParsedDocument[];
  /** Syntax and schema diagnostics. */
  diagnostics: Diagnostic[];
  /** `# skillgap-disable-next-line <code…>`: 0-based line the comment applies to → codes (empty = all). */
  suppressions: Map<number, string[]>;
}
