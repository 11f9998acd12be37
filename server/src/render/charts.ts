// The report's two charts, drawn in HTML and CSS (no SVG, no script): text stays at the page's size in
// a 400 px pane, long labels wrap instead of being clipped, colours follow the theme, and each chart is
// a list whose every row reads in words, so the chart is its own text alternative.
// Renderers never compute: every figure here is the model's. The HTML carries the model's numbers in
// custom properties (--start, --end, --current…) and html-style.ts turns them into positions with calc().

import type { ReportModel, RoadmapItem } from '../analysis/report-model';
import { LEVEL_LABELS } from '../model/types';
import type { Priority } from '../model/types';
import { escapeHtml } from './escape';
import { PRIORITY_LABEL, dateRange, formatHours, formatNumber, levelLabel, weeksRange } from './format';

const MAX_LEVEL = LEVEL_LABELS.length - 1;

/** Week numbers on the timeline's axis: the smallest step that keeps it to six labels (a 400 px pane). */
function axisWeeks(span: number): number[] {
  const step = [1, 2, 4, 5, 10, 20, 25, 50, 100, 200, 500].find((s) => span / s <= 6) ?? Math.ceil(span / 6);
  const ticks: number[] = [];
  for (let week = step; week <= span; week += step) ticks.push(week);
  return ticks;
}

function itemWords(item: RoadmapItem): string {
  const dates = dateRange(item.startDate, item.endDate);
  const prerequisite = item.prerequisite ? `, prerequisite of ${item.prerequisiteOf.join(', ')}` : '';
  return `${PRIORITY_LABEL[item.priority].toLowerCase()}${prerequisite}, level ${item.from} → ${item.to}, ` +
    `${weeksRange(item.startWeek, item.endWeek).toLowerCase()}${dates === undefined ? '' : ` (${dates})`}, ${formatHours(item.hours)}`;
}

/**
 * The roadmap as a timeline: one bar per item, grouped by phase and coloured by priority, with the week at
 * whose end the must-haves are met and the deadline as lines across every row.
 */
export function roadmapChart(model: ReportModel): string {
  const { totalWeeks, hoursPerWeek, readyWeek, phases } = model.roadmap;
  const deadline = model.roadmap.deadlineWeeks;
  // The axis spans the plan, or the deadline when that lies beyond it (a choice of scale, not a figure).
  const span = Math.max(totalWeeks, deadline ?? 0, 1);
  const priorities = [...new Set(phases.map((p) => p.priority))];
  const caption = `Roadmap timeline, one bar per item: ${totalWeeks} weeks at ${formatNumber(hoursPerWeek)} h/week` +
    (readyWeek > 0 ? `; must-haves met at the end of week ${readyWeek}` : '') +
    (deadline === undefined ? '' : `; deadline: end of week ${deadline}`) + '.';
  const legend = [
    ...priorities.map((p) => legendEntry(`priority-${p}`, PRIORITY_LABEL[p])),
    ...(readyWeek > 0 ? [legendEntry('marker-ready', `Must-haves met: end of week ${readyWeek}`)] : []),
    ...(deadline === undefined ? [] : [legendEntry('marker-deadline', `Deadline: end of week ${deadline}`)]),
  ];
  const ticks = axisWeeks(span);
  const axis = `<div class="timeline-axis" aria-hidden="true"><span class="timeline-axis-title">Week</span><span class="timeline-axis-scale">` +
    ticks.map((w) => `<span class="timeline-tick-label" style="--at: ${w}">${w}</span>`).join('') + '</span></div>';
  const groups = phases.map((phase) => `<li class="timeline-phase"><p class="timeline-phase-title">${escapeHtml(`Phase ${phase.index}: ${phase.title}`)}` +
    ` <span class="timeline-phase-weeks">${escapeHtml(weeksRange(phase.startWeek, phase.endWeek).toLowerCase())}</span></p><ol class="timeline-items">` +
    phase.items.map((item) => `<li class="timeline-item priority-${item.priority}" style="--start: ${item.startWeek}; --end: ${item.endWeek}">` +
      `<span class="timeline-label" title="${escapeHtml(`${item.skill}: ${itemWords(item)}`)}">${escapeHtml(item.skill)}<span class="visually-hidden">: ${escapeHtml(itemWords(item))}</span></span>` +
      '<span class="timeline-track" aria-hidden="true"><span class="timeline-bar"></span></span></li>').join('') +
    '</ol></li>').join('');
  const lines = [
    ...ticks.map((w) => `<span class="timeline-line tick" style="--at: ${w}"></span>`),
    ...(readyWeek > 0 ? [`<span class="timeline-line marker-ready" style="--at: ${readyWeek}"></span>`] : []),
    ...(deadline === undefined ? [] : [`<span class="timeline-line marker-deadline" style="--at: ${deadline}"></span>`]),
  ];
  return `<figure class="chart timeline" id="chart-roadmap" style="--weeks: ${span}" aria-labelledby="chart-roadmap-caption">` +
    `<figcaption id="chart-roadmap-caption">${escapeHtml(caption)}</figcaption>` +
    `<ul class="chart-legend">${legend.join('')}</ul>` +
    `<div class="timeline-plot">${axis}<ol class="timeline-phases">${groups}</ol>` +
    `<div class="timeline-lines" aria-hidden="true">${lines.join('')}</div></div></figure>`;
}

function legendEntry(mark: string, label: string): string {
  return `<li><span class="swatch ${mark}" aria-hidden="true"></span>${escapeHtml(label)}</li>`;
}

function requirementName(skills: string[]): string {
  return skills.length <= 1 ? skills.join('') : `${skills.slice(0, -1).join(', ')} or ${skills[skills.length - 1]}`;
}

/** Required vs current level of each requirement, grouped by priority: where the candidate stands on each. */
export function requirementsChart(model: ReportModel): string {
  const caption = `Current vs required level of each requirement of ${model.role.title}, by priority (levels 0 none to ${MAX_LEVEL} ${LEVEL_LABELS[MAX_LEVEL]}).`;
  const priorities: Priority[] = ['must', 'should', 'nice'];
  const groups = priorities.map((priority) => {
    const requirements = model.requirements.filter((r) => r.priority === priority);
    if (requirements.length === 0) return '';
    const rows = requirements.map((r) => {
      const words = `current ${levelLabel(r.current)}, required ${levelLabel(r.level)}, ${r.met ? 'met' : 'not met'}`;
      return `<li class="levels-item ${r.met ? 'met' : 'unmet'}" style="--have: ${r.current}; --need: ${r.level}">` +
        `<span class="levels-label">${escapeHtml(requirementName(r.skills))}${r.anyOf ? ' <span class="muted">(any of)</span>' : ''}</span>` +
        '<span class="levels-track" aria-hidden="true"><span class="levels-required"></span><span class="levels-current"></span></span>' +
        `<span class="levels-value"><span aria-hidden="true">${r.current} / ${r.level}</span><span class="visually-hidden">${escapeHtml(words)}</span></span></li>`;
    }).join('');
    return `<li class="levels-group priority-${priority}"><p class="levels-group-title">${escapeHtml(PRIORITY_LABEL[priority])}</p><ul class="levels-items">${rows}</ul></li>`;
  }).join('');
  const scale = Array.from({ length: MAX_LEVEL + 1 }, (_, level) => `<span class="levels-tick-label" style="--at: ${level}">${level}</span>`).join('');
  return `<figure class="chart levels" id="chart-requirements" style="--max: ${MAX_LEVEL}" aria-labelledby="chart-requirements-caption">` +
    `<figcaption id="chart-requirements-caption">${escapeHtml(caption)}</figcaption>` +
    `<ul class="chart-legend">${legendEntry('current', 'Current level')}${legendEntry('required', 'Required level')}</ul>` +
    `<div class="levels-axis" aria-hidden="true"><span class="levels-axis-title">Level</span><span class="levels-axis-scale">${scale}</span><span class="levels-value"></span></div>` +
    `<ul class="levels-groups">${groups}</ul></figure>`;
}
