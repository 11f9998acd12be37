// A candidate against each of its target roles: missing-skill, below-level, over-deadline.
import { analyzeMatch, effectiveRequirements, type RequirementMatch } from '../analysis';
import { resolveSkill } from '../analysis/skills';
import type { Candidate, CandidateSkill, Diagnostic, Fix } from '../model/types';
import type { CheckContext } from './context';
import { levelLabel } from '../model/levels';
import { checkOverDeadline } from './deadline';
import { appendAfter } from './list-edit';
import { coded } from '../model/diagnostic-codes';
import { yamlScalar } from '../model/yaml-scalar';

export function checkTargets(candidate: Candidate, ctx: CheckContext, lineText: (line: number) => string, eol: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const target of candidate.targets) {
    const def = ctx.roles.get(target.value);
    if (!def) continue; // unknown-role is reported elsewhere
    const chain = ctx.roles.chain(def.role);
    const role = { role: def.role, file: def.file };
    const ancestors = chain.ancestors.map((a) => ({ role: a.role, file: a.file }));
    const requirements = effectiveRequirements(role, ancestors, ctx.catalog);
    const minYears = def.role.minYears?.value ?? chain.ancestors.find((a) => a.role.minYears)?.role.minYears?.value;
    const match = analyzeMatch(candidate, requirements, ctx.catalog, { minYears });
    const title = def.role.title?.value ?? target.value;

    const absent = match.unmetMustHaves.filter((m) => m.requirement.alternatives.every((a) => !match.held.has(a.key)));
    if (absent.length > 0) {
      const names = absent.map(describeRequirement);
      out.push({
        range: target.range, ...coded('missing-skill'),
        message: `Missing ${absent.length} must-have skill${absent.length === 1 ? '' : 's'} for ${title}: ${names.join(', ')}`,
        data: { role: target.value, skills: absent.map((m) => m.skill.name) },
        fixes: addSkillsFix(candidate, absent.map((m) => m.skill.name), lineText, eol),
      });
    }

    for (const m of match.requirements) {
      if (m.met || !match.held.has(m.skill.key)) continue;
      const entry = entryFor(candidate, m, ctx);
      if (!entry) continue;
      out.push({
        range: entry.level?.range ?? entry.skill.range, ...coded('below-level'),
        message: `${title} needs ${levelLabel(m.requirement.level)}; you have ${levelLabel(m.current)}`,
        data: { role: target.value, skill: m.skill.id ?? m.skill.name, required: m.requirement.level, current: m.current },
      });
    }

    const late = checkOverDeadline(candidate, match, ctx, { title, ...(minYears !== undefined ? { minYears } : {}) });
    if (late) out.push(late);
  }
  return out;
}

function describeRequirement(m: RequirementMatch): string {
  const names = m.requirement.alternatives.map((a) => a.name);
  return m.requirement.anyOf && names.length > 1 ? `one of ${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : m.skill.name;
}

/** The candidate's entry the requirement was judged on (the first entry naming that skill). */
function entryFor(candidate: Candidate, m: RequirementMatch, ctx: CheckContext): CandidateSkill | undefined {
  return candidate.skills.find((s) => resolveSkill(ctx.catalog, s.skill.value).key === m.skill.key);
}

/** Appends `- { skill: X, level: 0 }` entries after the last skill, in the list's own style and line breaks. */
function addSkillsFix(candidate: Candidate, names: string[], lineText: (line: number) => string, eol: string): Fix[] {
  const last = candidate.skills[candidate.skills.length - 1];
  const place = last && appendAfter(last.range, lineText);
  if (!place) return [];
  const { indent, flow, at } = place;
  const text = names
    .map((n) => (flow ? `${eol}${indent}- { skill: ${yamlScalar(n)}, level: 0 }` : `${eol}${indent}- skill: ${yamlScalar(n)}${eol}${indent}  level: 0`))
    .join('');
  return [{ title: `Add ${names.length === 1 ? names[0] : `the ${names.length} missing skills`} at level 0`, edits: [{ range: { start: at, end: at }, newText: text }] }];
}
