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
  /** Lets the webview open another report: a candidate's file against a role. */
  open?: ReportLink;
}

interface ReportLink { file: string; role: string }

/**
 * A heatmap: rows × columns of short figures, each with a heat (met, how far short) that HTML colours
 * and every format also states in words (`text`, and `label` in full). Markdown and text show it as a table.
 */
export interface Matrix {
  caption: string;
  corner: string;
  columns: { title: string; detail: string; source?: { file: string; line: number } }[];
  rows: { header: Inline; open?: ReportLink; cells: MatrixCell[] }[];
  legend: Inline;
  /** The matrix in sentences, one per row: the text alternative HTML offers beside the colours. */
  inWords: Inline[];
}

export type Heat = 'bench' | 'met' | 'gap-1' | 'gap-2' | 'gap-3';

interface MatrixCell {
  /** The level and its mark: "4 ✓", "1 −2". */
  text: string;
  /** For an anyOf requirement, the option the figure is for ("PyTorch"). */
  option?: string;
  /** The cell in full words ("Lena Okafor, Python: 5 of 4 required, met, could mentor"). */
  label: string;
  heat: Heat;
  /** The line it comes from (the candidate's skill entry), for the webview to reveal. */
  source?: { file: string; line: number };
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
  | { kind: 'matrix'; matrix: Matrix }
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

/**
 * A matrix as a plain table (Markdown, terminal): the cells' text. `numbered` heads the columns 1…n
 * (a terminal has no room for long headings); `matrixKey` then says what each number stands for.
 */
export function matrixTable(m: Matrix, numbered = false): Table {
  const cell = (c: MatrixCell) => (numbered || c.option === undefined ? c.text : `${c.text} ${c.option}`);
  return {
    caption: m.caption,
    columns: [{ title: m.corner }, ...m.columns.map((c, i) => ({ title: numbered ? String(i + 1) : `${c.title} (${c.detail})` }))],
    rows: m.rows.map((r) => ({ cells: [r.header, ...r.cells.map((c) => [{ text: cell(c) }])], ...(r.open ? { open: r.open } : {}) })),
  };
}

export function matrixKey(m: Matrix): Inline {
  return [{ text: `Columns: ${m.columns.map((c, i) => `${i + 1} ${c.title} (${c.detail})`).join(' · ')}.` }];
}

export function text(value: string, extra: Omit<Span, 'text'> = {}): Span {
  return { text: value, ...extra };
}
