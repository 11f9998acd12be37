// The one escaping function per output language. Every string from the files passes through these.

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in HTML text and in double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch]);
}

/**
 * Inline GitHub-flavoured Markdown text: emphasis, code, links, raw HTML, table pipes and entity-looking
 * ampersands are backslash-escaped; line breaks become spaces (or `<br>` inside table cells) so a string
 * can never start a new block.
 */
export function escapeMarkdownInline(value: string, inTableCell = false): string {
  const escaped = value
    .replace(/[\\`*_[\]<>|~]/g, (ch) => `\\${ch}`)
    .replace(/&(?=#?\w+;)/g, '\\&');
  return inTableCell ? escaped.replace(/\r\n|\r|\n/g, '<br>') : escaped.replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ');
}

/** Escapes what would make the start of a line a heading, list item, quote, rule or setext underline. */
export function escapeMarkdownLineStart(value: string): string {
  return value.replace(/^(\s*)([#+\-=>]|\d+(?=[.)]))/, (_, space: string, mark: string) => `${space}${/^\d/.test(mark) ? mark + '\\' : '\\' + mark}`);
}

/** A URL inside `(...)` of a Markdown link: characters that would end or break the destination are encoded. */
export function escapeMarkdownUrl(url: string): string {
  return url.replace(/[()<> \\]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
