// The role report (DESIGN §3.2) from a role, its ladder and the candidates measured against it.
// Every figure is computed here once; see role-report-model.ts for what each one means.

import type { Candidate } from '../model/types';
import { MATCH_FORMULA } from './report-text';
import type { AnalysisOptions } from './report-input';
import { changeSummary, compareRequirements } from './ladder';
import { effectiveRequirements, roleIdOf, type EffectiveRequirement, type RoleWithFile } from './requirements';
import { PRIORITY_RANK } from './match';
import type { LadderStep, RoleCandidate, RoleComparisonModel, RoleRef, RoleReportModel, RoleRequirement, RoleSectionId, RoleSummary, ComparedStanding } from './role-report-model';
import { compareText, type SkillLookup } from './skills';
import { roleFacts, standingOf, type ResolvedRole, type RoleFacts, type Standing } from './standing';
import { readinessShort } from './wording';

export interface RoleCandidateInput {
  candidate: Candidate;
  file: string;
  /** Whether the candidate's `targets` name the role. */
  targets: boolean;
}

/** How the caller measures a candidate (the workspace memoizes it); by default computed afresh. */
type StandingSource = (c: RoleCandidateInput, role: RoleFacts) => Standing;

export interface RoleReportInput {
  role: ResolvedRole;
  /** Roles whose `extends` names this one, each with its own chain. */
  children: ResolvedRole[];
  candidates: RoleCandidateInput[];
  scope: 'targeting' | 'all';
  catalog: SkillLookup;
  standing?: StandingSource;
  options?: AnalysisOptions;
}

/** The highest level there is: a level-5 requirement's bench is the people at 5. */
const TOP_LEVEL = 5;

const SECTION_TITLES: Record<RoleSectionId, string> = {
  summary: 'Summary',
  candidates: 'Candidates',
  matrix: 'Skills matrix',
  coverage: 'Coverage, bench and single points of failure',
  ladder: 'Career ladder',
  notes: 'Notes',
};

const ROLE_REPORT_DEFINITIONS = [
  'Coverage: how many candidates meet a requirement (their level ≥ the level required). A requirement is covered when at least one candidate meets it; the role\'s coverage is the share of its requirements that are covered.',
  'Bench: how many candidates are at least one level above a requirement (at 5, expert, for a level-5 requirement): the people who could mentor the others.',
  'Single point of failure: a requirement exactly one candidate meets.',
  'An anyOf requirement is judged on each candidate\'s strongest option.',
  MATCH_FORMULA,
  'Readiness and the week each candidate is ready come from that candidate\'s own plan: their hours per week, must-haves first.',
];

function refOf(r: RoleWithFile): RoleRef {
  const id = roleIdOf(r);
  return { id, title: r.role.title?.value ?? id, file: r.file };
}

function measure(input: RoleReportInput, facts: RoleFacts): { input: RoleCandidateInput; standing: Standing }[] {
  const source: StandingSource = input.standing ?? ((c, f) => standingOf(c.candidate, f, input.catalog, input.options));
  return input.candidates.map((c) => ({ input: c, standing: source(c, facts) }));
}

function nameOf(c: RoleCandidateInput): string {
  return c.candidate.name?.value ?? c.file;
}

export function buildRoleReport(input: RoleReportInput): RoleReportModel {
  const { role, catalog } = input;
  const options = input.options ?? {};
  const facts = roleFacts(role, catalog);
  // Columns: must-haves first, then should, then nice; the role's own order within a priority.
  const order = facts.requirements.map((r, i) => ({ r, i })).sort((a, b) => PRIORITY_RANK[a.r.priority] - PRIORITY_RANK[b.r.priority] || a.i - b.i);
  const measured = measure(input, facts);

  const candidates: RoleCandidate[] = measured.map(({ input: c, standing }) => {
    const { match, roadmap } = standing;
    return {
      name: nameOf(c),
      file: c.file,
      targets: c.targets,
      percent: match.percent,
      readiness: match.readiness,
      mustHaves: match.mustHaves,
      requirementsMet: match.requirements.filter((m) => m.met).length,
      experience: match.experience,
      readyWeek: roadmap.readyWeek,
      ...(roadmap.readyDate !== undefined ? { readyDate: roadmap.readyDate } : {}),
      hoursPerWeek: roadmap.hoursPerWeek,
      totalWeeks: roadmap.totalWeeks,
      readyText: readinessShort({ roleTitle: facts.title, roadmap }),
      cells: order.map(({ r, i }) => {
        const m = match.requirements[i];
        const held = match.held.get(m.skill.key);
        return {
          skill: m.skill.name,
          current: m.current,
          required: r.level,
          met: m.met,
          gap: m.met ? 0 : r.level - m.current,
          bench: m.current >= benchLevel(r),
          ...(held !== undefined ? { line: held.line } : {}),
        };
      }),
    };
  });
  candidates.sort((a, b) =>
    (a.readiness === b.readiness ? 0 : a.readiness === 'ready' ? -1 : 1) || b.percent - a.percent || a.readyWeek - b.readyWeek ||
    compareText(a.name, b.name) || compareText(a.file, b.file));

  const requirements: RoleRequirement[] = order.map(({ r }, index) => {
    const meeting = candidates.filter((c) => c.cells[index].met);
    return {
      index,
      label: r.alternatives.map((a) => a.name).join(' / '),
      skills: r.alternatives.map((a) => a.name),
      ids: r.alternatives.map((a) => a.id ?? null),
      anyOf: r.anyOf,
      level: r.level,
      priority: r.priority,
      weight: r.weight,
      ...(r.inheritedFrom !== undefined ? { inheritedFrom: r.inheritedFrom } : {}),
      file: r.file,
      line: r.requirement.range.start.line,
      coverage: meeting.length,
      bench: candidates.filter((c) => c.cells[index].bench).length,
      benchLevel: benchLevel(r),
      ...(meeting.length === 1 ? { singlePointOfFailure: { name: meeting[0].name, file: meeting[0].file } } : {}),
    };
  });

  const summary = summaryOf(facts.title, requirements, candidates, input.scope);
  const ladder = ladderOf(input, catalog);
  const model: RoleReportModel = {
    schemaVersion: 1,
    kind: 'role-report',
    generatedFor: options.today !== undefined ? { today: options.today } : {},
    role: {
      ...refOf(role.role),
      ...(role.role.role.description ? { description: role.role.role.description.value } : {}),
      extends: role.ancestors.map(roleIdOf),
      ...(facts.minYears !== undefined ? { minYears: facts.minYears } : {}),
      line: role.role.role.id?.range.start.line ?? 0,
    },
    scope: input.scope,
    requirements,
    candidates,
    summary,
    ladder,
    notes: {
      definitions: ROLE_REPORT_DEFINITIONS,
      provenance: {
        files: [...new Set([role.role.file, ...role.ancestors.map((a) => a.file), ...input.children.map((c) => c.role.file), ...candidates.map((c) => c.file)])],
        catalogs: options.catalogs ?? [],
      },
    },
    sections: [],
  };
  model.sections = sectionsOf(model);
  return model;
}

function benchLevel(r: EffectiveRequirement): number {
  return Math.min(r.level + 1, TOP_LEVEL);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function summaryOf(title: string, requirements: RoleRequirement[], candidates: RoleCandidate[], scope: 'targeting' | 'all'): RoleSummary {
  const covered = requirements.filter((r) => r.coverage > 0).length;
  const spof = requirements.filter((r) => r.singlePointOfFailure !== undefined).length;
  const ready = candidates.filter((c) => c.readiness === 'ready').length;
  const coveragePercent = requirements.length === 0 ? 100 : Math.round((100 * covered) / requirements.length);
  const who = scope === 'all' ? `${plural(candidates.length, 'candidate')} in the workspace` : `${plural(candidates.length, 'candidate')} ${candidates.length === 1 ? 'targets' : 'target'} ${title}`;
  const sentences: string[] = [];
  if (candidates.length === 0) {
    sentences.push(scope === 'all' ? `The workspace has no candidates to measure against ${title}.` : `No candidate in the workspace targets ${title}.`);
  } else {
    const closest = candidates.find((c) => c.readiness !== 'ready');
    const readyPart = ready === 0 ? 'none is ready yet' : ready === candidates.length ? (ready === 1 ? 'they are ready' : `all ${ready} are ready`) : `${ready} ${ready === 1 ? 'is' : 'are'} ready`;
    const next = closest !== undefined && ready < candidates.length
      ? `; ${ready === 0 ? 'the closest' : 'the next'} is ${closest.name} at ${closest.percent}% (${closest.readyText})`
      : '';
    sentences.push(`${who}: ${readyPart}${next}.`);
    const uncovered = requirements.length - covered;
    const detail = [
      spof > 0 ? `${spof} by only one (${spof === 1 ? 'a single point' : 'single points'} of failure)` : '',
      uncovered > 0 ? `${uncovered} by nobody` : '',
    ].filter((p) => p !== '');
    sentences.push(`Coverage ${coveragePercent}%: ${covered} of ${plural(requirements.length, 'requirement')} ${covered === 1 ? 'is' : 'are'} met by at least one candidate${detail.length > 0 ? `; ${detail.join(', ')}` : ''}.`);
  }
  return {
    candidates: candidates.length,
    ready,
    requirements: requirements.length,
    covered,
    coveragePercent,
    singlePointsOfFailure: spof,
    uncovered: requirements.length - covered,
    line: `${plural(candidates.length, 'candidate')} · ${ready} ready · coverage ${coveragePercent}%`,
    headline: sentences.join(' '),
  };
}

function step(from: RoleWithFile, to: RoleWithFile, fromReqs: EffectiveRequirement[], toReqs: EffectiveRequirement[], direction: LadderStep['direction']): LadderStep {
  const rows = compareRequirements(fromReqs, toReqs);
  return { from: refOf(from), to: refOf(to), direction, summary: changeSummary(rows), rows };
}

/** The step from a role's parent (its `extends`) into it; undefined for a role that extends none. */
export function ladderStepInto(role: ResolvedRole, catalog: SkillLookup): LadderStep | undefined {
  const [parent, ...rest] = role.ancestors;
  if (parent === undefined) return undefined;
  return step(parent, role.role, effectiveRequirements(parent, rest, catalog), effectiveRequirements(role.role, role.ancestors, catalog), 'into');
}

/** The steps into the role from each ancestor (farthest first), then from the role to each role extending it. */
function ladderOf(input: RoleReportInput, catalog: SkillLookup): LadderStep[] {
  const chain = [input.role.role, ...input.role.ancestors];        // the role, then its ancestors nearest first
  const into: LadderStep[] = [];
  for (let i = 0; i + 1 < chain.length; i++) into.unshift(ladderStepInto({ role: chain[i], ancestors: chain.slice(i + 1) }, catalog)!);
  const own = effectiveRequirements(input.role.role, input.role.ancestors, catalog);
  const children = [...input.children].sort((a, b) => compareText(roleIdOf(a.role), roleIdOf(b.role)));
  return [...into, ...children.map((c) => step(input.role.role, c.role, own, effectiveRequirements(c.role, c.ancestors, catalog), 'next'))];
}

function sectionsOf(model: RoleReportModel): RoleReportModel['sections'] {
  const noCandidates = model.scope === 'all'
    ? 'The workspace has no candidate documents.'
    : `No candidate in the workspace targets ${model.role.id}. Ask for every candidate (skillgap role ${model.role.id} --all-candidates, or "All candidates" in the preview) to measure everyone against it.`;
  const empty = (id: RoleSectionId): string | undefined => {
    switch (id) {
      case 'candidates': case 'matrix': return model.candidates.length === 0 ? noCandidates : model.requirements.length === 0 && id === 'matrix' ? 'The role states no requirements.' : undefined;
      case 'coverage': return model.requirements.length === 0 ? 'The role states no requirements.' : undefined;
      case 'ladder': return model.ladder.length === 0 ? `${model.role.title} extends no role, and no role extends it.` : undefined;
      default: return undefined;
    }
  };
  return (Object.keys(SECTION_TITLES) as RoleSectionId[]).map((id) => {
    const why = empty(id);
    return { id, title: SECTION_TITLES[id], ...(why !== undefined ? { empty: why } : {}) };
  });
}

export interface RoleComparisonInput {
  from: ResolvedRole;
  to: ResolvedRole;
  /** Candidates to measure against both, with whether they target each. */
  candidates: (RoleCandidateInput & { targetsFrom: boolean; targetsTo: boolean })[];
  scope: 'targeting' | 'all';
  catalog: SkillLookup;
  standing?: StandingSource;
  options?: AnalysisOptions;
}

/** Two roles side by side: the requirements diff (from → to) and each candidate's match in both. */
export function buildRoleComparison(input: RoleComparisonInput): RoleComparisonModel {
  const { catalog } = input;
  const options = input.options ?? {};
  const fromFacts = roleFacts(input.from, catalog);
  const toFacts = roleFacts(input.to, catalog);
  const rows = compareRequirements(fromFacts.requirements, toFacts.requirements);
  const source: StandingSource = input.standing ?? ((c, f) => standingOf(c.candidate, f, catalog, options));
  const compared = (c: RoleCandidateInput, facts: RoleFacts, targets: boolean): ComparedStanding => {
    const { match, roadmap } = source({ ...c, targets }, facts);
    return { targets, percent: match.percent, readiness: match.readiness, mustHaves: match.mustHaves, readyWeek: roadmap.readyWeek, readyText: readinessShort({ roleTitle: facts.title, roadmap }) };
  };
  const candidates = input.candidates.map((c) => ({
    name: nameOf(c),
    file: c.file,
    from: compared(c, fromFacts, c.targetsFrom),
    to: compared(c, toFacts, c.targetsTo),
  }));
  const best = (c: (typeof candidates)[number]) => ({
    ready: c.from.readiness === 'ready' || c.to.readiness === 'ready' ? 0 : 1,
    percent: Math.max(c.from.percent, c.to.percent),
  });
  candidates.sort((a, b) => best(a).ready - best(b).ready || best(b).percent - best(a).percent || compareText(a.name, b.name) || compareText(a.file, b.file));
  return {
    schemaVersion: 1,
    kind: 'role-comparison',
    generatedFor: options.today !== undefined ? { today: options.today } : {},
    from: refOf(input.from.role),
    to: refOf(input.to.role),
    summary: `${toFacts.title} against ${fromFacts.title}: ${changeSummary(rows)}.`,
    rows,
    scope: input.scope,
    candidates,
  };
}
