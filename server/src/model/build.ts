// YAML nodes → typed documents. Values the schema rejected (invalidPaths) or of the wrong shape are
// left out; the schema diagnostics already report them.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { NodeReader, escapePointer, keyText } from './nodes';
import type {
  Candidate, CandidateSkill, CatalogDoc, CatalogSkillDoc, DocumentKind, Education, Market, Priority, Range,
  Requirement, Resource, Role, SkillsDocument, Spanned,
} from './types';
import { LEVEL_LABELS } from './types';

type Found = { node: Node | null; source: Node | null; keyRange?: Range; path: string };

class Builder {
  constructor(private readonly reader: NodeReader, private readonly invalid: Set<string>) {}

  child(parent: Found, key: string): Found | undefined {
    const entry = this.reader.entry(parent.node, key);
    if (!entry) return undefined;
    const path = `${parent.path}/${escapePointer(key)}`;
    if (this.invalid.has(path)) return undefined;
    return { node: entry.node, source: entry.source, keyRange: this.reader.keyRange(entry.pair), path };
  }

  map(parent: Found, key: string): Found | undefined {
    const found = this.child(parent, key);
    return found && isMap(found.node) ? found : undefined;
  }

  /** The valid items of a list value (none when the value is not a list). */
  /** `firstIndex`: the index the first item has in the whole list (incremental re-parsing reads a slice). */
  items(list: Found | undefined, firstIndex = 0): Found[] {
    if (!list || !isSeq(list.node)) return [];
    const out: Found[] = [];
    list.node.items.forEach((item, i) => {
      const path = `${list.path}/${firstIndex + i}`;
      if (this.invalid.has(path)) return;
      const source = (item as Node | null) ?? null;
      out.push({ node: this.reader.resolve(source), source, path });
    });
    return out;
  }

  private spanned<T>(found: Found | undefined, accept: (v: unknown) => T | undefined): Spanned<T> | undefined {
    if (!found || !isScalar(found.node)) return undefined;
    const value = accept(found.node.value);
    const range = this.reader.range(found.source);
    return value === undefined || !range ? undefined : { value, range };
  }

  str(found: Found | undefined): Spanned<string> | undefined {
    return this.spanned(found, (v) => (typeof v === 'string' ? v : undefined));
  }

  num(found: Found | undefined): Spanned<number> | undefined {
    return this.spanned(found, (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined));
  }

  level(found: Found | undefined): Spanned<number> | undefined {
    return this.spanned(found, toLevel);
  }

  strings(list: Found | undefined): Spanned<string>[] {
    return this.items(list).map((i) => this.str(i)).filter(isDefined);
  }

  range(found: Found): Range {
    return this.reader.range(found.source) ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  }
}

function toLevel(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 && v <= 5 ? v : undefined;
  const index = LEVEL_LABELS.indexOf(v as (typeof LEVEL_LABELS)[number]);
  return index >= 0 ? index : undefined;
}

export function buildDocument(kind: DocumentKind, reader: NodeReader, invalid: Set<string>): SkillsDocument {
  const b = new Builder(reader, invalid);
  const root: Found = { node: reader.resolve(reader.doc.contents), source: reader.doc.contents as Node | null, path: '' };
  if (kind === 'candidate') return buildCandidate(b, root);
  if (kind === 'role') return buildRole(b, root);
  return buildCatalog(b, root);
}

function buildCandidate(b: Builder, root: Found): Candidate {
  const skillsList = b.child(root, 'skills');
  const targets = b.child(root, 'targets');
  const availability = b.map(root, 'availability');
  const preferences = b.map(root, 'preferences');
  const budget = preferences && b.map(preferences, 'budget');
  const experience = b.map(root, 'experience');
  return compact<Candidate>({
    kind: 'candidate',
    name: b.str(b.child(root, 'name')),
    headline: b.str(b.child(root, 'headline')),
    summary: b.str(b.child(root, 'summary')),
    experienceYears: experience && b.num(b.child(experience, 'years')),
    education: b.items(b.child(root, 'education')).filter((i) => isMap(i.node)).map((i) =>
      compact<Education>({
        degree: b.str(b.child(i, 'degree')),
        institution: b.str(b.child(i, 'institution')),
        year: b.num(b.child(i, 'year')),
        range: b.range(i),
      })),
    skills: b.items(skillsList).flatMap((i) => buildCandidateSkill(b, i)),
    skillsKeyRange: skillsList?.keyRange,
    skillsRange: skillsList && isSeq(skillsList.node) ? b.range(skillsList) : undefined,
    targets: b.strings(targets),
    targetsKeyRange: targets?.keyRange,
    availability: availability && compact({
      hoursPerWeek: b.num(b.child(availability, 'hoursPerWeek')),
      start: b.str(b.child(availability, 'start')),
      deadlineWeeks: b.num(b.child(availability, 'deadlineWeeks')),
      keyRange: availability.keyRange!,
    }),
    preferences: preferences && compact({
      providers: b.strings(b.child(preferences, 'providers')),
      budget: budget && compact({ amount: b.num(b.child(budget, 'amount')), currency: b.str(b.child(budget, 'currency')) }),
    }),
  });
}

function buildCandidateSkill(b: Builder, i: Found): CandidateSkill[] {
  const skill = b.str(b.child(i, 'skill'));
  if (!skill) return [];
  return [compact<CandidateSkill>({ skill, level: b.level(b.child(i, 'level')), years: b.num(b.child(i, 'years')), range: b.range(i) })];
}

/** The top-level list whose items incremental re-parsing handles one by one, per kind. */
export const ITEM_LIST_KEY: Record<DocumentKind, 'skills' | 'requirements'> = { candidate: 'skills', role: 'requirements', catalog: 'skills' };

/**
 * The typed entries of a slice of the top-level item list: `reader`'s document holds just those items
 * under ITEM_LIST_KEY[kind], and `firstIndex` is the index the first of them has in the whole list.
 */
export function buildListItems(
  kind: DocumentKind, reader: NodeReader, invalid: Set<string>, firstIndex: number,
): (CandidateSkill | Requirement | CatalogSkillDoc)[][] {
  const b = new Builder(reader, invalid);
  const root: Found = { node: reader.resolve(reader.doc.contents), source: reader.doc.contents as Node | null, path: '' };
  const list = b.child(root, ITEM_LIST_KEY[kind]);
  // One array per item, in order, including the items that build to nothing: the caller needs the count.
  if (!list || !isSeq(list.node)) return [];
  const out: (CandidateSkill | Requirement | CatalogSkillDoc)[][] = list.node.items.map(() => []);
  for (const item of b.items(list, firstIndex)) {
    const index = Number(item.path.slice(item.path.lastIndexOf('/') + 1)) - firstIndex;
    out[index] = kind === 'candidate' ? buildCandidateSkill(b, item) : kind === 'role' ? buildRequirement(b, item) : buildCatalogSkill(b, item);
  }
  return out;
}

const PRIORITIES: readonly string[] = ['must', 'should', 'nice'];

function buildRole(b: Builder, root: Found): Role {
  const requirements = b.child(root, 'requirements');
  const experience = b.map(root, 'experience');
  return compact<Role>({
    kind: 'role',
    id: b.str(b.child(root, 'id')),
    title: b.str(b.child(root, 'title')),
    description: b.str(b.child(root, 'description')),
    extends: b.str(b.child(root, 'extends')),
    minYears: experience && b.num(b.child(experience, 'minYears')),
    requirements: b.items(requirements).flatMap((i) => buildRequirement(b, i)),
    requirementsKeyRange: requirements?.keyRange,
    market: buildMarket(b, b.map(root, 'market')),
  });
}

function buildRequirement(b: Builder, item: Found): Requirement[] {
  const skill = b.str(b.child(item, 'skill'));
  const alternatives = skill ? [] : b.strings(b.child(item, 'anyOf'));
  const skills = skill ? [skill] : alternatives;
  if (skills.length === 0) return [];
  const priority = b.str(b.child(item, 'priority'));
  const known = priority && PRIORITIES.includes(priority.value) ? priority : undefined;
  return [compact<Requirement>({
    skills,
    anyOf: !skill,
    level: b.level(b.child(item, 'level')),
    priority: (known?.value as Priority | undefined) ?? 'should',
    priorityRange: known?.range,
    weight: b.num(b.child(item, 'weight')),
    range: b.range(item),
  })];
}

function buildMarket(b: Builder, market: Found | undefined): Market | undefined {
  if (!market) return undefined;
  const salary = b.map(market, 'salary');
  return compact<Market>({
    source: b.str(b.child(market, 'source')),
    asOf: b.str(b.child(market, 'asOf')),
    salary: salary && compact({
      currency: b.str(b.child(salary, 'currency')),
      min: b.num(b.child(salary, 'min')),
      max: b.num(b.child(salary, 'max')),
      period: b.str(b.child(salary, 'period')),
      keyRange: salary.keyRange!,
    }),
    demand: b.str(b.child(market, 'demand')),
    stack: b.strings(b.child(market, 'stack')),
    trends: b.strings(b.child(market, 'trends')),
    keyRange: market.keyRange!,
  });
}

function buildCatalog(b: Builder, root: Found): CatalogDoc {
  const skills = b.child(root, 'skills');
  return compact<CatalogDoc>({
    kind: 'catalog',
    id: b.str(b.child(root, 'id')),
    name: b.str(b.child(root, 'name')),
    version: b.str(b.child(root, 'version')),
    skills: b.items(skills).flatMap((i) => buildCatalogSkill(b, i)),
    skillsKeyRange: skills?.keyRange,
    skillsRange: skills && isSeq(skills.node) ? b.range(skills) : undefined,
  });
}

function buildCatalogSkill(b: Builder, item: Found): CatalogSkillDoc[] {
  const id = b.str(b.child(item, 'id'));
  if (!id) return [];
  const effort = b.map(item, 'effort');
  const source = b.map(item, 'source');
  return [compact<CatalogSkillDoc>({
    id,
    name: b.str(b.child(item, 'name')),
    aliases: b.strings(b.child(item, 'aliases')),
    category: b.str(b.child(item, 'category')),
    description: b.str(b.child(item, 'description')),
    requires: b.items(b.child(item, 'requires')).flatMap((r) => {
      const skill = b.str(b.child(r, 'skill'));
      return skill ? [compact({ skill, level: b.level(b.child(r, 'level')), range: b.range(r) })] : [];
    }),
    effort: effort && compact({
      hours: b.child(effort, 'hours') && b.items(b.child(effort, 'hours')).map((h) => b.num(h)).filter(isDefined),
      hoursPerLevel: b.num(b.child(effort, 'hoursPerLevel')),
    }),
    evidence: b.str(b.child(item, 'evidence')),
    source: source && sourceRecord(b, source),
    resources: b.items(b.child(item, 'resources')).flatMap((r) => buildResource(b, r)),
    range: b.range(item),
  })];
}

function sourceRecord(b: Builder, source: Found): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isMap(source.node)) return out;
  for (const pair of source.node.items) {
    const key = keyText(pair);
    const value = key === undefined ? undefined : b.str(b.child(source, key));
    if (key !== undefined && value) out[key] = value.value;
  }
  return out;
}

function buildResource(b: Builder, item: Found): Spanned<Resource>[] {
  const title = b.str(b.child(item, 'title'));
  const provider = b.str(b.child(item, 'provider'));
  if (!title || !provider) return [];
  const levelList = b.child(item, 'levels');
  const levels = b.items(levelList).map((l) => b.level(l)?.value).filter(isDefined);
  const certificate = b.child(item, 'certificate');
  const value = compact<Resource>({
    title: title.value,
    provider: provider.value,
    url: b.str(b.child(item, 'url'))?.value,
    hours: b.num(b.child(item, 'hours'))?.value,
    cost: b.num(b.child(item, 'cost'))?.value,
    currency: b.str(b.child(item, 'currency'))?.value,
    costAsOf: b.str(b.child(item, 'costAsOf'))?.value,
    costSource: b.str(b.child(item, 'costSource'))?.value,
    levels: levels.length === 2 ? [levels[0], levels[1]] : undefined,
    certificate: certificate && isScalar(certificate.node) && typeof certificate.node.value === 'boolean' ? certificate.node.value : undefined,
  });
  return [{ value, range: b.range(item) }];
}

function isDefined<T>(v: T | undefined): v is T {
  return v !== undefined;
}

/** Drops keys whose value is undefined, so typed documents hold only what the file says. */
function compact<T extends object>(o: { [K in keyof T]: T[K] | undefined }): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o as T;
}
