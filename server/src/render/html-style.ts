// The stylesheet of every Skillgap page, inlined into the document (no external request). It draws only
// with the tokens of html-theme.ts (--fg, --bg, --surface, --good…), so one stylesheet serves the VS Code
// webview (theme variables) and the exported file (its own palette). Layout is for any width from a
// 400 px side pane to a full window: at 600 px and below, tables stack into one card per row.

export const REPORT_CSS = `
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body.skillgap { margin: 0; background: var(--bg); color: var(--fg); font-family: var(--font); font-size: var(--font-size); line-height: 1.5; overflow-wrap: break-word; }
body.skillgap:not(.embedded) main { max-width: 1000px; margin: 0 auto; padding: 28px 28px 64px; }
body.embedded main { max-width: 1000px; margin: 0 auto; padding: 12px 0 48px; }
@media (max-width: 600px) { body.skillgap:not(.embedded) main { padding: 16px 14px 40px; } }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.muted, .meta, caption, dl.facts dt, .tone-muted { color: var(--muted); }
h1 { font-size: 1.75em; line-height: 1.25; margin: 0 0 4px; font-weight: 600; }
h2 { font-size: 1.3em; line-height: 1.3; margin: 0; font-weight: 600; }
h3 { font-size: 1.1em; margin: 22px 0 8px; font-weight: 600; }
h4 { font-size: 1em; margin: 18px 0 6px; font-weight: 600; }
p { margin: 0 0 10px; }
ul, ol { margin: 0 0 12px; padding-left: 22px; }
li { margin: 2px 0; }
a { color: var(--link); text-decoration: underline; text-underline-offset: 2px; text-decoration-thickness: 1px; }
a:hover { text-decoration-thickness: 2px; }
:focus { outline: none; }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
code { font-family: var(--mono); font-size: 0.92em; }

.report-header { margin: 0 0 6px; }
.subtitle { font-size: 1.08em; margin: 0; }
.meta { font-size: 0.88em; margin: 4px 0 0; }

/* The section nav: one line that stays at the top; it scrolls sideways itself in a narrow pane. */
nav.toc { position: sticky; top: 0; z-index: 5; background: var(--bg); border-bottom: 1px solid var(--border); margin: 0 0 4px; }
nav.toc ol { list-style: none; display: flex; gap: 2px; margin: 0; padding: 6px 0; overflow-x: auto; scrollbar-width: thin; white-space: nowrap; }
nav.toc li { margin: 0; }
nav.toc a { display: block; padding: 2px 8px; border-radius: 4px; font-size: 0.88em; color: var(--fg); text-decoration: none; }
nav.toc a:hover { background: var(--hover); text-decoration: underline; }
nav.toc a[aria-current="true"] { box-shadow: inset 0 -2px 0 var(--link); }
.report-section, .report-section section { scroll-margin-top: 48px; }

/* Collapsible sections: the heading is the toggle. */
.report-section > details > summary { list-style: none; display: flex; align-items: center; gap: 8px; cursor: pointer; padding: 22px 0 6px; border-bottom: 1px solid var(--border); margin: 0 0 12px; }
.report-section > details > summary::-webkit-details-marker { display: none; }
.report-section > details > summary::before { content: ""; flex: none; width: 0.5em; height: 0.5em; border-right: 2px solid var(--muted); border-bottom: 2px solid var(--muted); transform: rotate(-45deg); transition: transform 0.1s; margin: 0 2px; }
.report-section > details[open] > summary::before { transform: rotate(45deg); }
.report-section > details:not([open]) > summary { margin-bottom: 0; }
.report-section:first-of-type > details > summary { padding-top: 10px; }

/* Facts: label and value side by side; the summary's headline figures as cards. */
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px; margin: 0 0 14px; }
dl.facts > div { display: contents; }
dl.facts dd { margin: 0; }
dl.facts.cards { grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 8px; }
dl.facts.cards > div { display: block; border: 1px solid var(--border); border-radius: 6px; padding: 8px 12px; background: var(--surface); }
dl.facts.cards dt { font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.04em; }
dl.facts.cards > div.key dd { font-size: 1.45em; line-height: 1.3; font-weight: 600; }
dl.facts.cards > div.wide { grid-column: span 2; }
@media (max-width: 600px) {
  dl.facts { grid-template-columns: 1fr; gap: 0; }
  dl.facts dd { margin: 0 0 6px; }
  dl.facts.cards { grid-template-columns: repeat(auto-fill, minmax(120px, 1fr)); gap: 6px; }
  dl.facts.cards > div:not(.key) { grid-column: 1 / -1; }
}

.notice { border-left: 4px solid var(--strong-border); background: var(--surface); padding: 8px 12px; border-radius: 0 6px 6px 0; }
.notice.tone-warn { border-left-color: var(--warn); }
.notice.tone-bad { border-left-color: var(--bad); }
.notice.tone-warn, .notice.tone-bad, .notice.tone-muted { color: var(--fg); }
.tone-good { color: var(--good); }
.tone-bad { color: var(--bad); }
.tone-warn { color: var(--warn); }
.empty { color: var(--muted); }

/* Tables: full width, wrapping cells (no sideways scrolling). */
table { border-collapse: collapse; width: 100%; margin: 0 0 16px; font-size: 0.93em; }
caption { text-align: left; font-size: 0.92em; padding: 0 0 4px; caption-side: top; }
/* break-word, not anywhere: a long word may break only when it cannot fit, so columns keep whole words. */
th, td { border: 1px solid var(--border); padding: 5px 9px; text-align: left; vertical-align: top; overflow-wrap: break-word; }
thead th { background: var(--surface); font-weight: 600; overflow-wrap: normal; }
tbody th { font-weight: 500; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.nowrap { white-space: nowrap; }
body.embedded tr[tabindex] { cursor: pointer; }
body.embedded tr[tabindex]:hover { background: var(--hover); }
tr[tabindex]:focus-visible { outline-offset: -2px; }
@media (max-width: 600px) {
  table.stack, table.stack tbody, table.stack tr, table.stack th, table.stack td { display: block; }
  table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  table.stack caption { display: block; }
  table.stack tr { border: 1px solid var(--border); border-radius: 6px; padding: 4px 10px 5px; margin: 0 0 4px; }
  table.stack th, table.stack td { border: 0; padding: 0; text-align: left; white-space: normal; }
  table.stack tbody th { font-weight: 600; margin: 0 0 2px; }
  table.stack td { display: inline-block; margin: 0 14px 0 0; }
  table.stack td.wide { display: block; margin: 2px 0 0; }
  table.stack td.empty { display: none; }
  table.stack td::before { content: attr(data-label) " "; color: var(--muted); }
}

/* Charts: lists drawn as bars; every position is a model figure in a custom property. */
figure.chart { margin: 4px 0 18px; padding: 10px 12px 12px; border: 1px solid var(--border); border-radius: 6px; background: var(--bg); }
figure.chart figcaption { font-size: 0.92em; margin: 0 0 6px; }
.chart ul, .chart ol { list-style: none; margin: 0; padding: 0; }
.chart li { margin: 0; }
.chart-legend { display: flex; flex-wrap: wrap; gap: 2px 16px; font-size: 0.85em; margin: 0 0 8px !important; }
.swatch { display: inline-block; width: 12px; height: 10px; margin-right: 5px; border-radius: 2px; vertical-align: -1px; forced-color-adjust: none; }
.swatch.priority-must { background: var(--must); }
.swatch.priority-should { background: var(--should); }
.swatch.priority-nice { background: var(--nice); }
.swatch.marker-ready { width: 3px; background: var(--good); }
.swatch.marker-deadline { width: 0; border-left: 3px dashed var(--bad); border-radius: 0; }
.swatch.current { background: var(--current); }
.swatch.required { background: transparent; border: 2px solid var(--required); }

.timeline { --label: clamp(6.5rem, 32%, 15rem); --gap: 10px; }
.timeline-plot { position: relative; }
.timeline-axis, .timeline-item, .levels-axis, .levels-item { display: grid; grid-template-columns: var(--label) 1fr; column-gap: var(--gap); align-items: center; }
.timeline-axis { font-size: 0.8em; color: var(--muted); height: 20px; }
.timeline-axis-scale, .levels-axis-scale { position: relative; height: 100%; }
.timeline-tick-label { position: absolute; left: calc(var(--at) / var(--weeks) * 100%); transform: translateX(-50%); }
.timeline-phase-title { position: relative; z-index: 1; background: var(--bg); font-size: 0.85em; font-weight: 600; margin: 4px 0 2px; padding: 4px 0 0; border-top: 1px solid var(--border); }
.timeline-phase:first-child .timeline-phase-title { border-top: 0; padding-top: 0; }
.timeline-phase-weeks { font-weight: 400; color: var(--muted); }
.timeline-item { min-height: 22px; }
.timeline-label { font-size: 0.88em; line-height: 1.25; padding: 2px 0; text-align: right; }
.timeline-track { position: relative; height: 12px; }
.timeline-bar { position: absolute; top: 0; bottom: 0; border-radius: 2px; min-width: 3px; forced-color-adjust: none;
  left: calc((var(--start) - 1) / var(--weeks) * 100%); width: calc((var(--end) - var(--start) + 1) / var(--weeks) * 100%); }
.priority-must .timeline-bar { background: var(--must); }
.priority-should .timeline-bar { background: var(--should); }
.priority-nice .timeline-bar { background: var(--nice); }
.timeline-lines { position: absolute; top: 0; bottom: 0; left: calc(var(--label) + var(--gap)); right: 0; pointer-events: none; }
.timeline-line { position: absolute; top: 20px; bottom: 0; left: calc(var(--at) / var(--weeks) * 100%); forced-color-adjust: none; }
.timeline-line.tick { border-left: 1px solid var(--grid); opacity: 0.6; }
.timeline-line.marker-ready { border-left: 2px solid var(--good); }
.timeline-line.marker-deadline { border-left: 2px dashed var(--bad); }

.levels { --label: clamp(6.5rem, 32%, 15rem); --gap: 10px; }
.levels-axis, .levels-item { grid-template-columns: var(--label) 1fr 3.2em; }
.levels-axis { font-size: 0.8em; color: var(--muted); height: 20px; }
.levels-tick-label { position: absolute; left: calc(var(--at) / var(--max) * 100%); transform: translateX(-50%); }
.levels-group-title { font-size: 0.85em; font-weight: 600; margin: 6px 0 2px; }
.levels-item { min-height: 22px; }
.levels-label { font-size: 0.88em; line-height: 1.25; padding: 2px 0; text-align: right; }
.levels-track { position: relative; height: 14px; forced-color-adjust: none;
  background: repeating-linear-gradient(to right, var(--grid) 0 1px, transparent 1px calc(100% / var(--max))); }
.levels-required { position: absolute; left: 0; top: 0; bottom: 0; width: calc(var(--need) / var(--max) * 100%); border: 2px solid var(--required); border-radius: 2px; }
.levels-current { position: absolute; left: 0; top: 4px; bottom: 4px; width: calc(var(--have) / var(--max) * 100%); background: var(--current); border-radius: 1px; }
.levels-value { font-size: 0.85em; font-variant-numeric: tabular-nums; white-space: nowrap; }
.levels-item.met .levels-value::after { content: ""; display: inline-block; width: 0.35em; height: 0.7em; margin-left: 6px; border-right: 2px solid var(--good); border-bottom: 2px solid var(--good); transform: rotate(45deg) translateY(-2px); }
@media (max-width: 600px) {
  .timeline, .levels { --label: 34%; --gap: 6px; }
  figure.chart { padding: 8px; }
}

.input-errors { border: 2px solid var(--bad); border-radius: 6px; padding: 8px 14px; margin: 12px 0; background: var(--bg); }
.input-errors ul { margin: 6px 0 0; padding-left: 20px; }
body.embedded .input-errors li[data-line] { cursor: pointer; }
body.embedded .input-errors li[data-line]:hover { text-decoration: underline; }

/* The role report's skills matrix: a heatmap table that scrolls in its own region (names stay in view). */
.matrix-wrap { overflow-x: auto; max-width: 100%; margin: 0 0 10px; }
table.matrix { width: auto; border-collapse: separate; border-spacing: 0; margin: 0; }
.matrix th, .matrix td { border-width: 0 1px 1px 0; overflow-wrap: normal; }
.matrix thead th { vertical-align: bottom; text-align: center; padding: 6px 4px; }
.matrix .matrix-col { display: block; writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; max-height: 11em; overflow: hidden; text-overflow: ellipsis; margin: 0 auto; }
.matrix .matrix-detail { display: block; font-weight: 400; font-size: 0.8em; color: var(--muted); white-space: nowrap; margin-top: 4px; }
.matrix tbody th, .matrix .matrix-corner { position: sticky; left: 0; z-index: 1; background: var(--bg); text-align: left; white-space: nowrap; min-width: 8em; }
.matrix td.heat { text-align: center; white-space: nowrap; font-variant-numeric: tabular-nums; min-width: 3.2em; padding: 5px 6px; color: var(--fg); }
.matrix .matrix-option { display: block; font-size: 0.8em; }
.heat-bench { background: color-mix(in srgb, var(--good) 40%, var(--bg)); }
.heat-met { background: color-mix(in srgb, var(--good) 18%, var(--bg)); }
.heat-gap-1 { background: color-mix(in srgb, var(--warn) 24%, var(--bg)); }
.heat-gap-2 { background: color-mix(in srgb, var(--bad) 22%, var(--bg)); }
.heat-gap-3 { background: color-mix(in srgb, var(--bad) 40%, var(--bg)); }
.matrix-wrap:focus-visible, .matrix [tabindex]:focus-visible, [data-open-file][tabindex]:focus-visible { outline: 2px solid var(--focus); outline-offset: -2px; }
body.embedded [data-open-file], body.embedded .matrix [data-line] { cursor: pointer; }
.matrix-legend { font-size: 0.9em; color: var(--muted); }

@media print {
  nav.toc { display: none; }
  .report-section > details > summary::before { display: none; }
  h2, h3 { break-after: avoid; }
  tr, figure, .timeline-item { break-inside: avoid; }
}
`;
