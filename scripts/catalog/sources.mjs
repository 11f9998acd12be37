// Readers: each public taxonomy -> a list of "records" (one skill as that source sees it), in file order.
// A record: { src, name, nameRank, strong[], weak[], lookupOnly[], category, categoryRank, description?,
//             source: {…}, hot?, inDemand?, mergeOnly? }.
// strong aliases may merge two records into one entry; weak aliases (e.g. ESCO altLabels, which mix related
// tools into a concept: "computer vision" lists "tensorflow") are only kept as aliases.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsvObjects, readTsvObjects } from './csv.mjs';
import { cleanLabel, truncateDescription } from './normalize.mjs';
import {
  categoryForDeviconTags, categoryForEscoDigital, categoryForEscoTransversal, categoryForLinguistType,
  categoryForOnetCommodity,
} from './categories.mjs';
import { deriveOnetNames } from './onet-names.mjs';
import { isEscoSynonym, isSpellingOf, isVersionOrFacetOf } from './junk-aliases.mjs';

export const NAME_RANK = { curated: 100, linguist: 80, simpleIcons: 70, onet: 50, devicon: 35, esco: 30 };

const read = (dir, ...parts) => readFileSync(join(dir, ...parts), 'utf8');

// ── ESCO ─────────────────────────────────────────────────────────────────────────────────────────────
const ESCO_COLLECTIONS = [
  { file: 'digitalSkillsCollection_en.csv', kind: 'digital' },
  { file: 'digCompSkillsCollection_en.csv', kind: 'digital' },
  { file: 'transversalSkillsCollection_en.csv', kind: 'transversal' },
  { file: 'languageSkillsCollection_en.csv', kind: 'language' },
  { file: 'researchSkillsCollection_en.csv', kind: 'research' },
];

/**
 * Lower-cased words of ESCO's and O*NET's prose: a stand-in English vocabulary that tells a kind of software
 * ("Accounting software") from a product ("Alteryx software").
 */
export function englishVocabulary(dataDir) {
  const words = new Set();
  // Only words written in lower case in running prose: product names there are capitalized ("The tool Ansible").
  const add = (text) => { for (const w of text.match(/(?<![\p{L}\p{N}])[a-z]+(?![\p{L}\p{N}])/gu) ?? []) words.add(w); };
  for (const { file } of ESCO_COLLECTIONS) {
    for (const row of readCsvObjects(read(dataDir, 'esco-1.2.0', file))) add(row.description);
  }
  for (const row of readTsvObjects(read(dataDir, 'onet-29.2', 'Occupation Data.txt'))) add(`${row.Title} ${row.Description}`);
  for (const row of readTsvObjects(read(dataDir, 'onet-29.2', 'Content Model Reference.txt'))) add(row.Description);
  for (const row of readTsvObjects(read(dataDir, 'onet-29.2', 'UNSPSC Reference.txt'))) add(row['Commodity Title']);
  return words;
}

function escoCategory(kind, label, broader) {
  if (kind === 'language') return 'Languages (human)';
  if (kind === 'research') return 'Research';
  if (kind === 'transversal') return categoryForEscoTransversal(label, broader);
  return categoryForEscoDigital(label, broader);
}

/** ESCO labels are lower case ("machine learning"); names start upper case unless they are product-styled. */
function sentenceCase(label) {
  return /^[a-z]+(\s|$)/.test(label) ? label[0].toUpperCase() + label.slice(1) : label;
}

export function readEsco(dataDir, englishWords) {
  const records = [];
  const seen = new Set();
  for (const { file, kind } of ESCO_COLLECTIONS) {
    for (const row of readCsvObjects(read(dataDir, 'esco-1.2.0', file))) {
      const uri = row.conceptUri.trim();
      if (!uri || seen.has(uri) || row.status !== 'released') continue;
      seen.add(uri);
      const label = cleanLabel(row.preferredLabel);
      // "Python (computer programming)": the bare name is the practitioners' spelling.
      const bare = label.replace(/\s*\((computer programming|programming language|software)\)$/i, '');
      // Junk rules 2 and 3 (junk-aliases.mjs): examples listed under a generic concept, versions and facets.
      const alt = row.altLabels.split(' | ').map(cleanLabel).filter(Boolean)
        .filter((a) => isEscoSynonym(a, label) && !isVersionOrFacetOf(a, bare));
      const broader = row.broaderConceptPT.split(' | ').map(cleanLabel).join(' | ');
      // Product labels ("Adobe Photoshop", "Apache Maven") get the same vendor/acronym spellings as O*NET's.
      const product = /^[A-Z]/.test(bare) ? deriveOnetNames(bare, englishWords) : { name: bare, strong: [], lookupOnly: [] };
      const spellings = [product.name, ...product.strong].filter((n) => n !== bare);
      const programming = bare !== label && /\(computer programming\)$/i.test(label);
      records.push({
        src: 'esco',
        name: sentenceCase(bare),
        nameRank: NAME_RANK.esco,
        strong: [...(bare !== label ? [label] : []), ...spellings],
        weak: alt,
        lookupOnly: product.lookupOnly,
        category: escoCategory(kind, label, broader),
        categoryRank: 40,
        description: row.description.trim() ? truncateDescription(row.description) : undefined,
        source: { esco: uri },
        // The name to fall back on when a higher-precedence source claims the bare one ("ML" = machine learning).
        qualified: [programming ? `${bare} (programming language)` : label, `${sentenceCase(bare)} (ESCO)`],
      });
    }
  }
  return records;
}

const CLOUD_PRODUCT = /^(AWS|Amazon (EC2|S3|Elastic|Simple|Redshift|DynamoDB|Aurora|RDS|Lambda|CloudWatch|SageMaker)|Microsoft Azure|Azure|Google Cloud|Google BigQuery|Oracle Cloud|IBM Cloud)\b/;

const STATISTICS_PRODUCT = /statistic|\bSPSS\b|\bStata\b|Minitab|\bJMP\b|\bSAS\b|EViews|MATLAB|RStudio|Jupyter/i;

// ── O*NET Technology Skills ──────────────────────────────────────────────────────────────────────────
export function readOnet(dataDir, englishWords) {
  const byExample = new Map();
  for (const row of readTsvObjects(read(dataDir, 'onet-29.2', 'Technology Skills.txt'))) {
    const example = row.Example.trim();
    let agg = byExample.get(example);
    if (!agg) byExample.set(example, (agg = { commodities: new Map(), hot: false, inDemand: false, occupations: new Set(), inDemandFor: new Set() }));
    agg.commodities.set(row['Commodity Title'], (agg.commodities.get(row['Commodity Title']) ?? 0) + 1);
    agg.hot ||= row['Hot Technology'] === 'Y';
    agg.inDemand ||= row['In Demand'] === 'Y';
    // Hot Technology is a flag of the technology; In Demand is per occupation (job postings for that job).
    agg.occupations.add(row['O*NET-SOC Code']);
    if (row['In Demand'] === 'Y') agg.inDemandFor.add(row['O*NET-SOC Code']);
  }
  const records = [];
  for (const [example, agg] of [...byExample].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // The commodity most occupations file it under; ties broken by title for determinism.
    const [commodity] = [...agg.commodities].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    const { name, strong, lookupOnly } = deriveOnetNames(example, englishWords);
    records.push({
      src: 'onet', name, nameRank: NAME_RANK.onet, strong, weak: [], lookupOnly,
      // Commodity codes file cloud services under storage, networking, etc.; the vendor says more.
      category: CLOUD_PRODUCT.test(name) ? 'Cloud & Platform'
        : STATISTICS_PRODUCT.test(example) ? 'Data Science & Analytics' : categoryForOnetCommodity(commodity),
      categoryRank: 50,
      source: { onet: example },
      hot: agg.hot || undefined, inDemand: agg.inDemand || undefined,
      occupations: agg.occupations, inDemandFor: agg.inDemandFor,
      qualified: [example, `${name} (O*NET)`],
    });
  }
  return records;
}

// ── Linguist ─────────────────────────────────────────────────────────────────────────────────────────
const LINGUIST_PROSE_KEPT = new Set(['Markdown', 'reStructuredText', 'AsciiDoc']);

export function readLinguist(dataDir) {
  const languages = JSON.parse(read(dataDir, 'linguist', 'languages.json'));
  return Object.entries(languages)
    .filter(([name, lang]) => lang.type !== 'prose' || LINGUIST_PROSE_KEPT.has(name))
    .map(([name, lang]) => ({
      // Junk rule 1 (junk-aliases.mjs): Linguist aliases are code-fence identifiers; keep spellings of the name.
      src: 'linguist', name, nameRank: NAME_RANK.linguist, strong: [],
      weak: (lang.aliases ?? []).filter((a) => isSpellingOf(a, name)), lookupOnly: [],
      category: categoryForLinguistType(lang.type), categoryRank: 80,
      source: { linguist: name },
      qualified: [lang.type === 'programming' ? `${name} (programming language)` : `${name} (${lang.type} format)`],
    }));
}

// ── devicon ──────────────────────────────────────────────────────────────────────────────────────────
export function readDevicon(dataDir, simpleIconsTitleOf) {
  const icons = JSON.parse(read(dataDir, 'devicon', 'devicon.json'));
  return icons.map((icon) => {
    // Junk rule 1: a lower-case altname must be a spelling of the slug ("jestjs" is listed on jekyll, "x" on
    // twitter); capitalized altnames are display names ("Autodesk 3ds Max") and stay.
    const altnames = (icon.altnames ?? []).map(cleanLabel).filter((a) => a && (/[A-Z]/.test(a) || isSpellingOf(a, icon.name)));
    // devicon has slugs, not display names: prefer Simple Icons' spelling, then a cased altname.
    // (slug only: altnames are loose — twitter's altname "x" would rename it after Simple Icons' "X")
    const siTitle = simpleIconsTitleOf(icon.name);
    const casedAlt = altnames.find((a) => /[A-Z]/.test(a) && !/^the /i.test(a));
    const name = siTitle ?? casedAlt ?? icon.name[0].toUpperCase() + icon.name.slice(1);
    return {
      src: 'devicon', name, nameRank: siTitle ? NAME_RANK.simpleIcons : NAME_RANK.devicon,
      strong: [icon.name], weak: altnames, lookupOnly: altnames,
      category: categoryForDeviconTags(icon.tags ?? []), categoryRank: 45,
      source: siTitle ? { devicon: icon.name, simpleIcons: siTitle } : { devicon: icon.name },
      qualified: [`${name} (devicon: ${icon.name})`],
    };
  });
}

// ── Simple Icons (CC0; many non-tech brands, so it never creates entries unless allowlisted) ─────────
export function readSimpleIcons(dataDir) {
  return JSON.parse(read(dataDir, 'simple-icons', 'simple-icons.json')).map((icon) => {
    const a = icon.aliases ?? {};
    const other = [...(a.aka ?? []), ...(a.old ?? []), ...(a.dup ?? []).map((d) => d.title)].map(cleanLabel);
    return { title: cleanLabel(icon.title), aliases: [...new Set(other)].filter((x) => x && x !== icon.title) };
  });
}

export function simpleIconsRecord(icon, category, mergeOnly) {
  return {
    src: 'simpleIcons', name: icon.title, nameRank: NAME_RANK.simpleIcons, strong: [], weak: icon.aliases,
    lookupOnly: icon.aliases, category, categoryRank: category ? 60 : 0,
    source: { simpleIcons: icon.title }, mergeOnly,
    qualified: [`${icon.title} (Simple Icons)`],
  };
}
