// A guard against hostile nesting. The yaml library (and the code walking its tree) recurse once per
// level: ten thousand `[` or `- ` overflow the stack after seconds of work. Real skills files nest
// fewer than ten levels, so a document deeper than MAX_NESTING is reported and not parsed at all.

/** Collections nested deeper than this make the document unreadable (reported, never parsed). */
export const MAX_NESTING = 100;

/**
 * The offset where the text in [from, to) first nests deeper than `limit`, or undefined. Counts flow
 * brackets outside quotes and comments, block indentation levels, and compact indicators (`- - x`).
 * An over-estimate at worst (e.g. a block scalar with 100 rising indents), never an under-estimate.
 */
export function firstTooDeep(text: string, from: number, to: number, limit = MAX_NESTING): number | undefined {
  let flow = 0;
  const indents: number[] = [];
  let lineStart = true;
  for (let i = from; i < to; i++) {
    if (lineStart) {
      lineStart = false;
      let j = i;
      while (j < to && text[j] === ' ') j++;
      const indent = j - i;
      if (j < to && text[j] !== '\n' && text[j] !== '\r' && text[j] !== '#' && flow === 0) {
        while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
        indents.push(indent);
        let compact = 0; // `- - - x`, `? ? x`: one more level per indicator
        while (j + 1 < to && (text[j] === '-' || text[j] === '?' || text[j] === ':') && (text[j + 1] === ' ' || text[j + 1] === '\t')) {
          if (indents.length + ++compact > limit) return j;
          j += 2;
          while (j < to && (text[j] === ' ' || text[j] === '\t')) j++;
        }
        if (indents.length > limit) return j;
      }
      i = j - 1;
      continue;
    }
    const c = text[i];
    if (c === '\n' || c === '\r') { lineStart = true; continue; }
    if (c === '#' && (i === from || /\s/.test(text[i - 1]))) {
      while (i + 1 < to && text[i + 1] !== '\n' && text[i + 1] !== '\r') i++;
    } else if (c === '"') {
      for (i++; i < to && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === "'" && (i === from || /[\s[{,:]/.test(text[i - 1]))) {
      for (i++; i < to; i++) { if (text[i] === "'") { if (text[i + 1] === "'") i++; else break; } }
    } else if (c === '[' || c === '{') {
      if (++flow + indents.length > limit) return i;
    } else if ((c === ']' || c === '}') && flow > 0) {
      flow--;
    }
  }
  return undefined;
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
