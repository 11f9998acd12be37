// Which generated aliases are junk. The public sources list names for other purposes than naming a skill:
// Linguist's aliases are code-fence and editor-mode identifiers ("rusthon" and "py3" on Python, "node" on
// JavaScript, "django" on Jinja, "terraform" on HCL), devicon's altnames include slips ("jestjs" on jekyll, "x"
// on twitter), and ESCO's alternative labels of a generic concept list examples of it ("computer programming"
// lists "Seed7" and "Caml"; "tools for ICT test automation" lists "Selenium"). Documented in
// server/src/catalog/data/README.md ("Junk aliases"); tested in test/unit/catalog-data/build-helpers.test.ts.

/** Lower-case letters and digits only, with + and # spelled out, so "C++" and "cpp" can be compared. */
function letters(text) {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/\+/g, 'plus').replace(/#/g, 'sharp').replace(/[^\p{L}\p{N}]/gu, '');
}

function isSubsequence(short, long) {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/** Initial letters of the words of a phrase: "HashiCorp Configuration Language" -> "hcl". */
function initials(text) {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => letters(w)[0] ?? '').join('');
}

/**
 * Rule 1 (identifier-style aliases: Linguist's aliases, devicon's lower-case altnames; devicon's capitalized
 * altnames are display names such as "Autodesk 3ds Max" and are kept). An alias is kept only if it is a
 * spelling of the name:
 * after normalization (digits ignored) one is a prefix/suffix of the other ("golang" / "Go", "objectpascal" /
 * "Pascal"), or one is a subsequence of the other starting with the same letter ("py", "rs", "cpp", "sklearn",
 * "pwsh"), or one is the initials of the other ("HashiCorp Configuration Language" / "HCL").
 */
export function isSpellingOf(alias, name) {
  const a = letters(alias).replace(/\d+/g, '');
  const n = letters(name).replace(/\d+/g, '');
  if (!a || !n) return false;
  if (a.startsWith(n) || a.endsWith(n) || n.startsWith(a) || n.endsWith(a)) return true;
  if (a[0] === n[0] && (isSubsequence(a, n) || isSubsequence(n, a))) return true;
  return initials(alias) === n || initials(name) === a;
}

/** An acronym as ESCO writes one: one word of at most six characters, two or more capitals ("OCR", "M&E", "MaaS"). */
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&-]{1,5}$/;

/**
 * Rule 2 (ESCO alternative labels). On a generic concept (a preferred label in lower case, e.g. "computer
 * programming"), an alternative label that starts with a capital letter is an example of the concept, not a
 * synonym, unless it is an acronym ("NLP", "OCR") or shares a word with the preferred label ("IT security" for
 * "cyber security").
 */
export function isEscoSynonym(alt, preferredLabel) {
  if (!/^[a-z]/.test(preferredLabel) || !/^[A-Z]/.test(alt)) return true;
  if (ACRONYM.test(alt)) return true;
  const words = new Set(preferredLabel.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
  return alt.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((w) => words.has(w));
}

// ESCO writes facets of a language as labels of it: "Swift algorithms", "Swift software development principles".
const ESCO_FACET = /^(algorithms|software development (principles|techniques)|(computer )?programming (paradigms|system)|development principles|systems)$/i;

/**
 * Rule 3 (any generated alias). The name followed by a version designation ("Python 3K", "Python 3") or by an
 * ESCO facet phrase ("Swift algorithms") names the same skill again: it adds nothing to resolution and shows
 * up in completion as a duplicate.
 */
export function isVersionOrFacetOf(alias, name) {
  if (!alias.toLowerCase().startsWith(`${name.toLowerCase()} `)) return false;
  const rest = alias.slice(name.length + 1).trim();
  return /^v?\d+(\.\d+)*[a-z]?$/i.test(rest) || ESCO_FACET.test(rest);
}
