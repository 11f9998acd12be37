// The report's stylesheet, inlined into the document (no external request). VS Code's --vscode-* variables
// win inside the webview; elsewhere the light/dark fallbacks follow prefers-color-scheme.

export const REPORT_CSS = `
:root {
  color-scheme: light dark;
  --fg: var(--vscode-editor-foreground, #1f2328);
  --bg: var(--vscode-editor-background, #ffffff);
  --muted: var(--vscode-descriptionForeground, #59636e);
  --border: var(--vscode-panel-border, #d1d9e0);
  --surface: var(--vscode-textBlockQuote-background, #f6f8fa);
  --accent: var(--vscode-textLink-foreground, #0969da);
  --good: var(--vscode-testing-iconPassed, #1a7f37);
  --bad: var(--vscode-errorForeground, #cf222e);
  --warn: var(--vscode-editorWarning-foreground, #9a6700);
  --required: var(--vscode-charts-foreground, #8c959f);
  --current: var(--vscode-charts-blue, #0969da);
  --should: var(--vscode-charts-blue, #218bff);
  --nice: var(--vscode-charts-green, #2da44e);
  --must: var(--vscode-charts-orange, #d4731b);
  --font: var(--vscode-font-family, -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif);
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: var(--vscode-editor-foreground, #e6edf3);
    --bg: var(--vscode-editor-background, #0d1117);
    --muted: var(--vscode-descriptionForeground, #9198a1);
    --border: var(--vscode-panel-border, #3d444d);
    --surface: var(--vscode-textBlockQuote-background, #151b23);
    --accent: var(--vscode-textLink-foreground, #4493f8);
    --good: var(--vscode-testing-iconPassed, #3fb950);
    --bad: var(--vscode-errorForeground, #f85149);
    --warn: var(--vscode-editorWarning-foreground, #d29922);
    --required: var(--vscode-charts-foreground, #9198a1);
    --current: var(--vscode-charts-blue, #4493f8);
  }
}
body.vscode-high-contrast, body.vscode-high-contrast-light { --border: var(--vscode-contrastBorder, currentColor); }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font-family: var(--font); font-size: 15px; line-height: 1.55; }
main { max-width: 980px; margin: 0 auto; padding: 32px 28px 64px; }
body.embedded main { padding: 16px 20px 48px; }
header.report-header { border-bottom: 1px solid var(--border); padding-bottom: 16px; margin-bottom: 8px; }
h1 { font-size: 1.9em; line-height: 1.25; margin: 0 0 6px; font-weight: 600; }
h2 { font-size: 1.4em; margin: 40px 0 14px; padding-bottom: 6px; border-bottom: 1px solid var(--border); font-weight: 600; }
h3 { font-size: 1.1em; margin: 26px 0 10px; font-weight: 600; }
p { margin: 0 0 12px; }
.subtitle { font-size: 1.1em; margin: 0; }
.meta { color: var(--muted); font-size: 0.9em; margin: 4px 0 0; }
a { color: var(--accent); text-decoration: none; }
a:hover, a:focus-visible { text-decoration: underline; }
a:focus-visible, tr[data-line]:focus-visible { outline: 2px solid var(--vscode-focusBorder, var(--accent)); outline-offset: 1px; }
nav.toc ol { list-style: none; display: flex; flex-wrap: wrap; gap: 6px; padding: 0; margin: 12px 0 0; }
nav.toc a { display: inline-block; padding: 2px 10px; border: 1px solid var(--border); border-radius: 999px; font-size: 0.85em; color: var(--fg); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 6px 18px; margin: 0 0 14px; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
#executive-summary dl.facts { grid-template-columns: repeat(auto-fill, minmax(210px, 1fr)); gap: 10px; }
#executive-summary dl.facts > div { border: 1px solid var(--border); border-radius: 8px; padding: 10px 14px; background: var(--surface); }
#executive-summary dl.facts dt { font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.04em; }
#executive-summary dl.facts dd { font-size: 1.05em; }
#executive-summary dl.facts > div.key dd { font-size: 1.6em; line-height: 1.3; font-weight: 600; }
#executive-summary dl.facts > div.wide { grid-column: span 2; }
@media (max-width: 560px) { #executive-summary dl.facts > div.wide { grid-column: auto; } }
.nowrap { white-space: nowrap; }
dl.facts > div { display: contents; }
#executive-summary dl.facts > div { display: block; }
.notice { border-left: 4px solid var(--warn); background: var(--surface); padding: 8px 14px; border-radius: 0 6px 6px 0; }
.notice.tone-bad { border-left-color: var(--bad); }
.tone-good { color: var(--good); }
.tone-bad { color: var(--bad); }
.tone-warn { color: var(--warn); }
.tone-muted { color: var(--muted); }
.notice.tone-warn, .notice.tone-bad { color: var(--fg); }
ul, ol { margin: 0 0 14px; padding-left: 24px; }
li { margin: 3px 0; }
.table-wrap { overflow-x: auto; margin: 0 0 18px; }
table { border-collapse: collapse; width: 100%; font-size: 0.93em; }
caption { text-align: left; color: var(--muted); font-size: 0.9em; padding: 0 0 6px; caption-side: top; }
th, td { border: 1px solid var(--border); padding: 6px 10px; text-align: left; vertical-align: top; }
thead th { background: var(--surface); font-weight: 600; }
tbody th { font-weight: 500; }
tbody tr:nth-child(even) { background: color-mix(in srgb, var(--surface) 60%, transparent); }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
body.embedded tr[data-line] { cursor: pointer; }
body.embedded tr[data-line]:hover { background: var(--vscode-list-hoverBackground, var(--surface)); }
figure.chart-figure { margin: 8px 0 18px; padding: 12px; border: 1px solid var(--border); border-radius: 8px; background: var(--surface); overflow-x: auto; }
svg.chart { display: block; max-width: 100%; height: auto; margin: 0 auto; font-family: var(--font); }
svg.chart text { fill: var(--fg); font-size: 12px; }
svg.chart .tick { fill: var(--muted); font-size: 11px; }
svg.chart .grid .ring, svg.chart .grid .axis { fill: none; stroke: var(--border); stroke-width: 1; }
svg.chart .series.required { fill: color-mix(in srgb, var(--required) 18%, transparent); stroke: var(--required); stroke-width: 2; stroke-dasharray: 5 3; }
svg.chart .series.current { fill: color-mix(in srgb, var(--current) 28%, transparent); stroke: var(--current); stroke-width: 2; }
svg.chart .dot.current { fill: var(--current); }
svg.chart .bar.required, svg.chart .legend .required { fill: var(--required); }
svg.chart .bar.current, svg.chart .legend .current { fill: var(--current); }
svg.chart .bar.priority-must { fill: var(--must); }
svg.chart .bar.priority-should { fill: var(--should); }
svg.chart .bar.priority-nice { fill: var(--nice); }
svg.chart .ready line { stroke: var(--good); stroke-width: 2; }
svg.chart .ready text { fill: var(--good); }
svg.chart .deadline line { stroke: var(--bad); stroke-width: 2; stroke-dasharray: 6 4; }
svg.chart .deadline text { fill: var(--bad); }
@media (forced-colors: active) {
  svg.chart text, svg.chart .tick { fill: CanvasText; }
  svg.chart .grid .ring, svg.chart .grid .axis { stroke: GrayText; }
  svg.chart .series.required { fill: none; stroke: GrayText; }
  svg.chart .series.current { fill: none; stroke: Highlight; }
  svg.chart .bar, svg.chart .legend rect, svg.chart .dot { fill: Highlight; }
  svg.chart .bar.required, svg.chart .legend .required { fill: GrayText; }
  svg.chart .ready line { stroke: CanvasText; }
  svg.chart .deadline line { stroke: CanvasText; }
}
table.matrix { width: auto; border-collapse: separate; border-spacing: 0; }
.matrix-wrap { overflow-x: auto; max-width: 100%; margin: 0 0 10px; }
.matrix-wrap:focus-visible, .matrix [tabindex]:focus-visible, tr[data-open-file]:focus-visible, th[data-open-file]:focus-visible { outline: 2px solid var(--vscode-focusBorder, var(--accent)); outline-offset: -2px; }
.matrix th, .matrix td { border-width: 0 1px 1px 0; }
.matrix thead th { vertical-align: bottom; text-align: center; padding: 6px 4px; }
.matrix .matrix-col { display: block; writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; max-height: 11em; overflow: hidden; text-overflow: ellipsis; margin: 0 auto; }
.matrix .matrix-detail { display: block; font-weight: 400; font-size: 0.8em; color: var(--muted); white-space: nowrap; margin-top: 4px; }
.matrix tbody th, .matrix .matrix-corner { position: sticky; left: 0; z-index: 1; background: var(--bg); text-align: left; white-space: nowrap; min-width: 8em; }
.matrix td.heat { text-align: center; white-space: nowrap; font-variant-numeric: tabular-nums; min-width: 3.2em; padding: 5px 6px; }
.heat-bench { background: color-mix(in srgb, var(--good) 42%, var(--bg)); }
.heat-met { background: color-mix(in srgb, var(--good) 20%, var(--bg)); }
.heat-gap-1 { background: color-mix(in srgb, var(--warn) 26%, var(--bg)); }
.heat-gap-2 { background: color-mix(in srgb, var(--bad) 24%, var(--bg)); }
.heat-gap-3 { background: color-mix(in srgb, var(--bad) 44%, var(--bg)); }
.matrix-legend { font-size: 0.9em; color: var(--muted); }
.matrix .matrix-option { display: block; font-size: 0.8em; color: var(--fg); }
body.embedded [data-open-file], body.embedded .matrix td[data-line] { cursor: pointer; }
@media (forced-colors: active) { .heat { forced-color-adjust: auto; } }
@media print { nav.toc { display: none; } h2 { break-after: avoid; } tr, figure { break-inside: avoid; } }
`;
