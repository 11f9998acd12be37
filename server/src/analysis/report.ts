// The whole report model from the input files: every figure the renderers show is computed here
// once, so the Markdown, HTML, JSON and terminal reports cannot disagree.

import type { Candidate } from '../model/types';
import type { Gap, ReportModel, Roadmap, Tier } from './report-model';
import { effectiveRequirements, roleIdOf, type RoleWithFile } from './requirements';
import { analyzeMatch, PRIORITY_RANK, type MatchResult, type RequirementMatch } from './match';
import { budgetOf, optionsByQuickness, planSkills, preferencesOf, PRIORITY_OF, SkillData, type Choice, type PlannedSkill } from './plan-gaps';
import { schedule, type PlannedItem, type Schedule } from './schedule';
import { isIsoDate } from './dates';
import { baseName, marketOf, marketSection, outlookOf, stackOf, type SkillStanding } from './market';
import { assumptionsOf, MATCH_FORMULA, recommendationsOf, resourcesOf, sectionsOf } from './report-text';
import { compareText, resolveSkill, UNSTATED_CANDIDATE_LEVEL, type SkillLookup, type SkillRef } from './skills';
import { readinessHeadline } from './wording';
import type { AnalysisOptions, ReportInput } from './report-input';

const DEFAULT_HOURS_PER_WEEK = 10;

/** The most derived role's minimum years: the role's own, else the nearest ancestor's. */
export function minYearsOf(role: RoleWithFile, ancestors: RoleWithFile[]): number | undefined {
  return [role, ...ancestors].find((r) => r.role.minYears)?.role.minYears?.value;
}

function hoursPerWeekOf(candidate: Candidate, options: AnalysisOptions = {}): { hoursPerWeek: number; isDefault: boolean } {
  const stated = candidate.availability?.hoursPerWeek?.value;
  if (stated !== undefined && stated > 0) return { hoursPerWeek: stated, isDefault: false };
  return { hoursPerWeek: options.defaultHoursPerWeek ?? DEFAULT_HOURS_PER_WEEK, isDefault: true };
}

function startOf(candidate: Candidate): string | undefined {
  const start = candidate.availability?.start?.value;
  return start !== undefined && isIsoDate(start) ? start : undefined;
}

export interface Plan {
  skills: PlannedSkill[];
  schedule: Schedule;
  /** The skill each unmet requirement is planned on (for anyOf: the option chosen). */
  plannedOn: Map<RequirementMatch, SkillRef>;
}

/** Beyond this many combinations of anyOf options, each is planned on its own quickest option (and the plan may no longer be the readiest). */
const MAX_COMBINATIONS = 64;

/**
 * The plan of a candidate against a matched role: the report's, and the over-deadline check's. Each
 * unmet anyOf requirement is planned on the option that makes the whole plan soonest ready, then
 * shortest, then cheapest: whole plans are compared, because an option's prerequisites or a course it
 * shares with another skill may cost less than they would alone.
 */
export function planFor(match: MatchResult, candidate: Candidate, catalog: SkillLookup, role: { title: string; minYears?: number }, options: AnalysisOptions = {}): Plan {
  const start = startOf(candidate);
  const budget = budgetOf(candidate);
  const deadlineWeeks = candidate.availability?.deadlineWeeks?.value;
  const years = candidate.experienceYears?.value;
  const scheduleOptions = {
    hoursPerWeek: hoursPerWeekOf(candidate, options).hoursPerWeek,
    roleTitle: role.title,
    ...(start !== undefined ? { start } : {}),
    ...(deadlineWeeks !== undefined ? { deadlineWeeks } : {}),
    ...(budget ? { budget } : {}),
    ...(role.minYears !== undefined ? { minYears: role.minYears } : {}),
    ...(years !== undefined ? { years } : {}),
  };
  const data = new SkillData(preferencesOf(candidate));
  const planWith = (choice?: Choice): Plan => {
    const plannedOn = new Map<RequirementMatch, SkillRef>();
    const recorded: Choice = (m) => {
      const ref = choice?.(m) ?? optionsByQuickness(m, match.held, data)[0];
      plannedOn.set(m, ref);
      return ref;
    };
    const skills = planSkills(match, candidate, catalog, recorded, data);
    return { skills, schedule: schedule(skills, catalog, scheduleOptions), plannedOn };
  };
  const open = match.requirements.filter((m) => !m.met && m.requirement.alternatives.length > 1);
  const choices = open.map((m) => optionsByQuickness(m, match.held, data));
  if (open.length === 0 || choices.reduce((n, c) => n * c.length, 1) > MAX_COMBINATIONS) return planWith();
  let best: { plan: Plan; key: number[] } | undefined;
  for (const combination of combinations(choices)) {
    const plan = planWith((m) => combination[open.indexOf(m)] ?? m.requirement.alternatives[0]);
    const r = plan.schedule.roadmap;
    const key = [r.readyHours, r.totalHours, r.costs.reduce((sum, c) => sum + c.total, 0)];
    if (!best || lexicographicallyLess(key, best.key)) best = { plan, key };
  }
  return best!.plan;
}

function lexicographicallyLess(a: number[], b: number[]): boolean {
  const i = a.findIndex((x, k) => x !== b[k]);
  return i >= 0 && a[i] < b[i];
}

/** Every pick of one option per list, the first options first. */
function combinations<T>(lists: T[][]): T[][] {
  return lists.reduce<T[][]>((acc, list) => acc.flatMap((prefix) => list.map((x) => [...prefix, x])), [[]]);
}

export function planRoadmap(match: MatchResult, candidate: Candidate, catalog: SkillLookup, role: { title: string; minYears?: number }, options: AnalysisOptions = {}): Roadmap {
  return planFor(match, candidate, catalog, role, options).schedule.roadmap;
}

export function buildReport(input: ReportInput): ReportModel {
  const { candidate, catalog, role, ancestors } = input;
  const options = input.options ?? {};
  const requirements = effectiveRequirements(role, ancestors, catalog);
  const minYears = minYearsOf(role, ancestors);
  const match = analyzeMatch(candidate, requirements, catalog, minYears !== undefined ? { minYears } : {});
  const roleId = roleIdOf(role);
  const title = role.role.title?.value ?? roleId;
  const plan = planFor(match, candidate, catalog, { title, ...(minYears !== undefined ? { minYears } : {}) }, options);
  const { roadmap, items } = plan.schedule;
  const gaps = gapsOf(items);
  const { hoursPerWeek, isDefault } = hoursPerWeekOf(candidate, options);
  const budget = budgetOf(candidate);
  const start = startOf(candidate);

  const planned = new Set(plan.skills.map((s) => s.ref.key));
  const strengths = match.strengths.filter((s) => !planned.has(s.skill.key));
  const requiredByKey = new Map<string, number>();
  for (const r of requirements) for (const a of r.alternatives) requiredByKey.set(a.key, Math.max(requiredByKey.get(a.key) ?? 0, r.level));
  const standing: SkillStanding = {
    held: match.held,
    required: requiredByKey,
    gaps: new Map(plan.skills.map((s) => [s.ref.key, { current: s.current, required: s.target, priority: gaps.find((g) => g.skill === s.ref.name)!.priority }])),
    strengths: new Set(strengths.map((s) => s.skill.key)),
    alternatives: new Set(requirements.filter((r) => r.anyOf).flatMap((r) => r.alternatives.map((a) => a.key))),
  };
  const { market, file: marketFile } = marketOf(role, ancestors);
  const candidateName = candidate.name?.value ?? baseName(input.candidateFile);

  const model: ReportModel = {
    schemaVersion: 2,
    generatedFor: options.today !== undefined ? { today: options.today } : {},
    inputErrors: [],
    candidate: {
      name: candidateName,
      file: input.candidateFile,
      ...(candidate.headline ? { headline: candidate.headline.value } : {}),
      ...(candidate.summary ? { summary: candidate.summary.value } : {}),
      ...(candidate.experienceYears ? { experienceYears: candidate.experienceYears.value } : {}),
      education: candidate.education.map((e) => ({
        ...(e.degree ? { degree: e.degree.value } : {}),
        ...(e.institution ? { institution: e.institution.value } : {}),
        ...(e.year ? { year: e.year.value } : {}),
      })),
      skills: candidate.skills.map((s) => {
        const ref = resolveSkill(catalog, s.skill.value);
        return {
          skill: s.skill.value, ...(ref.id !== undefined ? { id: ref.id } : {}), name: ref.name,
          level: s.level?.value ?? UNSTATED_CANDIDATE_LEVEL, ...(s.years ? { years: s.years.value } : {}),
          ...(ref.entry ? { category: ref.category } : {}), line: s.range.start.line,
        };
      }),
      hoursPerWeek,
      hoursPerWeekIsDefault: isDefault,
      ...(start !== undefined ? { start } : {}),
      ...(candidate.availability?.deadlineWeeks ? { deadlineWeeks: candidate.availability.deadlineWeeks.value } : {}),
      providers: (candidate.preferences?.providers ?? []).map((p) => p.value),
      ...(budget ? { budget } : {}),
    },
    role: { id: roleId, title, file: role.file, extends: ancestors.map(roleIdOf), ...(minYears !== undefined ? { minYears } : {}) },
    summary: { headline: readinessHeadline({ roleTitle: title, roadmap }), largestGaps: largestGaps(gaps) },
    comparison: (input.compareTo ?? []).map((other) => {
      const otherMinYears = minYearsOf(other.role, other.ancestors);
      const m = analyzeMatch(candidate, effectiveRequirements(other.role, other.ancestors, catalog), catalog,
        otherMinYears !== undefined ? { minYears: otherMinYears } : {});
      const id = roleIdOf(other.role);
      const otherTitle = other.role.role.title?.value ?? id;
      const readyWeek = planRoadmap(m, candidate, catalog, { title: otherTitle, ...(otherMinYears !== undefined ? { minYears: otherMinYears } : {}) }, options).readyWeek;
      return { roleId: id, title: otherTitle, percent: m.percent, readiness: m.readiness, mustHavesMet: m.mustHaves.met, mustHavesTotal: m.mustHaves.total, readyWeek };
    }),
    match: { percent: match.percent, readiness: match.readiness, mustHaves: match.mustHaves, experience: match.experience, formula: MATCH_FORMULA },
    requirements: match.requirements.map((m) => ({
      skills: m.requirement.alternatives.map((a) => a.name),
      ids: m.requirement.alternatives.map((a) => a.id ?? null),
      anyOf: m.requirement.anyOf,
      level: m.requirement.level,
      priority: m.requirement.priority,
      weight: m.requirement.weight,
      ...(m.requirement.inheritedFrom !== undefined ? { inheritedFrom: m.requirement.inheritedFrom } : {}),
      current: m.current,
      met: m.met,
      ...(plan.plannedOn.has(m) ? { plannedOn: plan.plannedOn.get(m)!.name } : {}),
      line: m.requirement.requirement.range.start.line,
    })),
    gaps,
    strengths: strengths.map((s) => ({
      skill: match.held.get(s.skill.key)?.written ?? s.skill.name, name: s.skill.name, level: s.level,
      ...(s.required !== undefined ? { required: s.required } : {}), reason: s.reason,
    })),
    categories: categoriesOf(match),
    market: marketSection(market, marketFile, options.today),
    stack: stackOf(market, catalog, standing),
    roadmap,
    recommendations: recommendationsOf(gaps, roadmap),
    resources: resourcesOf(items),
    outlook: outlookOf(market, catalog, standing),
    notes: {
      ...(roadmap.phases.length > 0
        ? { followUp: { afterPhase: 1 as const, week: roadmap.phases[0].endWeek, ...(roadmap.phases[0].endDate !== undefined ? { date: roadmap.phases[0].endDate } : {}) } }
        : {}),
      provenance: {
        files: [...new Set([input.candidateFile, role.file, ...ancestors.map((a) => a.file), ...(input.compareTo ?? []).flatMap((c) => [c.role.file, ...c.ancestors.map((a) => a.file)])])],
        catalogs: options.catalogs ?? catalogsUsed(match, plan.skills),
      },
      assumptions: assumptionsOf(input, match, plan, { hoursPerWeek, isDefault, budget, marketFile, roleFile: role.file, minYears }),
    },
    sections: [],
  };
  model.sections = sectionsOf(model);
  return model;
}

/** One gap per planned skill, in roadmap order (where its first item is), with its items' hours. */
function gapsOf(items: PlannedItem[]): Gap[] {
  const out = new Map<PlannedSkill, Gap>();
  for (const it of items) {
    const s = it.part.skill;
    let gap = out.get(s);
    if (!gap) {
      out.set(s, gap = {
        skill: s.ref.name,
        ...(s.ref.id !== undefined ? { id: s.ref.id } : {}),
        required: s.target,
        current: s.current,
        gap: s.target - s.current,
        priority: s.requirement?.priority ?? PRIORITY_OF[Math.min(...s.parts.map((p) => p.tier)) as Tier],
        hours: 0, resourceHours: 0, practiceHours: 0,
        prerequisite: s.requirement === undefined,
        prerequisiteOf: s.prerequisiteOf.map((r) => r.name),
        category: s.ref.category,
      });
    }
    gap.hours += it.hours;
    gap.resourceHours += it.resourceHours;
    gap.practiceHours += it.practiceHours;
  }
  return [...out.values()];
}

/** The stated gaps the summary names: unmet must-haves first, then by hours, up to three. */
function largestGaps(gaps: Gap[]): Gap[] {
  return gaps
    .filter((g) => !g.prerequisite)
    .sort((a, b) => PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || b.hours - a.hours || compareText(a.skill, b.skill))
    .slice(0, 3)
    .map((g) => ({ ...g, prerequisiteOf: [...g.prerequisiteOf] }));
}

/** Mean required and current levels per category, over the role's requirements only (for the chart). */
function categoriesOf(match: MatchResult): ReportModel['categories'] {
  const sums = new Map<string, { required: number; current: number; names: string[] }>();
  for (const m of match.requirements) {
    const s = sums.get(m.skill.category) ?? { required: 0, current: 0, names: [] };
    s.required += m.requirement.level;
    s.current += m.current;
    s.names.push(m.requirement.anyOf ? m.requirement.alternatives.map((a) => a.name).join(' / ') : m.skill.name);
    sums.set(m.skill.category, s);
  }
  const mean = (x: number, n: number) => Math.round((x / n) * 100) / 100;
  return [...sums].map(([category, s]) => ({ category, required: mean(s.required, s.names.length), current: mean(s.current, s.names.length), requirements: s.names }));
}

function catalogsUsed(match: MatchResult, skills: PlannedSkill[]): { id: string }[] {
  const ids = new Set<string>();
  for (const h of match.held.values()) if (h.ref.entry) ids.add(h.ref.entry.origin.catalog);
  for (const m of match.requirements) for (const a of m.requirement.alternatives) if (a.entry) ids.add(a.entry.origin.catalog);
  for (const s of skills) if (s.ref.entry) ids.add(s.ref.entry.origin.catalog);
  return [...ids].sort().map((id) => ({ id }));
}
