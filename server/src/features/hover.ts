// Hover text, as Markdown: skills (what the catalog says, and what the target roles ask of this
// candidate), levels (the scale), role references (the match), keys (the schema's description).
// Every string from a file or a catalog goes in through the `markdown` template (render/escape.ts),
// which escapes it: a name can open no image, link, HTML tag, emphasis or code fence; links are
// made only to http(s) URLs, so a hover never offers `command:`, `file:` or `data:`.
import { closest } from 'fastest-levenshtein';
import { demandSignal, demandText, type SkillEntry } from '../catalog';
import { LEVEL_LABELS, type Range, type Position, type Role } from '../model/types';
import type { Workspace } from '../workspace';
import { levelLabel as levelText } from '../model/levels';
import { targetAt, type Target } from './locate';
import { matchSummary, summaryLine } from './match-summary';
import { keyDocumentation } from './schema-docs';
import { contains } from './text-position';
import { escapeMarkdownInline, markdown, markdownCode, markdownLink, markdownRaw, type MarkdownText } from '../render/escape';
import { yamlScalar } from '../model/yaml-scalar';

const code = (value: string) => markdownRaw(markdownCode(value));
const join = (parts: readonly MarkdownText[], separator: string) => markdownRaw(parts.map((p) => p.text).join(separator));

export interface HoverResult { markdown: string; range: Range }

export function hoverAt(workspace: Workspace, file: string, position: Position, options: { today?: string } = {}): HoverResult | undefined {
  const parsed = workspace.parsed(file);
  if (!parsed) return undefined;
  const target = targetAt(parsed, position);
  if (!target) return undefined;
  const markdown = hoverText(workspace, file, target, options);
  return markdown ? { markdown, range: target.range } : undefined;
}

function hoverText(workspace: Workspace, file: string, target: Target, options: { today?: string }): string | undefined {
  switch (target.type) {
    case 'key': return keyDocumentation(target.kind, target.path);
    case 'level': return levelScale(target.level);
    case 'skill': return skillHover(workspace, file, target, options);
    case 'role-ref': return roleHover(workspace, file, target.id, target.via, options) + (target.via === 'extends' ? ladderHover(workspace, file, target.range) : '');
    case 'role-id': return roleHover(workspace, file, target.id, 'definition', options);
    case 'catalog-skill-id': {
      const entry = workspace.catalog().get(target.id);
      return entry ? describeSkill(entry) : undefined;
    }
  }
}

function levelScale(level: number): string {
  const scale = LEVEL_LABELS.map((label, n) => (n === level ? `**${n} ${label}**` : `${n} ${label}`));
  return [`**Level ${levelText(level)}**`, '', scale.join(' · ')].join('\n');
}

function skillHover(workspace: Workspace, file: string, target: Extract<Target, { type: 'skill' }>, options: { today?: string }): string {
  const catalog = workspace.catalog();
  const resolution = catalog.resolve(target.written);
  if (resolution.status === 'unknown') return unknownSkill(workspace, target.written);
  if (resolution.status === 'ambiguous') {
    const names = resolution.entries.map((e) => markdown`**${e.name}** (${code(e.id)}, ${e.category})`);
    return [markdown`'${target.written}' names several skills: ${join(names, ', ')}.`.text, '', 'Write the canonical name or the id of the one you mean.'].join('\n');
  }
  const entry = resolution.entry;
  const parts = [describeSkill(entry)];
  if (resolution.status === 'alias') parts.push(markdown`'${target.written}' is an alias of **${entry.name}**.`.text);
  const context = target.kind === 'candidate' ? candidateContext(workspace, file, entry, options)
    : target.kind === 'role' ? roleContext(workspace, file, target, entry) : undefined;
  if (context) parts.push(context);
  return parts.join('\n\n');
}

function describeSkill(entry: SkillEntry): string {
  const lines = [markdown`**${entry.name}** · ${entry.category}`.text];
  if (entry.description) lines.push('', markdown`${entry.description}`.text);
  if (entry.aliases.length > 0) lines.push('', markdown`Aliases: ${entry.aliases.join(', ')}`.text);
  const demand = demandSignal(entry);
  if (demand) lines.push('', markdown`Demand: ${demandText(demand)}`.text);
  const source = sourceText(entry);
  if (source) lines.push('', `Source: ${source}`);
  return lines.join('\n');
}

function sourceText(entry: SkillEntry): string {
  const parts: string[] = [];
  const s = entry.source;
  if (s.esco) parts.push(markdownLink('ESCO', s.esco));
  if (s.onet) parts.push(markdown`O\\*NET Technology Skills (${s.onet})`.text);
  if (s.linguist) parts.push(markdown`GitHub Linguist (${s.linguist})`.text);
  if (s.curated) parts.push('curated by Skillgap');
  for (const [key, value] of Object.entries(s)) {
    if (['esco', 'onet', 'linguist', 'devicon', 'simpleIcons', 'curated'].includes(key) || value === undefined) continue;
    parts.push(markdown`${key}: ${String(value)}`.text);
  }
  if (entry.origin.catalog !== 'builtin') parts.push(markdown`workspace catalog ${code(entry.origin.catalog)}`.text);
  return parts.join(' · ');
}

/** What each target role requires of this skill vs the level the candidate wrote. */
function candidateContext(workspace: Workspace, file: string, entry: SkillEntry, options: { today?: string }): string | undefined {
  const candidate = workspace.candidates(file)[0];
  if (!candidate) return undefined;
  const rows: string[] = [];
  for (const target of candidate.targets) {
    if (!workspace.role(target.value)) continue;
    let model;
    try { model = workspace.report(file, target.value, options); } catch { continue; }
    const requirement = model.requirements.find((r) => r.ids.includes(entry.id));
    const title = model.role.title;
    if (!requirement) { rows.push(markdown`- ${title}: not required`.text); continue; }
    const verdict = requirement.met ? 'met' : `gap ${requirement.level - requirement.current}`;
    rows.push(markdown`- ${title}: needs ${levelText(requirement.level)}, ${requirement.priority}; you have ${levelText(requirement.current)} — ${verdict}`.text);
  }
  return rows.length > 0 ? ['Target roles:', ...rows].join('\n') : undefined;
}

function roleContext(workspace: Workspace, file: string, target: Extract<Target, { type: 'skill' }>, entry: SkillEntry): string | undefined {
  const role = workspace.parsed(file)?.documents.find((d) => d.index === target.docIndex)?.doc as Role | undefined;
  const requirement = role?.requirements?.find((r) => contains(r.range, target.range.start));
  if (!requirement) return undefined;
  const level = requirement.level ? levelText(requirement.level.value) : 'no level given';
  const alternatives = requirement.anyOf ? markdown` (any one of ${requirement.skills.map((s) => s.value).join(', ')})` : markdownRaw('');
  return markdown`This role requires ${entry.name}${alternatives} at ${level}, priority ${requirement.priority}.`.text;
}

function unknownSkill(workspace: Workspace, written: string): string {
  const catalog = workspace.catalog();
  const suggestions = catalog.suggest(written, 3);
  const lines = [
    markdown`**Unknown skill '${written}'**`.text,
    '',
    'No id, name or alias in the built-in catalog or the workspace catalogs matches it (case, spacing and punctuation are ignored).',
  ];
  if (suggestions.length > 0) lines.push('', markdown`Closest matches: ${suggestions.map((s) => `${s.entry.name} (${s.entry.category})`).join(', ')}`.text);
  // The snippet is YAML as the writer of quick fixes writes it: one line per value, so nothing in the
  // name can end the fence (a closing fence must start a line).
  const entry = [`  - id: ${kebab(written)}`, `    name: ${yamlScalar(written, false)}`, '    category: …'];
  const existing = workspace.catalogProvenance().find((c) => c.file !== undefined);
  if (existing) {
    lines.push('', markdown`If it is a real skill, add it to the workspace catalog ${code(existing.id)} (${baseName(existing.file!)}), under \`skills\`:`.text, '',
      '```yaml', ...entry, '```');
  } else {
    lines.push('', 'If it is a real skill, add it to a workspace catalog (a `kind: catalog` document in a `*.skills.yaml` file):', '',
      '```yaml', 'kind: catalog', 'id: my-catalog', 'skills:', ...entry, '```');
  }
  return lines.join('\n');
}

function roleHover(workspace: Workspace, file: string, id: string, via: 'target' | 'extends' | 'definition', options: { today?: string }): string {
  const definition = workspace.role(id);
  if (!definition) {
    const known = workspace.roleIds();
    const lines = [markdown`**Unknown role '${id}'**`.text, '', 'No `kind: role` document in the workspace has this id.'];
    if (known.length > 0) lines.push('', markdown`Did you mean ${code(closest(id, known))}?`.text);
    return lines.join('\n');
  }
  const role = definition.role;
  const title = role.title?.value ?? id;
  const lines = [markdown`**${title}** (${code(id)})`.text];
  if (role.description) lines.push('', markdown`${role.description.value}`.text);
  const musts = role.requirements.filter((r) => r.priority === 'must').length;
  lines.push('', `${role.requirements.length} requirement${role.requirements.length === 1 ? '' : 's'} (${musts} must-have${musts === 1 ? '' : 's'})` +
    (role.extends ? markdown`, extends ${code(role.extends.value)}`.text : ''));
  if (via === 'target') {
    const summary = matchSummary(workspace, file, id, options);
    if (summary) {
      lines.push('', markdown`${summaryLine(summary)}`.text, '', markdown`${summary.headline}`.text);
      if (summary.unmetMustHaves.length > 0) lines.push('', markdown`Unmet must-haves: ${summary.unmetMustHaves.join(', ')}`.text);
    }
  }
  return lines.join('\n');
}

/** On `extends: parent`: the ladder step from the parent into the role that says it. */
function ladderHover(workspace: Workspace, file: string, range: Range): string {
  const child = workspace.parsed(file)?.documents.map((d) => d.doc)
    .find((doc): doc is Role => doc?.kind === 'role' && doc.extends !== undefined && sameRange(doc.extends.range, range));
  const id = child?.id?.value;
  if (id === undefined || workspace.role(id)?.role !== child) return '';
  const step = workspace.ladderStep(id);
  if (!step) return '';
  const cell = (s: string) => escapeMarkdownInline(s, true);
  const rows = step.rows.map((r) => `| ${cell(r.skills.join(' / '))} | ${CHANGE_WORD[r.change]} | ${r.from ? levelText(r.from.level) : '—'} | ${r.to ? levelText(r.to.level) : '—'} | ${r.from && r.priorityChanged ? `${r.from.priority} → ` : ''}${(r.to ?? r.from)!.priority} |`);
  return ['', '', `**Ladder step ${cell(step.from.id)} → ${cell(step.to.id)}**: ${step.summary}.`, '',
    '| Requirement | Change | From | To | Priority |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

const CHANGE_WORD = { added: 'added', raised: 'raised', lowered: 'lowered', unchanged: 'unchanged', removed: 'dropped' } as const;

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function baseName(file: string): string {
  return decodeURIComponent(file.slice(file.lastIndexOf('/') + 1));
}

function kebab(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'new-skill';
}
