// O*NET Technology Skills names are vendor-prefixed and spell acronyms out ("Amazon Web Services AWS software",
// "Structured query language SQL"). This derives the name practitioners use plus the other spellings.

// Vendors whose prefix is dropped from the name itself ("The MathWorks MATLAB" -> "MATLAB").
const VENDORS_DROPPED_FROM_NAME = [
  'The MathWorks', 'MathWorks', 'Dassault Systemes', 'Atlassian', 'Unity Technologies', 'Unreal Technology',
  'StataCorp', 'Hex-Rays', 'Portswigger', 'Vector 35', 'TechSmith', 'RockWare', 'McNeel',
];
// Vendors kept in the name; the remainder becomes an alias when specific enough.
const VENDORS_KEPT_IN_NAME = [
  'Amazon Web Services', 'AWS', 'Amazon', 'Microsoft', 'Oracle', 'IBM', 'SAP', 'Autodesk', 'Adobe', 'Google',
  'Apple', 'Apache', 'Red Hat', 'Cisco', 'Siemens', 'ESRI', 'Bentley', 'Trimble', 'Intuit', 'Corel', 'Symantec',
  'Cadence', 'Thomson Reuters', 'LexisNexis', 'Henry Schein', 'National Instruments', 'Blackbaud', 'PTC', 'Infor',
  'Eclipse', 'Salesforce', 'Facebook', 'Meta', 'Epic', 'ADP', 'Kronos', 'Xactware', 'Springshare', 'Tenable',
  'Qualys', 'Guidance Software', 'SunGard', 'Elite', 'Vero', 'GE', 'FANUC', 'Cubic', 'Forsk', 'Bentley Systems',
  'Embarcadero', 'HashiCorp', 'JetBrains', 'Mozilla', 'PowerSoft', 'Progress', 'Allaire', 'Macromedia',
  'Borland', 'Sybase', 'Novell', 'Hewlett-Packard', 'HP', 'VMware', 'Citrix', 'Intel', 'NVIDIA', 'Dell',
];
// Vendors whose products have everyday one-word names ("Microsoft Word", "Google Docs", "Oracle Database"):
// the bare word only matches an existing specific entry, it never becomes an alias on its own.
const VENDORS_WITH_GENERIC_PRODUCT_WORDS = new Set(['Microsoft', 'Google', 'Apple', 'Oracle', 'IBM', 'SAP', 'Amazon', 'Meta', 'Facebook', 'Epic', 'Elite', 'GE', 'Infor', 'Cubic']);
const GENERIC_WORDS = new Set(['ide', 'sdk', 'api', 'cli', 'barcode', 'interpreter', 'invoice', 'logger', 'softphone', 'plan', 'encoder', 'software', 'database', 'server', 'cloud', 'analytics', 'platform', 'enterprise', 'suite', 'office', 'project', 'access', 'mail', 'docs', 'sheets', 'slides', 'forms', 'teams', 'word', 'drive', 'search', 'maps', 'calendar', 'ads', 'systems', 'system', 'middleware', 'websphere']);

const byLengthDesc = (a, b) => b.length - a.length;
const VENDOR_PREFIXES = [
  ...VENDORS_DROPPED_FROM_NAME.map((v) => ({ vendor: v, dropped: true })),
  ...VENDORS_KEPT_IN_NAME.map((v) => ({ vendor: v, dropped: false })),
].sort((a, b) => byLengthDesc(a.vendor, b.vendor));

/** Initial letters an acronym token stands for: "EC2" -> "ECC", "S3" -> "SSS", "AWS" -> "AWS". */
function acronymLetters(token) {
  if (!/^[A-Z][A-Z0-9]*[A-Z0-9]$/.test(token)) return undefined;
  let letters = '';
  for (const ch of token) {
    if (/[A-Z]/.test(ch)) letters += ch;
    else if (letters === '') return undefined;
    else if (ch === '0') return undefined;
    else letters += letters[letters.length - 1].repeat(Number(ch) - 1);
  }
  return letters.length >= 2 ? letters : undefined;
}

/** Replaces a spelled-out phrase followed by its acronym: returns [short form, long form] or undefined. */
function splitAcronym(tokens) {
  for (let j = 1; j < tokens.length; j++) {
    const letters = acronymLetters(tokens[j]);
    if (!letters) continue;
    for (let k = 1; k <= Math.min(j, letters.length); k++) {
      const phrase = tokens.slice(j - k, j);
      const initials = phrase.flatMap((t) => t.split('-')).map((w) => w[0] ?? '').join('').toUpperCase();
      if (initials !== letters) continue;
      const before = tokens.slice(0, j - k);
      const after = tokens.slice(j + 1);
      return [[...before, tokens[j], ...after].join(' '), [...before, ...phrase, ...after].join(' ')];
    }
  }
  return undefined;
}

/** "X software" -> "X" when X is clearly a product name, not a kind of software ("Accounting software"). */
function stripSoftwareSuffix(name, englishWords) {
  const m = /^(.+) software$/i.exec(name);
  if (!m) return name;
  const rest = m[1];
  const tokens = rest.split(' ');
  const hasInnerCaps = tokens.some((t) => /[a-z][A-Z]|^[A-Z]{2,}$/.test(t));
  const startsWithVendor = VENDOR_PREFIXES.some(({ vendor }) => rest.startsWith(`${vendor} `));
  const looksEnglish = (w) => englishWords.has(w) || /(ing|tion|ment|ics|ance|ence|ity|ary|ory)$/.test(w);
  if (GENERIC_WORDS.has(rest.toLowerCase())) return name;
  const unknownSingleWord = tokens.length === 1 && !rest.toLowerCase().split(/[^a-z]+/).filter(Boolean).every(looksEnglish);
  return hasInnerCaps || startsWithVendor || unknownSingleWord ? rest : name;
}

// Product words famous enough to stand alone although they are also English words.
const KNOWN_PRODUCT_WORDS = new Set(['Excel', 'Outlook', 'Visio', 'Android', 'Angular', 'Java', 'Dynamics', 'Bard', 'Gemini', 'BigQuery', 'Firebase']);

function isSpecific(remainder, vendor) {
  if (KNOWN_PRODUCT_WORDS.has(remainder)) return true;
  if (GENERIC_WORDS.has(remainder.toLowerCase())) return false;
  if (/\s/.test(remainder) || /[^A-Za-z]/.test(remainder) || /.[A-Z]/.test(remainder)) return true;
  return !VENDORS_WITH_GENERIC_PRODUCT_WORDS.has(vendor);
}

/**
 * Derives names for one O*NET example.
 * @returns {{ name: string, strong: string[], lookupOnly: string[] }} strong = aliases that may also merge entries;
 *   lookupOnly = spellings used only to find an existing specific entry (never added as aliases unless matched).
 */
export function deriveOnetNames(example, englishWords) {
  const original = example.replace(/\s+/g, ' ').trim();
  const spellings = [];
  const acronym = splitAcronym(original.split(' '));
  let name = original.replace(/ programming language$/i, '');
  if (acronym) { name = acronym[0]; spellings.push(acronym[1]); }
  const stripped = stripSoftwareSuffix(name, englishWords);
  if (stripped !== name) {
    spellings.push(name);
    for (let i = 0; i < spellings.length; i++) spellings[i] = stripSoftwareSuffix(spellings[i], englishWords);
    name = stripped;
  }
  const strong = [];
  const lookupOnly = [];
  for (const full of [name, ...spellings]) {
    const prefix = VENDOR_PREFIXES.find(({ vendor }) => full.startsWith(`${vendor} `));
    if (!prefix || VENDOR_PREFIXES.some(({ vendor }) => vendor === full)) continue;
    const remainder = full.slice(prefix.vendor.length + 1);
    if (!/^[A-Za-z.]/.test(remainder)) continue;
    if (full === name && prefix.dropped && !GENERIC_WORDS.has(remainder.toLowerCase())) { spellings.push(name); name = remainder; continue; }
    if (isSpecific(remainder, prefix.vendor)) strong.push(remainder);
    else lookupOnly.push(remainder);
  }
  strong.push(...spellings, original);
  return { name, strong: [...new Set(strong)].filter((s) => s !== name), lookupOnly: [...new Set(lookupOnly)] };
}
