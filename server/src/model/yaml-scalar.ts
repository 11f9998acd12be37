// The one way a name is written into a skills file (quick fixes, completion, "add to catalog"): the
// yaml library's own stringification, so the text reads back as exactly that string. It quotes what
// would start a comment (` #`), a mapping (`: `), an anchor, alias or tag (`&`, `*`, `!`), an
// indicator (`- `, `? `, `|`, `>`…), a flow collection (`,`, `[`, `]`, `{`, `}`), or read as another
// type (`null`, `true`, `1.0`, `0x1F`); line breaks and control characters are escaped in double quotes.
import { Document, Scalar } from 'yaml';

const OPTIONS = {
  lineWidth: 0, minContentWidth: 0, blockQuote: false, collectionStyle: 'flow', flowCollectionPadding: false,
  doubleQuotedMinMultiLineLength: Number.POSITIVE_INFINITY, // else a long double-quoted string with \n is folded over lines
} as const;

/**
 * `value` as a YAML scalar on one line that reads back unchanged as a block value and, unless `inFlow`
 * is false (a place known to be outside any `[…]` or `{…}`), inside a flow collection too.
 */
export function yamlScalar(value: string, inFlow = true): string {
  const block = stringified(scalar(value));
  if (!inFlow || block !== value) return block;
  // Plain as a block value, but a flow collection ends at `,`, `]` or `}`.
  return stringified([scalar(value)]).slice(1, -1); // `[value]`
}

function scalar(value: string): Scalar {
  const node = new Scalar(value);
  // A plain or single-quoted scalar may span lines; a name must stay on one.
  if (/[\r\n]/.test(value)) node.type = Scalar.QUOTE_DOUBLE;
  return node;
}

function stringified(contents: unknown): string {
  return new Document(contents).toString(OPTIONS).replace(/\n$/, '');
}

/** The line break a text uses (its first one), so inserted lines match the file: CRLF files get CRLF. */
export function lineBreakOf(text: string): '\n' | '\r\n' {
  const at = text.indexOf('\n');
  return at > 0 && text[at - 1] === '\r' ? '\r\n' : '\n';
}
