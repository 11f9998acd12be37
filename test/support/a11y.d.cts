// Types of a11y.cjs for the TypeScript tests.
export declare const AXE_SOURCE: string;
export declare const AXE_TAGS: string[];
/** Page code: axe-core over the document, summarised (needs AXE_SOURCE evaluated first). */
export declare const AXE_RUN: string;
/** Page code: every visible text against 4.5:1. */
export declare const CONTRAST_RUN: string;

export interface AxeSummary {
  /** "rule-id (impact): n nodes — first target — failure summary" for every violation. */
  violations: string[];
  /** Only the serious and critical ones: what must be empty. */
  blocking: string[];
  /** The lowest contrast ratio axe measured among the text it could check, and how many it could not. */
  minContrast: number;
  contrastUnchecked: number;
}

export interface ContrastSummary { min: number; checked: number; findings: { text: string; ratio: number; fg: string; bg: string }[] }
