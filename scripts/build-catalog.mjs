#!/usr/bin/env node
// Generates server/src/catalog/data/builtin-catalog.json from the public taxonomies plus the curated layer.
// Usage: node scripts/build-catalog.mjs [--data <dir>] [--out <file>]
//   --data defaults to $SKILLGAP_DATA, then ../shared/data next to the repo. Only this script reads it;
//   the product ships the generated JSON and never touches the data at build or run time.
// Output is deterministic: the same inputs give byte-identical JSON.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { CATEGORIES } from './catalog/categories.mjs';
import { ID_PATTERN, normalizeKey } from './catalog/normalize.mjs';
import {
  NAME_RANK, englishVocabulary, readDevicon, readEsco, readLinguist, readOnet, readSimpleIcons, simpleIconsRecord,
} from './catalog/sources.mjs';
import { assignIds, checkPrerequisites, mergeRecords, resolveAliases } from './catalog/merge.mjs';
import { effortProblems } from './catalog/effort.mjs';

const CATALOG_VERSION = '2026.12.01'; // bump when sources or curated.yaml change
const GENERATED_FROM = [
  { name: 'ESCO classification (European Commission)', version: '1.2.0', licence: 'CC BY 4.0 / Commission reuse policy (Decision 2011/833/EU); modified' },
  { name: 'O*NET Technology Skills (USDOL/ETA)', version: '29.2', licence: 'CC BY 4.0; modified' },
  { name: 'GitHub Linguist languages.yml', version: 'b45dbe9b2825a43285bcd035861be91cc0a7299e', licence: 'MIT' },
  { name: 'devicon', version: '2.17.0', licence: 'MIT' },
  { name: 'Simple Icons', version: '16.28.0', licence: 'CC0 1.0' },
  { name: 'Skillgap curated layer', version: CATALOG_VERSION, licence: 'MIT' },
];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const args = { data: process.env.SKILLGAP_DATA || resolve(root, '../shared/data'), out: join(root, 'server/src/catalog/data/builtin-catalog.json') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--data') args.data = resolve(argv[++i]);
    else if (argv[i] === '--out') args.out = resolve(argv[++i]);
    else throw new Error(`unknown argument '${argv[i]}' (usage: build-catalog.mjs [--data <dir>] [--out <file>])`);
  }
  return args;
}

function fail(problems) {
  for (const p of problems) console.error(`error: ${p}`);
  process.exit(1);
}

function readCurated() {
  const doc = parseYaml(readFileSync(join(root, 'scripts/catalog/curated.yaml'), 'utf8'));
  const problems = [];
  for (const s of doc.skills) {
    if (!ID_PATTERN.test(s.id)) problems.push(`curated id '${s.id}' is not kebab-case`);
    if (!CATEGORIES.includes(s.category)) problems.push(`curated ${s.id}: unknown category '${s.category}'`);
    if (!s.description || !s.resources?.length) problems.push(`curated ${s.id}: needs a description and a resource`);
    if ('hoursPerLevel' in s) problems.push(`curated ${s.id}: write effort: { hoursPerLevel: n } (or effort: { hours: [5 numbers] }), not hoursPerLevel`);
    for (const p of effortProblems(s.effort)) problems.push(`curated ${s.id}: ${p}`);
    for (const r of s.resources ?? []) {
      if (!/^https:\/\//.test(r.url) || !r.provider || !r.title) problems.push(`curated ${s.id}: resource needs title, provider, https url`);
      if (r.cost > 0 && !r.currency) problems.push(`curated ${s.id}: paid resource '${r.title}' needs a currency`);
    }
  }
  for (const [title, category] of Object.entries(doc.simpleIconsAllowlist)) {
    if (!CATEGORIES.includes(category)) problems.push(`allowlist ${title}: unknown category '${category}'`);
  }
  if (problems.length) fail(problems);
  const records = doc.skills.map((s) => ({
    src: 'curated', name: s.name, nameRank: NAME_RANK.curated, strong: s.aliases ?? [], weak: [], lookupOnly: [],
    category: s.category, categoryRank: 100, description: s.description, source: { curated: true },
    curated: s,
  }));
  return { records, allowlist: doc.simpleIconsAllowlist };
}

const RESOURCE_KEYS = ['title', 'provider', 'url', 'hours', 'cost', 'currency', 'levels', 'certificate'];
const SOURCE_KEYS = ['esco', 'onet', 'linguist', 'devicon', 'simpleIcons', 'curated'];

/**
 * Fixed key order; undefined fields and empty arrays (aliases, requires, resources) left out to keep the file
 * small — the loader restores the empty arrays.
 */
function toJsonSkill(e) {
  const c = e.curated;
  const present = (v) => v !== undefined && !(Array.isArray(v) && v.length === 0);
  const pick = (obj, keys) => Object.fromEntries(keys.filter((k) => present(obj[k])).map((k) => [k, obj[k]]));
  return pick({
    id: e.id,
    name: e.name,
    aliases: e.aliases,
    category: e.category,
    description: e.description,
    requires: (c?.requires ?? []).map((r) => ({ skill: r.skill, level: r.level })),
    effort: c?.effort,
    evidence: c?.evidence,
    resources: (c?.resources ?? []).map((r) => pick(r, RESOURCE_KEYS)),
    source: pick(e.source, SOURCE_KEYS),
    hot: e.hot || undefined,
    inDemand: e.inDemand || undefined,
  }, ['id', 'name', 'aliases', 'category', 'description', 'requires', 'effort', 'evidence', 'resources', 'source', 'hot', 'inDemand']);
}

function main() {
  const started = performance.now();
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(args.data)) fail([`data directory not found: ${args.data} (use --data <dir> or SKILLGAP_DATA)`]);

  const curated = readCurated();
  const icons = readSimpleIcons(args.data);
  const iconTitleByKey = new Map();
  for (const icon of icons) if (!iconTitleByKey.has(normalizeKey(icon.title))) iconTitleByKey.set(normalizeKey(icon.title), icon.title);
  const simpleIconsTitleOf = (name) => iconTitleByKey.get(normalizeKey(name));

  const english = englishVocabulary(args.data);
  const perSource = {
    curated: curated.records,
    linguist: readLinguist(args.data),
    devicon: readDevicon(args.data, simpleIconsTitleOf),
    simpleIconsAllowlisted: icons.filter((i) => curated.allowlist[i.title]).map((i) => simpleIconsRecord(i, curated.allowlist[i.title], false)),
    esco: readEsco(args.data, english),
    onet: readOnet(args.data, english),
    simpleIconsMatched: icons.filter((i) => !curated.allowlist[i.title]).map((i) => simpleIconsRecord(i, undefined, true)),
  };
  const missingAllow = Object.keys(curated.allowlist).filter((t) => !icons.some((i) => i.title === t));
  if (missingAllow.length) fail([`allowlisted titles not in Simple Icons: ${missingAllow.join(', ')}`]);

  // Order = priority: earlier sources claim names first; the curated layer's fields win by rank.
  const { entries, stats } = mergeRecords(Object.values(perSource).flat());
  const { dropped, droppedCurated } = resolveAliases(entries);
  if (droppedCurated.length) fail(droppedCurated.map((d) => `curated alias collides: ${d}`));
  assignIds(entries);

  const skills = entries.map(toJsonSkill).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const problems = checkPrerequisites(skills.map((s) => ({ id: s.id, requires: s.requires ?? [] })));
  if (problems.length) fail(problems);

  const file = { version: CATALOG_VERSION, generatedFrom: GENERATED_FROM, skills };
  const json = `${JSON.stringify(file)}\n`;
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, json);

  const names = skills.reduce((n, s) => n + 1 + (s.aliases?.length ?? 0), 0);
  const withSource = (k) => skills.filter((s) => s.source[k] !== undefined).length;
  console.log(`wrote ${args.out}`);
  console.log(`skills: ${skills.length}   names+aliases: ${names}   bytes: ${Buffer.byteLength(json)}`);
  console.log(`records read: ${Object.entries(perSource).map(([k, v]) => `${k} ${v.length}`).join(', ')}`);
  console.log(`skills per source: ${SOURCE_KEYS.map((k) => `${k} ${withSource(k)}`).join(', ')}`);
  console.log(`hot: ${skills.filter((s) => s.hot).length}, inDemand: ${skills.filter((s) => s.inDemand).length}, with description: ${skills.filter((s) => s.description).length}`);
  console.log(`aliases dropped as colliding with another skill: strong ${dropped.strong}, weak ${dropped.weak} (curated ${dropped.curated}); duplicates within a skill: ${dropped.redundant}`);
  console.log(`Simple Icons titles ignored (no matching tech skill): ${stats.skippedMergeOnly}; entries found to be one skill and joined: ${stats.entriesJoined}`);
  console.log(`categories: ${CATEGORIES.map((c) => `${c} ${skills.filter((s) => s.category === c).length}`).join(', ')}`);
  console.log(`took ${Math.round(performance.now() - started)} ms`);
}

main();
