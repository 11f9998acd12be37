// Merging records from every source into one entry per skill, then making every name unique.
import { normalizeKey, slugify } from './normalize.mjs';

// Sources whose names are specific product/language names, so a bare vendor-stripped word
// ("Oracle Java" -> "Java") may safely point at them.
const SPECIFIC_SOURCES = ['curated', 'linguist', 'devicon', 'simpleIcons'];
const TECH_SOURCES = ['curated', 'linguist', 'devicon', 'onet'];

const TIER = { name: 0, curated: 1, strong: 2, weak: 3 };

/**
 * Who owns a name or alias that two different skills claim: the skill from the earlier source here.
 * (The *spelling* of one merged skill's name is another matter: NAME_RANK in sources.mjs.)
 */
export const OWNERSHIP = ['curated', 'onet', 'linguist', 'devicon', 'simpleIcons', 'esco'];

function newEntry(order) {
  return {
    order, name: '', nameRank: -1, aliasCandidates: [], category: 'Other Digital Skills', categoryRank: -1,
    description: undefined, source: {}, sources: new Set(), hot: false, inDemand: false, curated: undefined,
    qualified: [], occupations: new Set(), inDemandFor: new Set(), onetExamples: [],
  };
}

function addAll(set, values) {
  for (const v of values ?? []) set.add(v);
}

function absorb(entry, rec) {
  const curated = rec.src === 'curated';
  if (rec.nameRank > entry.nameRank) {
    if (entry.name) entry.aliasCandidates.push({ text: entry.name, tier: TIER.strong });
    entry.name = rec.name;
    entry.nameRank = rec.nameRank;
  } else if (rec.name !== entry.name) {
    entry.aliasCandidates.push({ text: rec.name, tier: TIER.strong });
  }
  for (const text of rec.strong) entry.aliasCandidates.push({ text, tier: curated ? TIER.curated : TIER.strong });
  // Short curated aliases ("ML", "CV", "HF") claim the name without joining records that bear it.
  for (const text of rec.claims ?? []) entry.aliasCandidates.push({ text, tier: TIER.curated });
  for (const text of rec.weak) entry.aliasCandidates.push({ text, tier: TIER.weak });
  entry.qualified.push(...(rec.qualified ?? []));
  if (rec.src === 'onet') entry.onetExamples.push(rec.source.onet);
  addAll(entry.occupations, rec.occupations);
  addAll(entry.inDemandFor, rec.inDemandFor);
  if (rec.category && rec.categoryRank > entry.categoryRank) {
    entry.category = rec.category;
    entry.categoryRank = rec.categoryRank;
  }
  if (rec.description && (!entry.description || curated)) entry.description = rec.description;
  for (const [key, value] of Object.entries(rec.source)) if (entry.source[key] === undefined) entry.source[key] = value;
  entry.sources.add(rec.src);
  entry.hot ||= Boolean(rec.hot);
  entry.inDemand ||= Boolean(rec.inDemand);
  if (curated) entry.curated = rec.curated;
}

/** Folds entry `from` into `into` when a record shows they are the same skill. */
function absorbEntry(into, from) {
  if (into.curated && from.curated) throw new Error(`curated skills '${into.name}' and '${from.name}' name the same skill`);
  if (from.nameRank > into.nameRank) {
    into.aliasCandidates.push({ text: into.name, tier: TIER.strong });
    into.name = from.name;
    into.nameRank = from.nameRank;
  } else {
    into.aliasCandidates.push({ text: from.name, tier: TIER.strong });
  }
  into.aliasCandidates.push(...from.aliasCandidates);
  into.qualified.push(...from.qualified);
  into.onetExamples.push(...from.onetExamples);
  addAll(into.occupations, from.occupations);
  addAll(into.inDemandFor, from.inDemandFor);
  if (from.categoryRank > into.categoryRank) {
    into.category = from.category;
    into.categoryRank = from.categoryRank;
  }
  if (from.description && (!into.description || from.curated)) into.description = from.description;
  for (const [key, value] of Object.entries(from.source)) if (into.source[key] === undefined) into.source[key] = value;
  for (const src of from.sources) into.sources.add(src);
  into.hot ||= from.hot;
  into.inDemand ||= from.inDemand;
  into.curated ??= from.curated;
  from.mergedInto = into;
}

/** Follows merges to the entry that now stands for a skill. */
function live(entry) {
  let e = entry;
  while (e?.mergedInto) e = e.mergedInto;
  return e;
}

/** Folds records (highest-priority source first) into entries; returns entries in creation order. */
export function mergeRecords(records) {
  const entries = [];
  const index = new Map(); // normalized name or strong alias -> entry (possibly merged since: use live())
  const stats = { skippedMergeOnly: 0, entriesJoined: 0 };
  for (let rec of records) {
    const keys = [rec.name, ...rec.strong].map(normalizeKey).filter(Boolean);
    const hits = [...new Set(keys.map((k) => live(index.get(k))).filter(Boolean))];
    let target = hits[0];
    if (!target) {
      target = rec.lookupOnly.map((t) => live(index.get(normalizeKey(t))))
        .find((e) => e && SPECIFIC_SOURCES.some((s) => e.sources.has(s)));
      // Found only through a secondary spelling (Simple Icons' "X" via its old name "Twitter"):
      // the record's own name may become an alias but must not rename the entry.
      if (target) rec = { ...rec, nameRank: -1 };
    }
    if (rec.mergeOnly && !(target && TECH_SOURCES.some((s) => target.sources.has(s)))) {
      stats.skippedMergeOnly++;
      continue;
    }
    if (!target) entries.push((target = newEntry(entries.length)));
    // The record names two entries at once ("Adobe Photoshop" = ESCO's "Adobe Photoshop" = devicon's
    // "photoshop"): they are one skill. Mergeonly records (Simple Icons) are too loose to join entries.
    if (!rec.mergeOnly) {
      for (const other of hits.slice(1)) {
        if (other.curated && target.curated) continue;
        const [keep, drop] = other.order < target.order ? [other, target] : [target, other];
        absorbEntry(keep, drop);
        target = keep;
        stats.entriesJoined++;
      }
    }
    absorb(target, rec);
    for (const k of keys) if (!index.has(k)) index.set(k, target);
  }
  return { entries: entries.filter((e) => !e.mergedInto), stats };
}

/** An entry's rank in OWNERSHIP: that of the highest-precedence source it has data from. */
function precedence(entry) {
  return Math.min(...[...entry.sources].map((src) => OWNERSHIP.indexOf(src)));
}

/**
 * Gives every normalized name/alias to exactly one entry, in this order: curated names, curated aliases (a
 * collision between two curated skills is an error), the other entries' names, then strong and then weak
 * generated aliases — each step over the entries in OWNERSHIP order (curated > O*NET > Linguist > devicon >
 * Simple Icons > ESCO), then in creation order. An entry whose name an earlier claim holds ("ML", claimed by
 * the curated Machine Learning, is also ESCO's name for the ML language) takes its first free qualified name
 * ("ML (programming language)"). Aliases that lose are dropped and counted.
 */
export function resolveAliases(entries) {
  const ordered = [...entries].sort((a, b) => precedence(a) - precedence(b) || a.order - b.order);
  const owner = new Map();
  const dropped = { curated: 0, strong: 0, weak: 0, redundant: 0 };
  const droppedCurated = [];
  const renamed = [];
  for (const e of ordered) e.aliases = [];
  const curated = ordered.filter((e) => e.curated);
  for (const e of curated) {
    const key = normalizeKey(e.name);
    if (owner.has(key)) throw new Error(`two curated skills share the name '${e.name}' / '${owner.get(key).name}'`);
    owner.set(key, e);
  }
  const claimAliases = (list, tier) => {
    const tierName = Object.keys(TIER).find((k) => TIER[k] === tier);
    for (const e of list) {
      for (const { text, tier: t } of e.aliasCandidates) {
        if (t !== tier) continue;
        const key = normalizeKey(text);
        if (!key) continue;
        const holder = owner.get(key);
        if (holder === e) {
          // Curated spellings are kept verbatim even when they only differ in case/punctuation ("ML Ops").
          if (tier === TIER.curated && text !== e.name && !e.aliases.includes(text)) e.aliases.push(text);
          else dropped.redundant++;
        } else if (holder) {
          dropped[tierName]++;
          if (tier === TIER.curated) droppedCurated.push(`${e.name}: '${text}' (already ${holder.name})`);
        } else {
          owner.set(key, e);
          e.aliases.push(text);
        }
      }
    }
  };
  claimAliases(curated, TIER.curated);
  for (const e of ordered) {
    if (e.curated) continue;
    if (owner.has(normalizeKey(e.name))) {
      const free = e.qualified.find((q) => !owner.has(normalizeKey(q)));
      if (!free) throw new Error(`no free name for '${e.name}' (${[...e.sources].join(', ')}): tried ${e.qualified.join(', ')}`);
      renamed.push(`${e.name} -> ${free} (the name belongs to ${owner.get(normalizeKey(e.name)).name})`);
      e.name = free;
    }
    owner.set(normalizeKey(e.name), e);
  }
  claimAliases(ordered, TIER.strong);
  claimAliases(ordered, TIER.weak);
  return { dropped, droppedCurated, renamed };
}

/** Assigns ids: curated ids as written, others slugged from the name; clashes get a numeric suffix. */
export function assignIds(entries) {
  const taken = new Set(entries.filter((e) => e.curated).map((e) => e.curated.id));
  for (const e of entries) {
    if (e.curated) { e.id = e.curated.id; continue; }
    const base = slugify(e.name) || slugify(Object.values(e.source).join(' ')) || 'skill';
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    e.id = id;
  }
}

/** Fails on prerequisites that name unknown ids or form a cycle. Returns the list of problems. */
export function checkPrerequisites(skills) {
  const byId = new Map(skills.map((s) => [s.id, s]));
  const problems = [];
  for (const s of skills) {
    for (const r of s.requires) if (!byId.has(r.skill)) problems.push(`${s.id} requires unknown skill '${r.skill}'`);
  }
  const state = new Map(); // 1 = on the current path, 2 = done
  const visit = (id, path) => {
    if (state.get(id) === 2) return;
    if (state.get(id) === 1) { problems.push(`prerequisite cycle: ${[...path.slice(path.indexOf(id)), id].join(' -> ')}`); return; }
    state.set(id, 1);
    for (const r of byId.get(id)?.requires ?? []) if (byId.has(r.skill)) visit(r.skill, [...path, id]);
    state.set(id, 2);
  };
  for (const s of skills) visit(s.id, []);
  return problems;
}
