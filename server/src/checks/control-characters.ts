// Characters YAML forbids (1.2 §5.1) but the parser reads into values anyway: C0 controls other than
// tab, LF and CR, DEL, C1 controls, U+FFFE/U+FFFF and lone surrogates. A NUL usually means a binary
// file. Reported here rather than by the model, which deliberately keeps reading such values.
import { LineTable } from '../model/ranges';
import type { Diagnostic } from '../model/types';
import { coded } from '../model/diagnostic-codes';

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** A binary file has thousands: one diagnostic per line, this many lines at most, then one summary. */
const MAX_CONTROL_REPORTS = 10;

/** Any character CONTROL may match (a surrogate may be a lone one): a quick test of the whole text first. */
const MAYBE_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF\uD800-\uDFFF]/;

export function checkControlCharacters(text: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!MAYBE_CONTROL.test(text)) return out;
  const lines = new LineTable(text);
  let lastLine = -1;
  for (const m of text.matchAll(CONTROL)) {
    const range = lines.range(m.index, m.index + m[0].length);
    if (range.start.line === lastLine) continue;
    lastLine = range.start.line;
    if (out.length === MAX_CONTROL_REPORTS) {
      out.push({ range, ...coded('yaml-syntax'), message: 'more lines hold control characters (not reported): is this a binary file?' });
      break;
    }
    const hex = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    out.push({
      range, ...coded('yaml-syntax'),
      message: `control character U+${hex} is not allowed in YAML${hex === '0000' ? ' (is this a binary file?)' : ''}`,
      data: { character: hex },
    });
  }
  return out;
}
