// Analysis: match, gaps, roadmap and the report model, as pure functions of the typed files.
export { effectiveRequirements, DEFAULT_REQUIRED_LEVEL, type EffectiveRequirement, type RoleWithFile } from './requirements';
export { analyzeMatch, type MatchResult, type RequirementMatch, type Strength } from './match';
export { planSkills, hoursToClose, TIER_OF, PRIORITY_OF, PAST_PREREQUISITES, type PlannedSkill, type SkillPart } from './plan-gaps';
export { effortCurve, stepHours, defaultCurve, DEFAULT_CURVES, type EffortCurve } from './effort';
export { routeOf, resourceKey, type RouteResource } from './routes';
export { schedule, orderParts, weeksFor, type ScheduleOptions, type PlannedItem } from './schedule';
export { buildReport, planFor, planRoadmap, minYearsOf, hoursPerWeekOf, DEFAULT_HOURS_PER_WEEK, type Plan } from './report';
export type { ReportInput, AnalysisOptions } from './report-input';
export { SECTION_TITLES, MATCH_FORMULA } from './report-text';
export { readinessHeadline, readinessShort, deadlineText, mustHavesText, weeksText, PRIORITY_WORD } from './wording';
export { addDays, isStale, isIsoDate } from './dates';
export { resolveSkill, type SkillLookup, type SkillRef } from './skills';
export type * from './report-model';
