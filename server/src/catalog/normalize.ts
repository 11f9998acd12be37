// How a written skill name becomes a lookup key.
//
// The rule, in order:
//   1. Unicode compatibility decomposition (NFKD: full-width letters, ligatures, non-breaking spaces
//      fold to their plain forms), diacritics dropped ("Pokémon" = "Pokemon"), then lower case.
//   2. Symbols that carry meaning in technology names are spelled out, so that stripping punctuation
//      cannot merge different skills:  '+' → "plus"  (C++ → "cplusplus"),  '#' → "sharp"
//      (C# → "csharp", F# → "fsharp"),  '&' → "and"  (Weights & Biases = Weights and Biases),
//      and a '.' that starts a word → "dot"  (.NET → "dotnet"; a '.' inside a word is plain
//      punctuation: Node.js → "nodejs", ASP.NET → "aspnet").
//   3. Everything that is not a letter or a digit (any script) is dropped: spaces, hyphens, dots,
//      slashes, apostrophes… ("ML Ops", "ml-ops", "MLOps" → "mlops").
// So C, C++, C#, F#, .NET, Node.js and R are all distinct keys, while the spelled-out forms
// ("C Sharp", "dotnet") meet their symbol forms on purpose. The result may be empty for text that
// is only punctuation. The catalog generator (scripts/catalog/normalize.mjs) dedupes with a key that
// never merges more than this one, so names unique there stay unique here.

const WORD_START_DOT = /(^|[^\p{L}\p{N}])\.(?=[\p{L}\p{N}])/gu;
const COMBINING_MARK = /\p{M}/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
/** Printable ASCII except the symbols the rule spells out (+ # & .). */
const PLAIN_ASCII = /^[\x20-\x22\x24\x25\x27-\x2a\x2c\x2d\x2f-\x7e]*$/;
const NOT_ASCII_LETTER_OR_DIGIT = /[^a-z0-9]+/g;

export function normalizeSkillName(written: string): string {
  // Catalog loading normalizes 30,000+ names at start-up, before the JIT has warmed up: plain ASCII
  // without symbols (nearly all names) takes two native regex passes, the same result as the full rule.
  if (PLAIN_ASCII.test(written)) {
    return written.toLowerCase().replace(NOT_ASCII_LETTER_OR_DIGIT, '');
  }
  return written
    .normalize('NFKD')
    .replace(COMBINING_MARK, '')
    .toLowerCase()
    .replace(WORD_START_DOT, '$1dot')
    .replaceAll('+', 'plus')
    .replaceAll('#', 'sharp')
    .replaceAll('&', 'and')
    .replace(NOT_LETTER_OR_DIGIT, '');
}
