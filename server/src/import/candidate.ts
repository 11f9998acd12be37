// A candidate document from what another format says about a person: every skill name resolved through
// the catalog (canonical name written), unknown and ambiguous ones kept and marked with a comment, and
// a list of what could not be mapped. The YAML is written by the yaml library, so any name is quoted
// as it needs to be.
import { Document, isMap, isSeq, type YAMLMap } from 'yaml';
import type { SkillCatalog } from '../catalog';
import type { Level } from './levels';

export interface ImportedSkill {
  name: string;
  level?: Level;
  /** The level as written in the source, when it was not understood. */
  unmappedLevel?: string;
  years?: number;
}

export interface ImportedPerson {
  name?: string;
  headline?: string;
  summary?: string;
  years?: number;
  education: { degree: string; institution?: string }[];
  skills: ImportedSkill[];
}

export interface ImportOutcome {
  yaml: string;
  skillCount: number;
  unknown: string[];
  ambiguous: string[];
  /** Skills whose level word was not understood: written without a level. */
  unmappedLevels: { skill: string; written: string }[];
  /** Skills the source gives no level for: written without a level. */
  withoutLevel: string[];
}

export function candidateFromImport(person: ImportedPerson, catalog: SkillCatalog, header: string): ImportOutcome {
  const unknown: string[] = [];
  const ambiguous: string[] = [];
  const unmappedLevels: { skill: string; written: string }[] = [];
  const withoutLevel: string[] = [];
  // One entry per resolved skill (the highest level wins when the source names it twice).
  const byKey = new Map<string, { skill: string; level?: Level; years?: number; comment?: string }>();
  for (const s of person.skills) {
    const written = s.name.trim();
    if (written === '') continue;
    const r = resolveVariants(catalog, written);
    let key: string;
    let skill: string;
    let comment: string | undefined;
    if (r.status === 'exact' || r.status === 'alias') {
      key = `id:${r.entry.id}`;
      skill = r.entry.name;
    } else if (r.status === 'ambiguous') {
      key = `text:${written.toLowerCase()}`;
      skill = written;
      comment = ` ambiguous: ${r.entries.map((e) => e.name).join(' or ')} — write the one you mean`;
      if (!ambiguous.includes(written)) ambiguous.push(written);
    } else {
      key = `text:${written.toLowerCase()}`;
      skill = written;
      const hint = r.suggestions[0] ? ` (did you mean ${r.suggestions[0].name}?)` : '';
      comment = ` not in the catalog${hint}: check the name or add it to a workspace catalog`;
      if (!unknown.includes(written)) unknown.push(written);
    }
    const previous = byKey.get(key);
    const level = s.level !== undefined && previous?.level !== undefined ? (Math.max(s.level, previous.level) as Level) : s.level ?? previous?.level;
    const years = s.years !== undefined || previous?.years !== undefined ? Math.max(s.years ?? 0, previous?.years ?? 0) : undefined;
    byKey.set(key, { skill: previous?.skill ?? skill, level, years, comment: previous?.comment ?? comment });
    if (s.unmappedLevel !== undefined) unmappedLevels.push({ skill: written, written: s.unmappedLevel });
  }
  for (const entry of byKey.values()) if (entry.level === undefined) withoutLevel.push(entry.skill);

  const value: Record<string, unknown> = { kind: 'candidate' };
  if (person.name) value.name = person.name;
  if (person.headline) value.headline = person.headline;
  if (person.summary) value.summary = person.summary;
  if (person.years !== undefined) value.experience = { years: person.years };
  if (person.education.length > 0) value.education = person.education.map((e) => (e.institution ? { degree: e.degree, institution: e.institution } : { degree: e.degree }));
  const entries = [...byKey.values()];
  value.skills = entries.map(({ skill, level, years }) => ({ skill, ...(level !== undefined ? { level } : {}), ...(years !== undefined ? { years } : {}) }));
  value.targets = [];
  const doc = new Document(value);
  doc.commentBefore = header;
  const skills = doc.get('skills', true);
  if (isSeq(skills)) {
    skills.items.forEach((item, i) => {
      if (!isMap(item)) return;
      (item as YAMLMap).flow = true;
      if (entries[i].comment) item.comment = entries[i].comment;
    });
  }
  const education = doc.get('education', true);
  if (isSeq(education)) for (const item of education.items) if (isMap(item)) (item as YAMLMap).flow = true;
  const targets = doc.get('targets', true);
  if (isSeq(targets)) { targets.flow = true; targets.comment = ' role ids from your workspace, e.g. [senior-ai-engineer]'; }
  const experience = doc.get('experience', true);
  if (isMap(experience)) (experience as YAMLMap).flow = true;
  return { yaml: doc.toString({ lineWidth: 0 }), skillCount: entries.length, unknown, ambiguous, unmappedLevels, withoutLevel };
}

/**
 * LinkedIn and CVs qualify names: "Python (Programming Language)", "Amazon Web Services (AWS)". When the
 * name as written is unknown, the name without its parenthesis, then the parenthesis alone, are tried.
 */
function resolveVariants(catalog: SkillCatalog, written: string): ReturnType<SkillCatalog['resolve']> {
  const first = catalog.resolve(written);
  const m = /^(.*\S)\s*\(([^()]+)\)$/.exec(written);
  if (first.status !== 'unknown' || !m) return first;
  for (const variant of [m[1], m[2]]) {
    const r = catalog.resolve(variant);
    if (r.status === 'exact' || r.status === 'alias') return r;
  }
  return first;
}

/** Whole years of experience from date ranges, overlapping ranges counted once, rounded to one decimal. */
export function yearsOfExperience(ranges: { start: Date; end: Date }[]): number | undefined {
  const valid = ranges.filter((r) => r.end.getTime() > r.start.getTime()).sort((a, b) => a.start.getTime() - b.start.getTime());
  if (valid.length === 0) return undefined;
  let total = 0;
  let [start, end] = [valid[0].start.getTime(), valid[0].end.getTime()];
  for (const r of valid.slice(1)) {
    if (r.start.getTime() <= end) end = Math.max(end, r.end.getTime());
    else { total += end - start; [start, end] = [r.start.getTime(), r.end.getTime()]; }
  }
  total += end - start;
  return Math.round((total / (365.25 * 24 * 3600 * 1000)) * 10) / 10;
}
