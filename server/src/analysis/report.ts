// The whole report model from the input files: every figure the renderers show is computed here
// once, so the Markdown, HTML, JSON and terminal reports cannot disagree.

import type { Candidate } from '../model/types';
import type { Gap, ReportModel, Roadmap } from './report-model';
import { effectiveRequirements, roleIdOf, type RoleWithFile } from './requirements';
import { analyzeMatch, PRIORITY_RANK, type MatchResult } from './match';
import { budgetOf, planGaps, type PlannedGap } from './plan-gaps';
import { schedule, DEFAULT_MAX_PHASE_WEEKS } from './schedule';
import { addDays, isIsoDate } from './dates';
import { baseName, marketOf, marketSection, outlookOf, stackOf, type SkillStanding } from './market';
import { assumptionsOf, recommendationsOf, resourcesOf, sectionsOf } from './report-text';
import { resolveSkill, UNSTATED_CANDIDATE_LEVEL, type SkillLookup } from './skills';
import type { AnalysisOptions, ReportInput } from './report-input';

export const DEFAULT_HOURS_PER_WEEK = 10;

/** The most derived role's minimum years: the role's own, else the nearest ancestor's. */
export function minYearsOf(role: RoleWithFile, ancestors: RoleWithFile[]): number | undefined {
  return [role, ...ancestors].find((r) => r.role.minYears)?.role.minYears?.value;
}

export function hoursPerWeekOf(candidate: Candidate, options: AnalysisOptions = {}): { hoursPerWeek: number; isDefault: boolean } {
  const stated = candidate.availability?.hoursPerWeek?.value;
  if (stated !== undefined && stated > 0) return { hoursPerWeek: stated, isDefault: false };
  return { hoursPerWeek: options.defaultHoursPerWeek ?? DEFAULT_HOURS_PER_WEEK, isDefault: true };
}

export function startOf(candidate: Candidate): string | undefined {
  const start = candidate.availability?.start?.value;
  return start !== undefined && isIsoDate(start) ? start : undefined;
}

/** The roadmap for a match's gaps, as the report shows it (also used by the over-deadline check). */
export function planRoadmap(gaps: MatchResult['gaps'], candidate: Candidate, catalog: SkillLookup, options: AnalysisOptions = {}): Roadmap {
  return roadmapOf(planGaps(gaps, candidate, catalog), candidate, options);
}

function roadmapOf(planned: PlannedGap[], candidate: Candidate, options: AnalysisOptions): Roadmap {
  const start = startOf(candidate);
  const budget = budgetOf(candidate);
  const deadlineWeeks = candidate.availability?.deadlineWeeks?.value;
  return schedule(planned, {
    hoursPerWeek: hoursPerWeekOf(candidate, options).hoursPerWeek,
    ...(options.maxPhaseWeeks !== undefined ? { maxPhaseWeeks: options.maxPhaseWeeks } : {}),
    ...(start !== undefined ? { start } : {}),
    ...(deadlineWeeks !== undefined ? { deadlineWeeks } : {}),
    ...(budget ? { budget } : {}),
  });
}

export function buildReport(input: ReportInput): ReportModel {
  const { candidate, catalog, role, ancestors } = input;
  const options = input.options ?? {};
  const requirements = effectiveRequirements(role, ancestors, catalog);
  const minYears = minYearsOf(role, ancestors);
  const match = analyzeMatch(candidate, requirements, catalog, minYears !== undefined ? { minYears } : {});
  const planned = planGaps(match.gaps, candidate, catalog);
  const roadmap = roadmapOf(planned, candidate, options);
  const gaps = planned.map((p) => p.gap);
  const { hoursPerWeek, isDefault } = hoursPerWeekOf(candidate, options);
  const budget = budgetOf(candidate);
  const start = startOf(candidate);
  const roleId = roleIdOf(role);
  const title = role.role.title?.value ?? roleId;

  const gapKeys = new Map(planned.map((p) => [p.ref.key, p.gap]));
  const strengths = match.strengths.filter((s) => !gapKeys.has(s.skill.key));
  const requiredByKey = new Map<string, number>();
  for (const r of requirements) for (const a of r.alternatives) requiredByKey.set(a.key, Math.max(requiredByKey.get(a.key) ?? 0, r.level));
  const standing: SkillStanding = {
    held: match.held,
    required: requiredByKey,
    gaps: new Map(planned.map((p) => [p.ref.key, { current: p.gap.current, required: p.gap.required, priority: p.gap.priority }])),
    strengths: new Set(strengths.map((s) => s.skill.key)),
  };
  const { market, file: marketFile } = marketOf(role, ancestors);
  const marketData = marketSection(market, marketFile, options.today);
  const resources = resourcesOf(planned);
  const recommendations = recommendationsOf(planned);
  const candidateName = candidate.name?.value ?? baseName(input.candidateFile);

  const model: ReportModel = {
    schemaVersion: 1,
    generatedFor: options.today !== undefined ? { today: options.today } : {},
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
    summary: { largestGaps: largestGaps(gaps) },
    comparison: (input.compareTo ?? []).map((other) => {
      const otherMinYears = minYearsOf(other.role, other.ancestors);
      const m = analyzeMatch(candidate, effectiveRequirements(other.role, other.ancestors, catalog), catalog,
        otherMinYears !== undefined ? { minYears: otherMinYears } : {});
      const id = roleIdOf(other.role);
      return { roleId: id, title: other.role.role.title?.value ?? id, percent: m.percent, readiness: m.readiness, mustHavesMet: m.mustHaves.met, mustHavesTotal: m.mustHaves.total };
    }),
    match: { percent: match.percent, readiness: match.readiness, mustHaves: match.mustHaves, experience: match.experience },
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
      line: m.requirement.requirement.range.start.line,
    })),
    gaps,
    strengths: strengths.map((s) => ({
      skill: match.held.get(s.skill.key)?.written ?? s.skill.name, name: s.skill.name, level: s.level,
      ...(s.required !== undefined ? { required: s.required } : {}), reason: s.reason,
    })),
    categories: categoriesOf(match),
    market: marketData,
    stack: stackOf(market, catalog, standing),
    roadmap,
    recommendations,
    resources,
    outlook: outlookOf(market, catalog, standing),
    notes: {
      ...(roadmap.phases.length > 0 ? { followUp: followUp(roadmap.phases[0].endWeek + 1, start) } : {}),
      provenance: {
        files: [...new Set([input.candidateFile, role.file, ...ancestors.map((a) => a.file), ...(input.compareTo ?? []).flatMap((c) => [c.role.file, ...c.ancestors.map((a) => a.file)])])],
        catalogs: options.catalogs ?? catalogsUsed(match, planned),
      },
      assumptions: assumptionsOf(input, match, planned, { hoursPerWeek, isDefault, maxPhaseWeeks: options.maxPhaseWeeks ?? DEFAULT_MAX_PHASE_WEEKS, budget, marketFile, roleFile: role.file, minYears }),
    },
    sections: [],
  };
  model.sections = sectionsOf(model);
  return model;
}

function followUp(week: number, start: string | undefined): NonNullable<ReportModel['notes']['followUp']> {
  return { afterPhase: 1, week, ...(start !== undefined ? { date: addDays(start, 7 * (week - 1)) } : {}) };
}

function largestGaps(gaps: Gap[]): Gap[] {
  return gaps
    .filter((g) => !g.prerequisite)
    .sort((a, b) => b.gap - a.gap || PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || (a.skill < b.skill ? -1 : a.skill > b.skill ? 1 : 0))
    .slice(0, 3)
    .map((g) => ({ ...g }));
}

/** Mean required and current levels per category, over the requirements (for the chart). */
function categoriesOf(match: MatchResult): ReportModel['categories'] {
  const sums = new Map<string, { required: number; current: number; n: number }>();
  for (const m of match.requirements) {
    const s = sums.get(m.skill.category) ?? { required: 0, current: 0, n: 0 };
    s.required += m.requirement.level;
    s.current += m.current;
    s.n++;
    sums.set(m.skill.category, s);
  }
  const mean = (x: number, n: number) => Math.round((x / n) * 100) / 100;
  return [...sums].map(([category, s]) => ({ category, required: mean(s.required, s.n), current: mean(s.current, s.n) }));
}

function catalogsUsed(match: MatchResult, planned: PlannedGap[]): { id: string }[] {
  const ids = new Set<string>();
  for (const h of match.held.values()) if (h.ref.entry) ids.add(h.ref.entry.origin.catalog);
  for (const m of match.requirements) for (const a of m.requirement.alternatives) if (a.entry) ids.add(a.entry.origin.catalog);
  for (const p of planned) if (p.ref.entry) ids.add(p.ref.entry.origin.catalog);
  return [...ids].sort().map((id) => ({ id }));
}

