// Text that was UTF-8, decoded as Windows-1252 (or Latin-1) and re-encoded: "Bachelorâ€™s" for "Bachelor’s".
import type { Diagnostic, Spanned } from '../model/types';
import { coded } from '../model/diagnostic-codes';

// Windows-1252 bytes 0x80–0x9F map to these characters; the rest of 0x00–0xFF map to themselves.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const BYTE_OF = new Map<string, number>();
for (let b = 0; b < 256; b++) BYTE_OF.set(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b), b);

// A lead byte of a 2–4 byte UTF-8 sequence (as a cp1252 character) followed by continuation bytes.
const SUSPECT = /[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]{1,3}/g;

/** Repairs one suspect run, or returns undefined when it does not decode as valid UTF-8. */
function repair(run: string): string | undefined {
  const bytes: number[] = [];
  for (const ch of run) {
    const b = BYTE_OF.get(ch);
    if (b === undefined) return undefined;
    bytes.push(b);
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
    return text.length > 0 && !/[\u0080-\u009F]/.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

/** The repaired string, or undefined when the string shows no mis-decoded UTF-8. */
function repairMojibake(text: string): string | undefined {
  let changed = false;
  const fixed = text.replace(SUSPECT, (run) => {
    const r = repair(run);
    if (r === undefined) return run;
    changed = true;
    return r;
  });
  return changed ? fixed : undefined;
}

/**
 * Whether a file's strings may hold mojibake at all: a SUSPECT lead character or U+FFFD in its text, or
 * a backslash (a double-quoted escape can spell any character). A clean 4 MB catalog's 50,000 strings
 * are then not scanned one by one.
 */
export function mayHoldMojibake(text: string): boolean {
  return /[\u00C2-\u00F4\uFFFD\\]/.test(text);
}

/** One diagnostic per string scalar that holds mojibake; the fix replaces the value's source text. */
export function checkMojibake(strings: readonly Spanned<string>[], sourceText: (s: Spanned<string>) => string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const s of strings) {
    const fixed = repairMojibake(s.value);
    if (fixed === undefined) {
      const replaced = replacementCharacter(s);
      if (replaced) out.push(replaced);
      continue;
    }
    const word = wordAround(s.value, fixed);
    const source = sourceText(s);
    const fixedSource = repairMojibake(source);
    out.push({
      range: s.range,
      ...coded('mojibake'),
      message: `'${word.bad}' looks like mis-decoded UTF-8: ${word.good}?`,
      data: { repaired: fixed },
      fixes: fixedSource === undefined ? [] : [{ title: `Replace with '${word.good}'`, edits: [{ range: s.range, newText: fixedSource }], preferred: true }],
    });
  }
  return out;
}

/** The first word that differs, for a short message: "Bachelorâ€™s" → "Bachelor’s". */
function wordAround(bad: string, good: string): { bad: string; good: string } {
  const badWords = bad.split(/\s+/);
  const goodWords = good.split(/\s+/);
  for (let i = 0; i < badWords.length && i < goodWords.length; i++) {
    if (badWords[i] !== goodWords[i]) return { bad: badWords[i], good: goodWords[i] };
  }
  return { bad, good };
}

/**
 * U+FFFD is what a decoder (Node's, the CLI's, the editor's) leaves for bytes that are not UTF-8: the
 * original character is lost, so there is nothing to repair, only to point at.
 */
function replacementCharacter(s: Spanned<string>): Diagnostic | undefined {
  if (!s.value.includes('\uFFFD')) return undefined;
  const word = s.value.split(/\s+/).find((w) => w.includes('\uFFFD')) ?? s.value;
  return {
    range: s.range, ...coded('mojibake'),
    message: `'${word}' holds U+FFFD (\uFFFD), the mark of bytes that were not valid UTF-8: retype the lost character and save the file as UTF-8`,
  };
}
