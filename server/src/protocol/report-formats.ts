// The report's formats, by name: what the CLI's --format, the client's export and the report
// request accept. The renderers themselves are in render/index.ts, keyed by these names.

export const REPORT_FORMATS = {
  html: { label: 'HTML', extension: 'html', description: 'self-contained page with charts' },
  markdown: { label: 'Markdown', extension: 'md', description: 'for a pull request or a wiki' },
  json: { label: 'JSON', extension: 'json', description: 'the report model, for other tools' },
  text: { label: 'Text', extension: 'txt', description: 'for a terminal' },
} as const;

export type ReportFormat = keyof typeof REPORT_FORMATS;

export function isReportFormat(name: unknown): name is ReportFormat {
  return typeof name === 'string' && Object.hasOwn(REPORT_FORMATS, name);
}
