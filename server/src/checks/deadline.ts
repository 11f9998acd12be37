// over-deadline: the roadmap for a target is longer than the candidate's deadline.
import { planRoadmap, type MatchResult } from '../analysis';
import type { Candidate, Diagnostic } from '../model/types';
import type { CheckContext } from './context';
import { coded } from '../model/diagnostic-codes';

export function checkOverDeadline(candidate: Candidate, match: MatchResult, ctx: CheckContext, title: string): Diagnostic | undefined {
  const deadline = candidate.availability?.deadlineWeeks;
  if (!deadline) return undefined;
  const roadmap = planRoadmap(match.gaps, candidate, ctx.catalog);
  const late = roadmap.overDeadline;
  if (!late) return undefined;
  return {
    range: deadline.range, ...coded('over-deadline'),
    message: late.achievable
      ? `Roadmap for ${title} needs ${late.weeks} weeks at ${roadmap.hoursPerWeek} h/week; deadline is ${late.deadlineWeeks} (needs ${late.neededHoursPerWeek} h/week)`
      : `Roadmap for ${title} needs ${late.weeks} weeks at ${roadmap.hoursPerWeek} h/week; deadline is ${late.deadlineWeeks}, which no weekly hours can meet (the plan has ${roadmap.phases.length} phases of at least a week each)`,
    data: { weeks: late.weeks, deadlineWeeks: late.deadlineWeeks, neededHoursPerWeek: late.neededHoursPerWeek, achievable: late.achievable, hoursPerWeek: roadmap.hoursPerWeek },
  };
}
