// The report's formats, by name: what the CLI's --format, the client's export and the report
// request accept. The renderers themselves are in render/index.ts, keyed by these names.

const REPORT_FORMATS = {
  html: { label: 'HTML', extension: 'html', description: 'self-contained page with charts' },
  markdown: { label: 'Markdown', extension: 'md', description: 'for a pull request or a wiki' },
  json: { label: 'JSON', extension: 'json', description: 'the report model, for other tools' },
  text: { label: 'Text', extension: 'txt', description: 'for a terminal' },
} as const;

export type ReportFormat = keyof typeof REPORT_FORMATS;

export function isReportFormat(name: unknown): name is ReportFormat {
  return typeof name === 'string' && Object.hasOwn(REPORT_FORMATS, name);
}

/** The role report's formats (skillgap role, skillgap/roleReport): the report's, and CSV for spreadsheets. */
export const ROLE_REPORT_FORMATS = {
  ...REPORT_FORMATS,
  csv: { label: 'CSV', extension: 'csv', description: 'one row per candidate × requirement, for spreadsheets' },
} as const;

export type RoleReportFormat = keyof typeof ROLE_REPORT_FORMATS;

export function isRoleReportFormat(name: unknown): name is RoleReportFormat {
  return typeof name === 'string' && Object.hasOwn(ROLE_REPORT_FORMATS, name);
}
