// A format-neutral outline of the report: paragraphs, lists, tables and chart slots. content.ts builds it
// once from the report model; each renderer only serializes it, so the formats cannot drift apart.

export type Tone = 'good' | 'bad' | 'warn' | 'muted';

/** A run of text; `href` is set only for vetted http(s) URLs (see safeHttpUrl). */
export interface Span {
  text: string;
  href?: string;
  strong?: boolean;
  tone?: Tone;
}

export type Inline = Span[];

export interface TableRow {
  cells: Inline[];
  /** Lets the webview reveal the row's source line: the skill, its file and 0-based line. */
  source?: { skill: string; file: string; line: number };
  /** In the webview, choosing the row shows the report against this role instead. */
  selectRole?: string;
}

/** `wide`: long text (notes, lists of skills) that gets a line of its own where rows are stacked (narrow panes). */
export interface TableColumn { title: string; numeric?: boolean; nowrap?: boolean; wide?: boolean }

export interface Table {
  caption: string;
  columns: TableColumn[];
  rows: TableRow[];
}

/** `emphasis`: a headline figure (large in HTML); `wide`: long text that deserves room. */
interface Fact { label: string; value: Inline; emphasis?: 'key' | 'wide' }

export type Block =
  | { kind: 'paragraph'; content: Inline }
  | { kind: 'notice'; tone: Tone; content: Inline }
  | { kind: 'facts'; items: Fact[] }                                  // a definition list
  | { kind: 'list'; ordered: boolean; items: Inline[] }
  | { kind: 'table'; table: Table }
  | { kind: 'chart'; chart: 'requirements' | 'roadmap' }             // drawn by the HTML renderer only
  | { kind: 'subsection'; id: string; title: string; blocks: Block[] };

export interface DocumentSection {
  id: string;
  title: string;
  empty?: string;
  blocks: Block[];
}

/** Errors in the files the report was built from: shown before anything else, each pointing at its place. */
export interface InputErrorBanner {
  title: string;
  items: { where: string; text: string; source: { file: string; line: number } }[];   // line 0-based, for reveal
}

export interface ReportDocument {
  title: string;
  subtitle: string;
  meta: string;
  banner?: InputErrorBanner;
  sections: DocumentSection[];
}

export function text(value: string, extra: Omit<Span, 'text'> = {}): Span {
  return { text: value, ...extra };
}
