// Every diagnostic code, once: its severity, a one-line summary (SARIF rules, docs) and where the
// README documents it. The DiagnosticCode type is derived from this table, so a new code is added
// here, in the check that reports it and in that check's test (test/unit/checks/readme-table.test.ts
// then asks for its README row).
import type { Severity } from './types';

export interface DiagnosticCodeInfo {
  severity: Severity;
  summary: string;
  /** Its preferred fix is certain, never a guess, and edits only the file itself: "fix all" (and fix on save) applies it. */
  fixAll?: true;
}

export const DIAGNOSTIC_CODES = {
  'yaml-syntax': { severity: 'error', summary: 'The file is not valid YAML.' },
  schema: { severity: 'error', summary: 'A key or value does not fit the skills file schema.' },
  'file-too-large': { severity: 'error', summary: 'The file is larger than the configured maximum and was not analysed.' },
  'unknown-skill': { severity: 'warning', summary: 'A skill name that no catalog defines.' },
  alias: { severity: 'hint', summary: 'A skill written under an alias or another spelling of its canonical name.', fixAll: true },
  'ambiguous-skill': { severity: 'warning', summary: 'A name that several catalog skills share.' },
  'duplicate-skill': { severity: 'warning', summary: 'The same skill listed twice, possibly under two names.', fixAll: true },
  'missing-skill': { severity: 'information', summary: 'Must-have skills of a target role that the profile does not list.' },
  'below-level': { severity: 'hint', summary: 'A skill below the level a target role requires.' },
  'unknown-role': { severity: 'error', summary: 'A role id that no role in the workspace defines.' },
  'duplicate-id': { severity: 'error', summary: 'A role or catalog skill id defined twice.' },
  cycle: { severity: 'error', summary: 'A loop in `extends` or `requires`.' },
  mojibake: { severity: 'warning', summary: 'Text that looks like mis-decoded UTF-8.', fixAll: true },
  'stale-market-data': { severity: 'warning', summary: 'Market figures older than 12 months.' },
  'salary-range': { severity: 'error', summary: 'A salary minimum above its maximum.' },
  'over-deadline': { severity: 'warning', summary: "Ready for a target role (its must-haves) later than the candidate's deadline; information when only the full plan runs past it." },
  'too-many-problems': { severity: 'warning', summary: 'More than 1,000 problems in one file: the rest are counted, not listed (severity: the worst of them).' },
} as const satisfies Record<string, DiagnosticCodeInfo>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export const DIAGNOSTIC_CODE_LIST = Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[];

/** The code with its severity, to spread into a diagnostic: `{ range, ...coded('alias'), message }`. */
export function coded<C extends DiagnosticCode>(code: C): { code: C; severity: Severity } {
  return { code, severity: DIAGNOSTIC_CODES[code].severity };
}

const README = 'https://github.com/skillgap/skillgap#';

/** Where the code is documented: its row in the README's diagnostics table (an anchor named after the code). */
export function docsUrl(code: DiagnosticCode): string {
  return `${README}${code}`;
}
