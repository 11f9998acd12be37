// `skillgap summary`: one Markdown table of every candidate against each of its targets — match,
// must-haves, readiness (in the code lens's words), full plan — for a CI job summary
// ($GITHUB_STEP_SUMMARY) or a PR comment.
import { mustHavesText, readinessShort, weeksText } from '../analysis';
import { escapeMarkdownInline } from '../render/escape';
import { problemCounts } from '../checks/cap';
import { WorkspaceError } from '../workspace';
import { loadSelected, type SelectOptions } from './check';

export function runSummary(paths: string[], opts: SelectOptions): { stdout: string; notices: string[] } {
  const { workspaces, notices } = loadSelected(paths, opts);
  const cell = (text: string) => escapeMarkdownInline(text, true) || ' ';
  const rows: string[] = [];
  const problems: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const { loaded, selected } of workspaces) {
    const { workspace } = loaded;
    for (const [, key] of selected) {
      const counts = problemCounts(workspace.diagnostics(key));
      errors += counts.error;
      warnings += counts.warning;
      const candidate = workspace.candidates(key)[0];
      if (!candidate) continue;
      const name = candidate.name?.value ?? key;
      if (candidate.targets.length === 0) problems.push(`${cell(name)} (${cell(key)}) has no targets`);
      for (const target of candidate.targets) {
        try {
          const m = workspace.report(key, target.value);
          const ready = `${m.match.readiness === 'ready' ? '✅' : '❌'} ${readinessShort({ roleTitle: m.role.title, roadmap: m.roadmap })}`;
          const unmet = m.match.mustHaves.total - m.match.mustHaves.met;
          const plan = m.roadmap.totalWeeks === 0 ? 'nothing to learn' : `${weeksText(m.roadmap.totalWeeks)} at ${m.roadmap.hoursPerWeek} h/week`;
          rows.push(`| ${cell(name)} | ${cell(key)} | ${cell(m.role.title)} | ${m.match.percent}% | ${mustHavesText(unmet, m.match.mustHaves.total)} | ${cell(ready)} | ${plan} |`);
        } catch (e) {
          if (!(e instanceof WorkspaceError)) throw e;
          problems.push(`${cell(name)} (${cell(key)}): ${cell(e.message)}`);
        }
      }
    }
  }
  const out = ['## Skillgap', ''];
  out.push(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${workspaces.reduce((n, w) => n + w.selected.length, 0)} files.`, '');
  if (rows.length > 0) {
    out.push('| Candidate | File | Role | Match | Must-haves | Readiness | Full plan |', '| --- | --- | --- | ---: | --- | --- | --- |', ...rows, '');
  } else {
    out.push('No candidate with a target role.', '');
  }
  for (const p of problems) out.push(`- ${p}`);
  return { stdout: out.join('\n').trimEnd() + '\n', notices };
}
