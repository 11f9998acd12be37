// Small builders for the typed model: the analysis reads Candidate / Role / SkillEntry, not YAML,
// so tests state their inputs directly. Ranges are only checked where a test says so.

import type { SkillEntry } from '../../../server/src/catalog/types';
import type { Candidate, Market, Priority, Range, Resource, Role, Spanned } from '../../../server/src/model/types';
import { SkillCatalog } from '../../../server/src/catalog';

function at(line: number, character = 0, length = 1): Range {
  return { start: { line, character }, end: { line, character: character + length } };
}

function sp<T>(value: T, line = 0): Spanned<T> {
  return { value, range: at(line) };
}

export interface CandidateSpec {
  name?: string;
  years?: number;
  skills?: (readonly [string, number?])[];
  hoursPerWeek?: number;
  start?: string;
  deadlineWeeks?: number;
  providers?: string[];
  budget?: { amount: number; currency: string };
  targets?: string[];
}

export function candidate(spec: CandidateSpec = {}): Candidate {
  const hasAvailability = spec.hoursPerWeek !== undefined || spec.start !== undefined || spec.deadlineWeeks !== undefined;
  return {
    kind: 'candidate',
    ...(spec.name !== undefined ? { name: sp(spec.name, 1) } : {}),
    ...(spec.years !== undefined ? { experienceYears: sp(spec.years, 2) } : {}),
    education: [],
    skills: (spec.skills ?? []).map(([skill, level], i) => ({
      skill: sp(skill, 10 + i),
      ...(level !== undefined ? { level: sp(level, 10 + i) } : {}),
      range: at(10 + i, 2, 20),
    })),
    targets: (spec.targets ?? []).map((t) => sp(t, 5)),
    ...(hasAvailability
      ? {
          availability: {
            ...(spec.hoursPerWeek !== undefined ? { hoursPerWeek: sp(spec.hoursPerWeek, 6) } : {}),
            ...(spec.start !== undefined ? { start: sp(spec.start, 6) } : {}),
            ...(spec.deadlineWeeks !== undefined ? { deadlineWeeks: sp(spec.deadlineWeeks, 6) } : {}),
            keyRange: at(6),
          },
        }
      : {}),
    ...(spec.providers || spec.budget
      ? {
          preferences: {
            providers: (spec.providers ?? []).map((p) => sp(p, 7)),
            ...(spec.budget ? { budget: { amount: sp(spec.budget.amount, 7), currency: sp(spec.budget.currency, 7) } } : {}),
          },
        }
      : {}),
  };
}

export interface RequirementSpec {
  skill?: string;
  anyOf?: string[];
  level?: number;
  priority?: Priority;
  weight?: number;
}

export interface RoleSpec {
  id: string;
  title?: string;
  extends?: string;
  minYears?: number;
  requirements?: RequirementSpec[];
  market?: Partial<{ source: string; asOf: string; demand: string; stack: string[]; trends: string[]; salary: { currency: string; min?: number; max?: number; period?: string } }>;
}

export function role(spec: RoleSpec): Role {
  const m = spec.market;
  const market: Market | undefined = m && {
    ...(m.source !== undefined ? { source: sp(m.source, 40) } : {}),
    ...(m.asOf !== undefined ? { asOf: sp(m.asOf, 41) } : {}),
    ...(m.demand !== undefined ? { demand: sp(m.demand, 42) } : {}),
    ...(m.salary
      ? {
          salary: {
            currency: sp(m.salary.currency, 43),
            ...(m.salary.min !== undefined ? { min: sp(m.salary.min, 43) } : {}),
            ...(m.salary.max !== undefined ? { max: sp(m.salary.max, 43) } : {}),
            ...(m.salary.period !== undefined ? { period: sp(m.salary.period, 43) } : {}),
            keyRange: at(43),
          },
        }
      : {}),
    stack: (m.stack ?? []).map((s) => sp(s, 44)),
    trends: (m.trends ?? []).map((s) => sp(s, 45)),
    keyRange: at(39),
  };
  return {
    kind: 'role',
    id: sp(spec.id, 1),
    ...(spec.title !== undefined ? { title: sp(spec.title, 2) } : {}),
    ...(spec.extends !== undefined ? { extends: sp(spec.extends, 3) } : {}),
    ...(spec.minYears !== undefined ? { minYears: sp(spec.minYears, 4) } : {}),
    requirements: (spec.requirements ?? []).map((r, i) => ({
      skills: (r.anyOf ?? [r.skill ?? '']).map((s) => sp(s, 20 + i)),
      anyOf: r.anyOf !== undefined,
      ...(r.level !== undefined ? { level: sp(r.level, 20 + i) } : {}),
      priority: r.priority ?? 'should',
      ...(r.weight !== undefined ? { weight: sp(r.weight, 20 + i) } : {}),
      range: at(20 + i, 2, 30),
    })),
    ...(market ? { market } : {}),
  };
}

export function entry(id: string, name: string, more: Partial<Omit<SkillEntry, 'id' | 'name'>> = {}): SkillEntry {
  return {
    id, name, aliases: [], category: 'General', requires: [], resources: [], source: { curated: true },
    origin: { catalog: 'test' }, ...more,
  };
}

export function resource(title: string, provider: string, more: Partial<Resource> = {}): Resource {
  return { title, provider, ...more };
}

export function catalogOf(...entries: SkillEntry[]): SkillCatalog {
  return SkillCatalog.fromEntries(entries);
}
