// Analysis: match, gaps, roadmap and the report model, as pure functions of the typed files.
export { effectiveRequirements, DEFAULT_REQUIRED_LEVEL, type EffectiveRequirement, type RoleWithFile } from './requirements';
export { analyzeMatch, type MatchResult, type MatchGap, type RequirementMatch, type Strength } from './match';
export { planGaps, stepsOf, type PlannedGap, type ChosenResource } from './plan-gaps';
export { effortCurve, stepHours, defaultCurve, DEFAULT_CURVES, type EffortCurve } from './effort';
export { schedule, packPhases, weeksFor, DEFAULT_MAX_PHASE_WEEKS, type ScheduleOptions } from './schedule';
export { buildReport, planRoadmap, minYearsOf, hoursPerWeekOf, DEFAULT_HOURS_PER_WEEK } from './report';
export type { ReportInput, AnalysisOptions } from './report-input';
export { SECTION_TITLES } from './report-text';
export { addDays, isStale, isIsoDate } from './dates';
export { resolveSkill, type SkillLookup, type SkillRef } from './skills';
export type * from './report-model';
