// The one escaping function per output language. Every string from the files passes through these.
import { safeHttpUrl } from './format';

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in HTML text and in double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch]);
}

/**
 * Inline GitHub-flavoured Markdown text: emphasis, code, links, raw HTML, table pipes and entity-looking
 * ampersands are backslash-escaped, and so are the `:` of `://`, the `.` of `www.` and `@`, which GFM
 * renderers would turn into links of their own (bare URLs and e-mail addresses); line breaks become
 * spaces (or `<br>` inside table cells) so a string can never start a new block; other control
 * characters are written as visible escapes (`\x1b`). The rendered text is the string as it was.
 */
export function escapeMarkdownInline(value: string, inTableCell = false): string {
  const escaped = value
    .replace(/[\\`*_[\]<>|~@]/g, (ch) => `\\${ch}`)
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.');
  const oneBlock = inTableCell ? escaped.replace(/\r\n|\r|\n/g, '<br>') : escaped.replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ');
  // What is left of the control characters (ESC, C1, bidi overrides) is written visibly, as in the terminal.
  return escapeTerminal(oneBlock);
}

/** Escapes what would make the start of a line a heading, list item, quote, rule or setext underline. */
export function escapeMarkdownLineStart(value: string): string {
  return value.replace(/^(\s*)([#+\-=>]|\d+(?=[.)]))/, (_, space: string, mark: string) => `${space}${/^\d/.test(mark) ? mark + '\\' : '\\' + mark}`);
}

/** A URL inside `(...)` of a Markdown link: characters that would end or break the destination are encoded. */
export function escapeMarkdownUrl(url: string): string {
  return url.replace(/[()<> \\]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * A Markdown link only to an http(s) URL (vetted again here, whoever built it); anything else —
 * `command:`, `file:`, `data:`, `javascript:` — is shown as text. The text is escaped.
 */
export function markdownLink(text: string, url: string | undefined, inTableCell = false): string {
  const label = escapeMarkdownInline(text, inTableCell);
  const href = safeHttpUrl(url);
  return href === undefined ? label : `[${label}](${escapeMarkdownUrl(href)})`;
}

/**
 * A Markdown code span holding `value` as it is: fenced with one more backtick than its longest run of
 * backticks (backslashes do not escape inside a code span), on one line, control characters visible.
 */
export function markdownCode(value: string): string {
  const text = escapeTerminal(value.replace(/\s*(?:\r\n|\r|\n)\s*/g, ' '));
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A Markdown text already escaped (built by `markdown`, markdownCode or markdownLink): `markdown` does not escape it again. */
export class MarkdownText {
  constructor(readonly text: string) {}
  toString(): string { return this.text; }
}

/**
 * A Markdown template: every interpolated value is escaped with escapeMarkdownInline (so a string from
 * a file can open no emphasis, link, image, HTML tag or block) unless it is MarkdownText.
 * `markdown\`**${name}** · ${category}\`` — the markup is the template's, the text the file's.
 */
export function markdown(parts: TemplateStringsArray, ...values: unknown[]): MarkdownText {
  let out = parts[0];
  values.forEach((value, i) => {
    out += (value instanceof MarkdownText ? value.text : escapeMarkdownInline(String(value))) + parts[i + 1];
  });
  return new MarkdownText(out);
}

/** `markdown` for values that are already Markdown (code spans, links), to interpolate without escaping. */
export function markdownRaw(text: string): MarkdownText {
  return new MarkdownText(text);
}

/**
 * Text for a terminal or a CI log: every control character (C0 including CR, LF and TAB, DEL, C1) and
 * every invisible character that reorders or breaks lines (bidi controls, U+2028/U+2029) is written
 * as a visible escape — `\n`, `\r`, `\t`, `\x1b`, `\u009b`, `\u202e` — so a string from a file can neither
 * send an escape sequence nor forge a line, and the reader still sees what was there.
 */
export function escapeTerminal(value: string): string {
  return value.replace(TERMINAL_UNSAFE, visibleEscape);
}

// C0, DEL, C1; ALM, LRM/RLM; LINE/PARAGRAPH SEPARATOR; LRE…RLO (incl. PDF); LRI…PDI.
const TERMINAL_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function visibleEscape(ch: string): string {
  const code = ch.charCodeAt(0);
  return SHORT_ESCAPES[ch] ?? (code < 0x80 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}
