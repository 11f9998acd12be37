// over-deadline (DESIGN §2): readiness for a target (its readyWeek) against the candidate's deadline,
// the full plan as context. A warning when readiness misses the deadline (with the hours per week
// that would make it); information when only the full plan runs past it.
import { planRoadmap, type MatchResult } from '../analysis';
import type { Candidate, Diagnostic } from '../model/types';
import type { CheckContext } from './context';
import { coded } from '../model/diagnostic-codes';

export function checkOverDeadline(candidate: Candidate, match: MatchResult, ctx: CheckContext, role: { title: string; minYears?: number }): Diagnostic | undefined {
  const written = candidate.availability?.deadlineWeeks;
  if (!written) return undefined;
  const roadmap = planRoadmap(match, candidate, ctx.catalog, role);
  const deadline = roadmap.deadline;
  if (!deadline || (deadline.ready === 'within' && deadline.fullPlan === 'within')) return undefined;
  return {
    range: written.range, ...coded('over-deadline'),
    // A warning when readiness misses the deadline; only information when just the full plan runs past it.
    ...(deadline.ready === 'within' ? { severity: 'information' as const } : {}),
    message: deadline.text,
    data: {
      readyWeek: roadmap.readyWeek, totalWeeks: roadmap.totalWeeks, deadlineWeeks: deadline.weeks, hoursPerWeek: roadmap.hoursPerWeek,
      ...(deadline.neededHoursPerWeek !== undefined ? { neededHoursPerWeek: deadline.neededHoursPerWeek } : {}),
    },
  };
}
