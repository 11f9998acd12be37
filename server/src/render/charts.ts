// Inline SVG charts for the HTML report. Coordinates are drawn with fixed decimals, so the same model
// always gives the same bytes. Colours come from CSS classes (html-style.ts), so the charts follow the theme.

import type { ReportModel } from '../analysis/report-model';
import { escapeHtml } from './escape';
import { formatNumber, weeksRange } from './format';

const MAX_LEVEL = 5;
const FONT = 12;

/** Coordinates with one decimal; "-0.0" would differ from "0.0" for the same picture. */
function n(value: number): string {
  const fixed = value.toFixed(1);
  return fixed === '-0.0' ? '0.0' : fixed;
}

function svgOpen(id: string, width: number, height: number, title: string, desc: string): string {
  return `<svg class="chart" id="${id}" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(desc)}</desc>`;
}

function legend(x: number, y: number): string {
  return `<g class="legend" aria-hidden="true">` +
    `<rect class="required" x="${x}" y="${y - 9}" width="12" height="10" rx="2"/><text x="${x + 18}" y="${y}">Required</text>` +
    `<rect class="current" x="${x + 96}" y="${y - 9}" width="12" height="10" rx="2"/><text x="${x + 114}" y="${y}">Current</text></g>`;
}

function categoryTitle(c: ReportModel['categories'][number]): string {
  return `${c.category}: required ${formatNumber(c.required)}, current ${formatNumber(c.current)}`;
}

/** Required vs current mean level per category: a radar from three categories, else horizontal bars. */
export function levelsChart(model: ReportModel): string {
  const cats = model.categories;
  const title = "Required vs current level by category: the mean over this role's requirements";
  const desc = `${cats.map(categoryTitle).join('; ')}. Each figure is the mean over the role's requirements in that category (${cats.map((c) => `${c.category}: ${c.requirements.join(', ')}`).join('; ')}); skills the role does not ask are not counted. Levels 0 (none) to 5 (expert); the same data is in the table below.`;
  return cats.length >= 3 ? radar(cats, title, desc) : bars(cats, title, desc);
}

function radar(cats: ReportModel['categories'], title: string, desc: string): string {
  const width = 600, height = 440, cx = 300, cy = 212, radius = 150;
  const point = (i: number, level: number): [number, number] => {
    const angle = (2 * Math.PI * i) / cats.length - Math.PI / 2;
    const r = (radius * Math.min(Math.max(level, 0), MAX_LEVEL)) / MAX_LEVEL;
    return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
  };
  const polygon = (levelOf: (i: number) => number) => cats.map((_, i) => point(i, levelOf(i)).map(n).join(',')).join(' ');
  const parts = [svgOpen('chart-levels', width, height, title, desc), '<g class="grid" aria-hidden="true">'];
  for (let level = 1; level <= MAX_LEVEL; level++) parts.push(`<polygon class="ring" points="${polygon(() => level)}"/>`);
  cats.forEach((_, i) => {
    const [x, y] = point(i, MAX_LEVEL);
    parts.push(`<line class="axis" x1="${cx}" y1="${cy}" x2="${n(x)}" y2="${n(y)}"/>`);
  });
  // Level numbers run along the bisector of the first two axes, clear of the data on either.
  const tickAngle = Math.PI / cats.length - Math.PI / 2;
  for (let level = 1; level <= MAX_LEVEL; level++) {
    const r = (radius * level) / MAX_LEVEL * Math.cos(Math.PI / cats.length);   // on the ring's edge
    parts.push(`<text class="tick" x="${n(cx + r * Math.cos(tickAngle))}" y="${n(cy + r * Math.sin(tickAngle) + 4)}" text-anchor="middle">${level}</text>`);
  }
  parts.push('</g>');
  parts.push(`<polygon class="series required" points="${polygon((i) => cats[i].required)}"><title>Required</title></polygon>`);
  parts.push(`<polygon class="series current" points="${polygon((i) => cats[i].current)}"><title>Current</title></polygon>`);
  cats.forEach((c, i) => {
    const [x, y] = point(i, c.current);
    parts.push(`<circle class="dot current" cx="${n(x)}" cy="${n(y)}" r="3.5"><title>${escapeHtml(categoryTitle(c))}</title></circle>`);
    const [lx, ly] = point(i, MAX_LEVEL + 0.4);
    const anchor = Math.abs(lx - cx) < 1 ? 'middle' : lx > cx ? 'start' : 'end';
    // Labels above the centre sit on their baseline, those below hang under it.
    const dy = Math.abs(ly - cy) < 1 ? FONT / 3 : ly < cy ? -2 : FONT;
    parts.push(`<text class="label" x="${n(lx)}" y="${n(ly + dy)}" text-anchor="${anchor}">${escapeHtml(c.category)}<title>${escapeHtml(categoryTitle(c))}</title></text>`);
  });
  parts.push(legend(16, height - 12), '</svg>');
  return parts.join('');
}

function bars(cats: ReportModel['categories'], title: string, desc: string): string {
  const labelWidth = 170, plotWidth = 360, barHeight = 14, rowHeight = 44, top = 14;
  const width = labelWidth + plotWidth + 30, height = top + cats.length * rowHeight + 48;
  const x = (level: number) => labelWidth + (plotWidth * Math.min(Math.max(level, 0), MAX_LEVEL)) / MAX_LEVEL;
  const parts = [svgOpen('chart-levels', width, height, title, desc), '<g class="grid" aria-hidden="true">'];
  for (let level = 0; level <= MAX_LEVEL; level++) {
    parts.push(`<line class="axis" x1="${n(x(level))}" y1="${top - 6}" x2="${n(x(level))}" y2="${top + cats.length * rowHeight}"/>`);
    parts.push(`<text class="tick" x="${n(x(level))}" y="${top + cats.length * rowHeight + 14}" text-anchor="middle">${level}</text>`);
  }
  parts.push('</g>');
  cats.forEach((c, i) => {
    const y = top + i * rowHeight;
    parts.push(`<g class="bar-group"><title>${escapeHtml(categoryTitle(c))}</title>` +
      `<text class="label" x="${labelWidth - 10}" y="${y + barHeight + 5}" text-anchor="end">${escapeHtml(c.category)}</text>` +
      `<rect class="bar required" x="${labelWidth}" y="${y}" width="${n(x(c.required) - labelWidth)}" height="${barHeight}" rx="2"/>` +
      `<rect class="bar current" x="${labelWidth}" y="${y + barHeight + 2}" width="${n(x(c.current) - labelWidth)}" height="${barHeight}" rx="2"/></g>`);
  });
  parts.push(legend(labelWidth, height - 10), '</svg>');
  return parts.join('');
}

const PRIORITY_NAME = { must: 'must-have', should: 'should-have', nice: 'nice-to-have' } as const;

/** The roadmap as a Gantt timeline: one bar per item, coloured by priority, with the readiness week and the deadline. */
export function roadmapChart(model: ReportModel): string {
  const { totalWeeks, hoursPerWeek, readyWeek } = model.roadmap;
  const items = model.roadmap.phases.flatMap((p) => p.items);
  const deadline = model.roadmap.deadline?.weeks ?? model.candidate.deadlineWeeks;
  const axisWeeks = Math.max(totalWeeks, deadline ?? 0, ...items.map((i) => i.endWeek), 1);
  const labelWidth = 210, plotWidth = 560, rowHeight = 24, top = 26;
  const width = labelWidth + plotWidth + 40, height = top + items.length * rowHeight + 56;
  const weekWidth = plotWidth / axisWeeks;
  const x = (week: number) => labelWidth + week * weekWidth;
  const itemTitle = (i: (typeof items)[number]) =>
    `${i.skill} ${i.from} → ${i.to} (${PRIORITY_NAME[i.priority]}): ${weeksRange(i.startWeek, i.endWeek)}${i.startDate === undefined ? '' : ` from ${i.startDate}`}, ${formatNumber(i.hours)} h`;
  const desc = `${totalWeeks}-week plan at ${formatNumber(hoursPerWeek)} h/week; must-haves met at the end of week ${readyWeek}. ${items.map(itemTitle).join('; ')}.` +
    (deadline === undefined ? '' : ` Deadline: week ${deadline}.`) + ' The same data is in the phases below.';
  const parts = [svgOpen('chart-roadmap', width, height, `Roadmap timeline: ${totalWeeks} weeks, must-haves by week ${readyWeek}`, desc), '<g class="grid" aria-hidden="true">'];
  const step = axisWeeks <= 16 ? 1 : axisWeeks <= 32 ? 2 : axisWeeks <= 64 ? 4 : 8;
  const bottom = top + items.length * rowHeight;
  for (let week = 0; week <= axisWeeks; week++) {
    if (week % step !== 0 && week !== axisWeeks) continue;
    parts.push(`<line class="axis" x1="${n(x(week))}" y1="${top - 6}" x2="${n(x(week))}" y2="${bottom}"/>`);
    if (week < axisWeeks) parts.push(`<text class="tick" x="${n(x(week) + weekWidth / 2)}" y="${top - 10}" text-anchor="middle">${week + 1}</text>`);
  }
  parts.push(`<text class="tick" x="${labelWidth}" y="${bottom + 18}">Week</text></g>`);
  items.forEach((item, i) => {
    const y = top + i * rowHeight;
    const barX = x(item.startWeek - 1);
    const barWidth = Math.max((item.endWeek - item.startWeek + 1) * weekWidth, 2);
    parts.push(`<g class="item"><title>${escapeHtml(itemTitle(item))}</title>` +
      `<text class="label" x="${labelWidth - 10}" y="${y + rowHeight / 2 + 4}" text-anchor="end">${escapeHtml(truncate(item.skill, 30))}</text>` +
      `<rect class="bar priority-${item.priority}" x="${n(barX)}" y="${y + 4}" width="${n(barWidth)}" height="${rowHeight - 8}" rx="3"/></g>`);
  });
  if (readyWeek > 0) {
    parts.push(`<g class="ready"><title>${escapeHtml(`Must-haves met: end of week ${readyWeek}`)}</title>` +
      `<line x1="${n(x(readyWeek))}" y1="${top - 6}" x2="${n(x(readyWeek))}" y2="${bottom + 4}"/>` +
      `<text x="${n(x(readyWeek))}" y="${bottom + 32}" text-anchor="middle">Ready</text></g>`);
  }
  if (deadline !== undefined) {
    parts.push(`<g class="deadline"><title>${escapeHtml(`Deadline: week ${deadline}`)}</title>` +
      `<line x1="${n(x(deadline))}" y1="${top - 6}" x2="${n(x(deadline))}" y2="${bottom + 4}"/>` +
      `<text x="${n(x(deadline))}" y="${bottom + 18}" text-anchor="end">Deadline</text></g>`);
  }
  parts.push(`<g class="legend" aria-hidden="true">${(['must', 'should', 'nice'] as const).map((p, k) =>
    `<rect class="bar priority-${p}" x="${labelWidth + 110 * k}" y="${height - 13}" width="12" height="10" rx="2"/><text x="${labelWidth + 110 * k + 18}" y="${height - 4}">${PRIORITY_NAME[p]}</text>`).join('')}</g>`);
  parts.push('</svg>');
  return parts.join('');
}

function truncate(value: string, max: number): string {
  const chars = Array.from(value);
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join('')}…`;
}
