#!/usr/bin/env node
// Generates server/src/catalog/data/builtin-catalog.json from the public taxonomies plus the curated layer.
// Usage: node scripts/build-catalog.mjs [--data <dir>] [--out <file>]
//   --data defaults to $SKILLGAP_DATA, then ../shared/data next to the repo. Only this script reads it;
//   the product ships the generated JSON and never touches the data at build or run time.
// Output is deterministic: the same inputs give byte-identical JSON.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { CATEGORIES } from './catalog/categories.mjs';
import { ID_PATTERN, normalizeKey } from './catalog/normalize.mjs';
import {
  NAME_RANK, englishVocabulary, readDevicon, readEsco, readLinguist, readOnet, readSimpleIcons, simpleIconsRecord,
} from './catalog/sources.mjs';
import { assignIds, checkPrerequisites, mergeRecords, resolveAliases } from './catalog/merge.mjs';
import { expandEffort } from './catalog/effort-classes.mjs';
import { effortProblems } from './catalog/effort.mjs';

const CATALOG_VERSION = '2026.12.01'; // bump when sources or curated.yaml change
// `released`: the month of each snapshot, from its SOURCE.md (ESCO v1.2.0 May 2024; O*NET 29.2 February 2025;
// the Linguist, devicon and Simple Icons commits' dates). Reports cite O*NET demand with it.
const GENERATED_FROM = [
  { name: 'ESCO classification (European Commission)', version: '1.2.0', released: '2024-05', licence: 'CC BY 4.0 / Commission reuse policy (Decision 2011/833/EU); modified' },
  { name: 'O*NET Technology Skills (USDOL/ETA)', version: '29.2', released: '2025-02', licence: 'CC BY 4.0; modified' },
  { name: 'GitHub Linguist languages.yml', version: 'b45dbe9b2825a43285bcd035861be91cc0a7299e', released: '2026-08', licence: 'MIT' },
  { name: 'devicon', version: '2.17.0', released: '2025-07', licence: 'MIT' },
  { name: 'Simple Icons', version: '16.28.0', released: '2026-08', licence: 'CC0 1.0' },
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

/** The curated layer: scripts/catalog/curated.yaml, then scripts/catalog/curated/*.yaml in name order. */
function readCuratedFiles() {
  const dir = join(root, 'scripts/catalog/curated');
  const files = [join(root, 'scripts/catalog/curated.yaml'), ...readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(dir, f))];
  const doc = { skills: [], simpleIconsAllowlist: {}, ambiguous: {}, separate: {} };
  for (const file of files) {
    const part = parseYaml(readFileSync(file, 'utf8')) ?? {};
    const unknown = Object.keys(part).filter((k) => !(k in doc));
    if (unknown.length) fail([`${file}: unknown top-level key(s) ${unknown.join(', ')}`]);
    doc.skills.push(...(part.skills ?? []));
    Object.assign(doc.simpleIconsAllowlist, part.simpleIconsAllowlist);
    Object.assign(doc.ambiguous, part.ambiguous);
    Object.assign(doc.separate, part.separate);
  }
  return doc;
}

const CURATED_KEYS = new Set(['id', 'name', 'aliases', 'claims', 'category', 'description', 'requires', 'effort', 'evidence', 'resources', 'relatedSkills']);

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Aliases whose normalized form is this short, and those listed under `claims`, claim a name without joining
 * records that bear it (merge.mjs): "ML" names Machine Learning, yet ESCO's ML language stays its own skill;
 * "SOLID" names the SOLID principles without absorbing Simple Icons' "Solid" (SolidJS).
 */
const CLAIM_LENGTH = 3;

function readCurated() {
  const doc = readCuratedFiles();
  const problems = [];
  const ids = new Set();
  for (const s of doc.skills) {
    if (!ID_PATTERN.test(s.id)) problems.push(`curated id '${s.id}' is not kebab-case`);
    if (ids.has(s.id)) problems.push(`curated id '${s.id}' appears twice`);
    ids.add(s.id);
    for (const k of Object.keys(s)) if (!CURATED_KEYS.has(k)) problems.push(`curated ${s.id}: unknown key '${k}'`);
    if (!CATEGORIES.includes(s.category)) problems.push(`curated ${s.id}: unknown category '${s.category}'`);
    if (!s.description || !s.resources?.length) problems.push(`curated ${s.id}: needs a description and a resource`);
    if ('hoursPerLevel' in s) problems.push(`curated ${s.id}: write effort: { hoursPerLevel: n } (or effort: { hours: [5 numbers] }), not hoursPerLevel`);
    if (s.effort === undefined) problems.push(`curated ${s.id}: needs an effort (a class such as M, or { hours: [5 numbers] })`);
    s.effort = expandEffort(s.effort);
    for (const p of effortProblems(s.effort)) problems.push(`curated ${s.id}: ${p}`);
    for (const r of s.resources ?? []) {
      // Only the catalog format's keys (written out in RESOURCE_KEYS' order): anything else is a typo, or an unquoted comma in a flow mapping.
      for (const k of Object.keys(r)) if (!RESOURCE_KEYS.includes(k)) problems.push(`curated ${s.id}: resource '${r.title}' has an unknown key '${k}' (quote a title that holds a comma)`);
      if (!/^https:\/\//.test(r.url) || !r.provider || !r.title) problems.push(`curated ${s.id}: resource needs title, provider, https url`);
      if (!(r.hours > 0) || !Array.isArray(r.levels)) problems.push(`curated ${s.id}: resource '${r.title}' needs hours and levels`);
      // A price is a dated claim: it states when and where it was read, or it is left out ("price not stated").
      if (r.cost > 0 && !(r.currency && MONTH.test(r.costAsOf ?? '') && r.costSource)) {
        problems.push(`curated ${s.id}: paid resource '${r.title}' needs currency, costAsOf (YYYY-MM) and costSource, or no cost`);
      }
    }
  }
  for (const [title, category] of Object.entries(doc.simpleIconsAllowlist)) {
    if (!CATEGORIES.includes(category)) problems.push(`allowlist ${title}: unknown category '${category}'`);
  }
  if (problems.length) fail(problems);
  const records = doc.skills.map((s) => ({
    src: 'curated', name: s.name, nameRank: NAME_RANK.curated,
    strong: (s.aliases ?? []).filter((a) => normalizeKey(a).length > CLAIM_LENGTH),
    claims: [...(s.aliases ?? []).filter((a) => normalizeKey(a).length <= CLAIM_LENGTH), ...(s.claims ?? [])],
    weak: [], lookupOnly: [],
    category: s.category, categoryRank: 100, description: s.description, source: { curated: true },
    curated: s,
  }));
  return { records, allowlist: doc.simpleIconsAllowlist, ambiguous: doc.ambiguous, separate: doc.separate };
}

/**
 * Records listed under `separate` (names.yaml) are a different skill from the one their name would join:
 * they take their qualified name, and their other names become weak aliases that never merge.
 */
function applySeparate(perSource, separate) {
  const missing = [];
  for (const [src, names] of Object.entries(separate)) {
    for (const name of names) {
      const rec = perSource[src]?.find((r) => r.name === name || r.source[src] === name);
      if (!rec) { missing.push(`separate: no ${src} record named '${name}'`); continue; }
      rec.weak = [...new Set([rec.name, ...rec.strong, ...rec.weak])].filter((n) => n !== rec.qualified[0]);
      rec.name = rec.qualified[0];
      rec.strong = [];
      rec.lookupOnly = [];
    }
  }
  if (missing.length) fail(missing);
}

/**
 * Declared ambiguous abbreviations ("tf": TensorFlow or Terraform): the alias goes to every skill listed, and
 * to no other, so resolving it reports `ambiguous-skill` with each meaning instead of guessing one.
 */
function applyAmbiguous(entries, ambiguous) {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const problems = [];
  for (const [alias, ids] of Object.entries(ambiguous)) {
    const key = normalizeKey(alias);
    if (!Array.isArray(ids) || ids.length < 2) problems.push(`ambiguous '${alias}': list at least two skill ids`);
    for (const e of entries) {
      if (normalizeKey(e.name) === key) problems.push(`ambiguous '${alias}' is the name of ${e.id}`);
      e.aliases = e.aliases.filter((a) => normalizeKey(a) !== key);
    }
    for (const id of ids ?? []) {
      const e = byId.get(id);
      if (!e) problems.push(`ambiguous '${alias}': unknown skill id '${id}'`);
      else e.aliases.push(alias);
    }
  }
  if (problems.length) fail(problems);
}

const RESOURCE_KEYS = ['title', 'provider', 'url', 'hours', 'cost', 'currency', 'costAsOf', 'costSource', 'levels', 'certificate'];
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
    relatedSkills: c?.relatedSkills,
    source: pick(e.source, SOURCE_KEYS),
    hot: e.hot || undefined,
    inDemand: e.inDemand || undefined,
    demand: demandOf(e),
  }, ['id', 'name', 'aliases', 'category', 'description', 'requires', 'effort', 'evidence', 'resources', 'relatedSkills', 'source', 'hot', 'inDemand', 'demand']);
}

/**
 * The O*NET demand signal: in how many occupations' Technology Skills the skill is listed, and for how many
 * of them it is flagged In Demand (summed over every O*NET example merged into the skill).
 */
function demandOf(e) {
  if (e.occupations.size === 0) return undefined;
  return e.inDemandFor.size > 0 ? { occupations: e.occupations.size, inDemand: e.inDemandFor.size } : { occupations: e.occupations.size };
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
  applySeparate(perSource, curated.separate);
  const missingAllow = Object.keys(curated.allowlist).filter((t) => !icons.some((i) => i.title === t));
  if (missingAllow.length) fail([`allowlisted titles not in Simple Icons: ${missingAllow.join(', ')}`]);

  // Order = priority: earlier sources claim names first; the curated layer's fields win by rank.
  const { entries, stats } = mergeRecords(Object.values(perSource).flat());
  const { dropped, droppedCurated, renamed } = resolveAliases(entries);
  if (droppedCurated.length) fail(droppedCurated.map((d) => `curated alias collides: ${d}`));
  assignIds(entries);
  applyAmbiguous(entries, curated.ambiguous);

  const skills = entries.map(toJsonSkill).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const problems = checkPrerequisites(skills.map((s) => ({ id: s.id, requires: s.requires ?? [] })));
  const known = new Set(skills.map((s) => s.id));
  for (const s of skills) for (const r of s.relatedSkills ?? []) if (!known.has(r)) problems.push(`${s.id}: related skill '${r}' is unknown`);
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
  if (process.env.CATALOG_VERBOSE) {
    for (const e of entries) if (e.curated && e.onetExamples.length) console.log(`  O*NET examples in ${e.id}: ${e.onetExamples.join(' | ')}`);
  }
  console.log(`names claimed by a higher-precedence source (renamed to a qualified name): ${renamed.length}${process.env.CATALOG_VERBOSE ? `\n  ${renamed.join('\n  ')}` : ''}`);
  console.log(`Simple Icons titles ignored (no matching tech skill): ${stats.skippedMergeOnly}; entries found to be one skill and joined: ${stats.entriesJoined}`);
  console.log(`categories: ${CATEGORIES.map((c) => `${c} ${skills.filter((s) => s.category === c).length}`).join(', ')}`);
  console.log(`took ${Math.round(performance.now() - started)} ms`);
}

main();
