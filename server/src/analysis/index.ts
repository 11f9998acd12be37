// Analysis: match, gaps, roadmap and the report model, as pure functions of the typed files.
export { effectiveRequirements, type RoleWithFile } from './requirements';
export { analyzeMatch, type MatchResult, type RequirementMatch } from './match';
export { effortCurve, stepHours } from './effort';
export { buildReport, planFor, planRoadmap } from './report';
export type { ReportInput } from './report-input';
export { readinessShort, mustHavesText, weeksText } from './wording';
export { addDays, isStale } from './dates';
export type * from './report-model';
