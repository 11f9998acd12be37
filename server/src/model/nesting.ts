// A guard against hostile nesting. The yaml library (and the code walking its tree) recurse once per
// level: ten thousand `[` or `- ` overflow the stack after seconds of work. Real skills files nest
// fewer than ten levels, so a document deeper than MAX_NESTING is reported and not parsed at all.

/** Collections nested deeper than this make the document unreadable (reported, never parsed). */
export const MAX_NESTING = 100;

/** What one scan of a document's text found. */
export interface DocumentScan {
  /** The offset where the text first nests deeper than the limit, if it does (the scan stops there). */
  tooDeep?: number;
  /**
   * How many values (YAML nodes) the text holds, estimated without parsing: one per line with content
   * outside flow collections, per compact indicator (`- `, `? `), per `key:` separator, per `[`/`{`
   * and per `,` inside them. Within a factor of two of the parser's count for real files (over for
   * block scalars, whose lines are counted); the parser's work grows with it, not with bytes.
   */
  values: number;
}

const SPACE = 32, TAB = 9, LF = 10, CR = 13, HASH = 35, DQUOTE = 34, SQUOTE = 39, BACKSLASH = 92;
const DASH = 45, QUESTION = 63, COLON = 58, COMMA = 44;
const OPEN_SQUARE = 91, OPEN_CURLY = 123, CLOSE_SQUARE = 93, CLOSE_CURLY = 125;

const isBlank = (c: number) => c === SPACE || c === TAB || c === LF || c === CR || Number.isNaN(c);

/**
 * One linear pass over text[from, to): where it first nests deeper than `limit` (flow brackets outside
 * quotes and comments, block indentation levels, compact indicators `- - x`), and how many values it holds.
 * The nesting is an over-estimate at worst (e.g. a block scalar with 100 rising indents), never an under-estimate.
 */
export function scanDocument(text: string, from: number, to: number, limit = MAX_NESTING): DocumentScan {
  let flow = 0;
  let values = 0;
  const indents: number[] = [];
  let lineStart = true;
  for (let i = from; i < to; i++) {
    if (lineStart) {
      lineStart = false;
      let j = i;
      while (j < to && text.charCodeAt(j) === SPACE) j++;
      const indent = j - i;
      const first = j < to ? text.charCodeAt(j) : NaN;
      if (j < to && first !== LF && first !== CR && first !== HASH && flow === 0) {
        values++;
        while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
        indents.push(indent);
        let compact = 0; // `- - - x`, `? ? x`: one more level per indicator
        for (;;) {
          const c = text.charCodeAt(j);
          const next = j + 1 < to ? text.charCodeAt(j + 1) : NaN;
          if (j + 1 >= to || (c !== DASH && c !== QUESTION && c !== COLON) || (next !== SPACE && next !== TAB)) break;
          values++;
          if (indents.length + ++compact > limit) return { tooDeep: j, values };
          j += 2;
          while (j < to && (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === TAB)) j++;
        }
        if (indents.length > limit) return { tooDeep: j, values };
      }
      i = j - 1;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) { lineStart = true; continue; }
    const before = i === from ? NaN : text.charCodeAt(i - 1);
    if (c === HASH && (i === from || isBlank(before))) {
      while (i + 1 < to && text.charCodeAt(i + 1) !== LF && text.charCodeAt(i + 1) !== CR) i++;
    } else if (c === DQUOTE) {
      for (i++; i < to && text.charCodeAt(i) !== DQUOTE; i++) if (text.charCodeAt(i) === BACKSLASH) i++;
    } else if (c === SQUOTE && (i === from || isBlank(before) || before === OPEN_SQUARE || before === OPEN_CURLY || before === COMMA || before === COLON)) {
      for (i++; i < to; i++) { if (text.charCodeAt(i) === SQUOTE) { if (text.charCodeAt(i + 1) === SQUOTE) i++; else break; } }
    } else if (c === OPEN_SQUARE || c === OPEN_CURLY) {
      values++;
      if (++flow + indents.length > limit) return { tooDeep: i, values };
    } else if ((c === CLOSE_SQUARE || c === CLOSE_CURLY) && flow > 0) {
      flow--;
    } else if (c === COMMA && flow > 0) {
      values++;
    } else if (c === COLON) {
      const next = i + 1 < to ? text.charCodeAt(i + 1) : NaN;
      if (isBlank(next) || (flow > 0 && (next === COMMA || next === CLOSE_SQUARE || next === CLOSE_CURLY))) values++;
    }
  }
  return { values };
}

/** [start, end) of each document's text: the stream split at `---` and `...` markers at line starts. */
export function documentSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(/^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm)) {
    spans.push([start, m.index]);
    start = m.index + 3;
  }
  spans.push([start, text.length]);
  return spans;
}
