// Name matching and id rules. The runtime resolver (server/src/catalog) must normalize the same way,
// or a name that is unique here could collide there.

/**
 * The key two names are compared by: exactly the runtime rule of server/src/catalog/normalize.ts (case, spacing,
 * punctuation and diacritics ignored; '+' -> "plus", '#' -> "sharp", '&' -> "and", a word-initial '.' -> "dot"),
 * so that a name unique here is unique at run time too. test/unit/catalog-data checks the two agree.
 */
export function normalizeKey(name) {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(^|[^\p{L}\p{N}])\.(?=[\p{L}\p{N}])/gu, '$1dot')
    .replaceAll('+', 'plus')
    .replaceAll('#', 'sharp')
    .replaceAll('&', 'and')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A kebab-case ASCII id for a name: "Apache Spark" -> "apache-spark", "C#" -> "c-sharp". */
export function slugify(name) {
  return name
    .normalize('NFKD').replace(/\p{M}/gu, '')
    .replace(/\+/g, '-plus').replace(/#/g, '-sharp').replace(/&/g, '-and-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Trims and collapses inner whitespace (ESCO labels carry stray spaces). */
export function cleanLabel(text) {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cuts a description to at most `max` characters, at a sentence end when there is one. */
export function truncateDescription(text, max = 240) {
  const clean = cleanLabel(text);
  if (clean.length <= max) return clean;
  const head = clean.slice(0, max);
  const end = Math.max(head.lastIndexOf('. '), head.lastIndexOf('.\u00a0'));
  if (end >= 60) return head.slice(0, end + 1);
  const space = head.lastIndexOf(' ');
  return `${head.slice(0, space > 0 ? space : max)}…`;
}
