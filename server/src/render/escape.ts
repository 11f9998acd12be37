// The one escaping function per output language. Every string from the files passes through these.

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in HTML text and in double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch]);
}

/**
 * Inline GitHub-flavoured Markdown text: emphasis, code, links, raw HTML, table pipes and entity-looking
 * ampersands are backslash-escaped; line breaks become spaces (or `<br>` inside table cells) so a string
 * can never start a new block; other control characters are written as visible escapes (`\x1b`).
 */
export function escapeMarkdownInline(value: string, inTableCell = false): string {
  const escaped = value
    .replace(/[\\`*_[\]<>|~]/g, (ch) => `\\${ch}`)
    .replace(/&(?=#?\w+;)/g, '\\&');
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
