// Accessibility checks (CommonJS, so that both the TypeScript tests and run.mjs load it) shared by the browser suite (test/browser) and the real-VS-Code runner
// (test/vscode/run.mjs): axe-core, the npm package, run in the page; and a strict contrast check of every
// piece of text against the backgrounds it is drawn on. Page code is kept as strings so that Playwright's
// page.evaluate and frame.evaluate run it as it is.
'use strict';
const { readFileSync } = require('node:fs');

exports.AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 A/AA and axe's best practices. */
const AXE_TAGS = exports.AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs in the page (pass as a string with AXE_SOURCE prepended): axe over the document, summarised.
 * A string, not a function, so that the same code runs through Playwright's page and frame evaluate.
 */
exports.AXE_RUN = `(async () => {
  const result = await axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} }, resultTypes: ['violations', 'passes', 'incomplete'] });
  const line = (v) => v.id + ' (' + v.impact + '): ' + v.nodes.length + ' nodes — ' + v.nodes[0].target.join(' ') + ' — ' + (v.nodes[0].failureSummary || '').replace(/\\s+/g, ' ').slice(0, 200);
  const contrast = result.passes.concat(result.violations).filter((r) => r.id === 'color-contrast').flatMap((r) => r.nodes)
    .map((n) => (n.any[0] || n.all[0] || n.none[0] || {}).data).filter((d) => d && typeof d.contrastRatio === 'number').map((d) => d.contrastRatio);
  const unchecked = result.incomplete.filter((r) => r.id === 'color-contrast').reduce((n, r) => n + r.nodes.length, 0);
  return {
    violations: result.violations.map(line),
    blocking: result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map(line),
    minContrast: contrast.length ? Math.min(...contrast) : 0,
    contrastUnchecked: unchecked,
  };
})()`;

/**
 * Runs in the page: every visible text node and every ::before label, its colour composited over the
 * backgrounds behind it, against 4.5:1 whatever its size (stricter than WCAG's 3:1 for large text).
 * Returns the lowest ratio, the number of texts checked, and those below 4.5.
 */
exports.CONTRAST_RUN = `(() => {
  const parse = (c) => { const m = /rgba?\\(([^)]+)\\)/.exec(c); if (!m) return null; const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
  const over = (top, under) => [0, 1, 2].map((i) => top[i] * top[3] + under[i] * (1 - top[3])).concat(1);
  const lum = (c) => { const ch = c.slice(0, 3).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2]; };
  const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
  const background = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor); if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; } }
    let bg = [255, 255, 255, 1];
    for (let i = layers.length - 1; i >= 0; i--) bg = over(layers[i], bg);
    return bg;
  };
  const findings = [];
  let min = Infinity, checked = 0;
  const check = (el, text, color) => {
    const fg = parse(color); if (!fg) return;
    const bg = background(el);
    const r = ratio(over(fg, bg), bg);
    checked++; min = Math.min(min, r);
    if (r < 4.5) findings.push({ text: text.slice(0, 60), ratio: Math.round(r * 100) / 100, fg: color, bg: 'rgb(' + bg.slice(0, 3).map(Math.round).join(', ') + ')' });
  };
  const visible = (el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden') && getComputedStyle(el).visibility !== 'hidden' && Number(getComputedStyle(el).opacity) > 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || !n.textContent.trim() || el.closest('script, style') || !visible(el)) continue;
    check(el, n.textContent.trim(), getComputedStyle(el).color);
  }
  for (const el of document.querySelectorAll('td[data-label]')) {
    const before = getComputedStyle(el, '::before');
    if (before.content && before.content !== 'none' && before.display !== 'none' && visible(el)) check(el, el.getAttribute('data-label') + ' (label)', before.color);
  }
  return { min: Math.round(min * 100) / 100, checked, findings };
})()`;
