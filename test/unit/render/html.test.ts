import assert from 'node:assert/strict';
import { escapeHtml } from '../../../server/src/render/escape';
import { renderHtml } from '../../../server/src/render/html';
import { SECTION_TITLES, emptyModel, fileStrings, fullModel, hostileModel, withInputErrors } from './fixtures';

function count(haystack: string, pattern: RegExp): number {
  return haystack.match(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g'))?.length ?? 0;
}

/** The markup of one element by id (SVGs here do not nest same-named elements). */
function svgById(html: string, id: string): string {
  const match = new RegExp(`<svg [^>]*id="${id}"[\\s\\S]*?</svg>`).exec(html);
  assert.ok(match, `svg#${id}`);
  return match[0];
}

describe('render/html', () => {
  const html = renderHtml(fullModel());
  const embedded = renderHtml(fullModel(), { embedded: true });

  it('is a full, self-contained document with no script', () => {
    assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'));
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'none'">`
      .replace(/'/g, '&#39;')));
    assert.equal(count(html, /<script/), 0);
    assert.equal(count(embedded, /<script/), 0);
    assert.equal(count(html, /<link\b|@import|url\(|\ssrc=/), 0, 'no external resource of any kind');
    assert.equal(count(html, /<style data-skillgap>/), 1, 'one stylesheet, marked as the report\'s own (the webview replaces only it)');
    assert.equal(count(html, /<main>/), 1);
    assert.ok(html.endsWith('</main>\n</body>\n</html>\n'));
  });

  it('colours the webview with the theme\'s --vscode-* variables only, the export with its own palette', () => {
    const tokens = (page: string) => /<style data-skillgap>\s*(:root \{[\s\S]*?\n\})/.exec(page)?.[1] ?? '';
    const webview = tokens(embedded);
    assert.ok(webview.includes('--fg: var(--vscode-editor-foreground);'));
    assert.ok(webview.includes('--bad: var(--vscode-testing-iconFailed, var(--vscode-errorForeground));'));
    assert.equal(count(webview, /#[0-9a-f]{3,8}\b|rgb\(/i), 0, 'no colour of its own inside VS Code');
    for (const line of webview.split('\n').filter((l) => /^\s+--[a-z-]+: /.test(l) && !/--font-size/.test(l))) assert.match(line, /var\(--vscode-/, line);
    assert.ok(embedded.includes('<body class="skillgap embedded">'));
    const exported = html.slice(0, html.indexOf('</style>'));
    assert.equal(count(exported, /--vscode-/), 0, 'the export never depends on VS Code');
    assert.ok(exported.includes('@media (prefers-color-scheme: dark)'));
    assert.ok(exported.includes('@media (forced-colors: active)'));
    assert.ok(html.includes('<body class="skillgap">'));
  });

  it('has the eleven sections in order, each a foldable <details> headed by its h2, after a section nav', () => {
    const ids = [...html.matchAll(/<section id="([^"]+)" class="report-section" aria-labelledby="\1-heading">\n<details open data-section="\1"><summary><h2 id="\1-heading">([^<]*)<\/h2><\/summary>/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(ids, SECTION_TITLES.map(([id, title]) => [id, escapeHtml(title)]));
    const levels = [...html.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
    assert.equal(levels[0], 1);
    levels.forEach((level, i) => { if (i > 0) assert.ok(level <= levels[i - 1] + 1); });
    assert.ok(html.includes('<nav class="toc" aria-label="Sections"><ol><li><a href="#executive-summary" title="Executive summary">Summary</a></li><li><a href="#candidate-profile" title="Candidate profile">Profile</a></li>'));
    assert.equal(count(html, /<nav class="toc"[^]*?<\/nav>/), 1);
    assert.equal([...html.matchAll(/<li><a href="#([a-z-]+)"/g)].length, 11);
  });

  it('states the summary as cards and marks source rows, focusable only in the webview', () => {
    assert.ok(html.includes('<dl class="facts cards"><div class="key"><dt>Match</dt><dd><strong>44%</strong></dd></div>'));
    assert.ok(html.includes('<div class="key"><dt>Readiness</dt><dd><span class="tone-bad"><strong>Not ready</strong></span></dd></div>'));
    assert.ok(html.includes('<div class="key"><dt>Must-haves met</dt><dd><span class="tone-bad">2 of 5</span></dd></div>'));
    assert.ok(html.includes('<dt>Full plan</dt><dd>15 weeks at 10 h/week, 148 h; 245 USD of a 300 USD budget (within budget)</dd>'));
    assert.ok(html.includes('<p><strong>Must-haves for Senior AI Engineer met in 12 weeks, by 2027-02-28, at 10 h/week; the role also asks 5 years of experience (you have 3, about 3.2 by then); the full plan takes 15 weeks.</strong></p>'));
    assert.ok(html.includes('<p class="notice tone-muted" role="note">The must-haves fit the 12-week deadline; the full plan runs past it.</p>'));
    const pythonRow = '<tr data-skill="python" data-file="samples/roles/senior-ai-engineer.skills.yaml" data-line="9"%><th scope="row">Python</th>' +
      '<td class="nowrap" data-label="Required">4 (proficient)</td><td class="nowrap" data-label="Current">4 (proficient)</td><td data-label="Met"><span class="tone-good">yes</span></td>' +
      '<td class="num" data-label="Weight">3</td><td data-label="Inherited from">ai-engineer</td></tr>';
    assert.ok(html.includes(pythonRow.replace('%', '')));
    assert.ok(embedded.includes(pythonRow.replace('%', ' tabindex="0"')));
    assert.equal(count(html, /tabindex=/), 0, 'nothing to act on in an exported file');
    assert.equal(count(embedded, /<tr [^>]*tabindex="0"/), count(embedded, /<tr [^>]*data-(line|role)=/));
    assert.ok(html.includes('<a href="https://kubernetes.io/docs/tutorials/" rel="noopener noreferrer" target="_blank">Kubernetes Basics</a> — Kubernetes project · 6 h in full · free'));
  });

  it('makes the other target roles rows that switch the preview to that role', () => {
    const model = fullModel();
    model.comparison = [{ roleId: 'ml-engineer', title: 'ML Engineer', percent: 72, readiness: 'not-ready', mustHavesMet: 1, mustHavesTotal: 3, readyWeek: 5 }];
    assert.ok(renderHtml(model, { embedded: true }).includes('<tr data-role="ml-engineer" tabindex="0"><th scope="row">ML Engineer (ml-engineer)</th><td class="num" data-label="Match">72%</td>'));
    assert.ok(renderHtml(model).includes('<tr data-role="ml-engineer"><th scope="row">ML Engineer (ml-engineer)</th>'));
  });

  it('gives each data cell its column title for the stacked layout of a narrow pane, and hides empty cells there', () => {
    assert.ok(html.includes('<table class="stack"><caption>Skills held (from samples/santana-mena.skills.yaml)</caption>'));
    assert.equal(count(html, /<table class="stack">/), count(html, /<table/));
    assert.equal(count(html, /<td(?![^>]*data-label="[^"]+")/), 0, 'every data cell is labelled');
    assert.ok(html.includes('<td class="num empty" data-label="Years">–</td>'));
    assert.ok(html.includes('<td class="wide" data-label="Notes">prerequisite of Kubernetes</td>'));
  });

  it('draws required vs current level per requirement, grouped by priority, from the model\'s figures', () => {
    const chart = /<figure class="chart levels" id="chart-requirements"[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
    assert.ok(chart.startsWith('<figure class="chart levels" id="chart-requirements" style="--max: 5" aria-labelledby="chart-requirements-caption"><figcaption id="chart-requirements-caption">' +
      'Current vs required level of each requirement of Senior AI Engineer, by priority (levels 0 none to 5 expert).</figcaption>'));
    assert.deepEqual([...chart.matchAll(/<p class="levels-group-title">([^<]+)<\/p>/g)].map((m) => m[1]), ['Must-have', 'Should-have']);
    const rows = [...chart.matchAll(/<li class="levels-item (met|unmet)" style="--have: (\d); --need: (\d)"><span class="levels-label">(.*?)<\/span><span class="levels-track"[\s\S]*?<span class="visually-hidden">([^<]*)<\/span><\/span><\/li>/g)]
      .map((m) => `${m[4].replace(/<[^>]+>/g, '')}: ${m[2]}/${m[3]} ${m[1]} (${m[5]})`);
    assert.deepEqual(rows, [
      'Python: 4/4 met (current 4 (proficient), required 4 (proficient), met)',
      'MLOps: 0/4 unmet (current 0 (none), required 4 (proficient), not met)',
      'Kubernetes: 1/3 unmet (current 1 (awareness), required 3 (competent), not met)',
      'AWS, Google Cloud or Azure (any of): 3/3 met (current 3 (competent), required 3 (competent), met)',
      'PyTorch: 0/3 unmet (current 0 (none), required 3 (competent), not met)',
      'Large Language Models: 0/3 unmet (current 0 (none), required 3 (competent), not met)',
      'Docker: 2/3 unmet (current 2 (novice), required 3 (competent), not met)',
    ]);
    assert.equal(count(html, /<svg|chart-levels/), 0, 'no radar, no SVG');
  });

  it('draws the roadmap as a timeline: one bar per item by phase, coloured by priority, with readiness and deadline lines', () => {
    const chart = /<figure class="chart timeline" id="chart-roadmap"[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
    assert.ok(chart.startsWith('<figure class="chart timeline" id="chart-roadmap" style="--weeks: 15" aria-labelledby="chart-roadmap-caption"><figcaption id="chart-roadmap-caption">' +
      'Roadmap timeline, one bar per item: 15 weeks at 10 h/week; must-haves met at the end of week 12; deadline: end of week 12.</figcaption>'));
    assert.deepEqual([...chart.matchAll(/<li><span class="swatch ([a-z-]+)" aria-hidden="true"><\/span>([^<]+)<\/li>/g)].map((m) => `${m[1]}: ${m[2]}`),
      ['priority-must: Must-have', 'priority-should: Should-have', 'marker-ready: Must-haves met: end of week 12', 'marker-deadline: Deadline: end of week 12']);
    assert.deepEqual([...chart.matchAll(/<p class="timeline-phase-title">([^<]+)<span class="timeline-phase-weeks">([^<]+)<\/span><\/p>/g)].map((m) => m[1] + m[2]),
      ['Phase 1: Must-haves for Senior AI Engineer weeks 1–12', 'Phase 2: Should-haves weeks 12–15']);
    const items = [...chart.matchAll(/<li class="timeline-item priority-(\w+)" style="--start: (\d+); --end: (\d+)"><span class="timeline-label" title="([^"]+)">([^<]+)<span class="visually-hidden">: ([^<]+)<\/span>/g)];
    assert.deepEqual(items.map((m) => `${m[5]} ${m[2]}–${m[3]} ${m[1]}`), ['MLOps 1–4 must', 'PyTorch 5–8 must', 'Linux 9–9 must', 'Kubernetes 9–12 must', 'Large Language Models 12–14 should', 'Docker 14–15 should']);
    assert.equal(items[2][6], 'must-have, prerequisite of Kubernetes, level 0 → 1, week 9 (2027-02-01 – 2027-02-07), 8 h');
    for (const m of items) assert.equal(m[4], `${m[5]}: ${m[6]}`, 'the full text is also the tooltip of the (wrapping) label');
    assert.ok(chart.includes('<span class="timeline-line marker-ready" style="--at: 12"></span><span class="timeline-line marker-deadline" style="--at: 12"></span>'));
    assert.deepEqual([...chart.matchAll(/<span class="timeline-tick-label" style="--at: (\d+)">\1<\/span>/g)].map((m) => Number(m[1])), [4, 8, 12]);
  });

  it('leaves out what it has nothing to say about (no "None stated" blocks)', () => {
    const model = fullModel();
    model.roadmap.phases[1].deliverables = [];
    model.notes.assumptions = [];
    const out = renderHtml(model);
    assert.equal(count(out, /None stated|None recorded/), 0);
    assert.equal(count(out, /<p><strong>Deliverables<\/strong><\/p>/), 1, 'only phase 1 has deliverables');
    assert.equal(count(out, /id="additional-notes-assumptions"/), 0);
    assert.equal(count(html, /id="additional-notes-assumptions"/), 1);
  });

  it('leads with the input errors, each pointing at its line for the preview, or has no banner', () => {
    assert.ok(!html.includes('<div class="input-errors"'));
    const out = renderHtml(withInputErrors(fullModel()), { embedded: true });
    const banner = /<div class="input-errors" role="alert">.*?<\/div>/.exec(out)?.[0];
    assert.equal(banner, '<div class="input-errors" role="alert"><p><strong>The files this report was built from have 2 errors: parts of them were not read, so figures may be wrong or missing. Fix them first:</strong></p><ul>' +
      '<li data-file="samples/santana-mena.skills.yaml" data-line="8" tabindex="0"><code>samples/santana-mena.skills.yaml:9:22</code> schema: unknown key &#39;levle&#39; — did you mean &#39;level&#39;?</li>' +
      '<li data-file="samples/acme.skills.yaml" data-line="6" tabindex="0"><code>samples/acme.skills.yaml:7:30</code> schema: effort step 2→3 (6 h) is cheaper than 1→2 (8 h): steps never get cheaper as the level rises</li></ul></div>');
    assert.ok(out.indexOf(banner) < out.indexOf('<section id="executive-summary"'));
  });

  it('says why an empty section is empty and draws no chart', () => {
    const model = emptyModel();
    const out = renderHtml(model);
    for (const section of model.sections) {
      if (section.empty !== undefined) assert.ok(out.includes(`<h2 id="${section.id}-heading">${section.title}</h2></summary>\n<div class="section-body">\n<p class="empty">${escapeHtml(section.empty)}</p>\n</div>`), section.id);
    }
    assert.equal(count(out, /<figure/), 0);
  });

  it('is byte-identical across renders and writes ’ – … → as characters', () => {
    assert.equal(renderHtml(fullModel()), html);
    assert.ok(html.includes('Bachelor’s in Computer Science'));
    assert.ok(!/â€|Ã/.test(html));
  });

  it('escapes every file string, in text and attributes', () => {
    const model = hostileModel();
    const out = renderHtml(model, { embedded: true });
    assert.equal(count(out, /<script/), 0);
    assert.equal(count(out, /<img|<iframe/), 0);
    // Attributes are name="value" with no raw quote inside a value, so a handler can only be a name of its own.
    assert.equal(count(out, /<[a-z]+(\s+[\w:-]+(="[^"]*")?)*\s+on\w+\s*=/i), 0, 'no event handler attribute');
    assert.equal(count(out, /href="(?!https?:\/\/|#)/), 0, 'no href but http(s) and in-page anchors');
    assert.equal(count(out, /style="(?!--[a-z]+: -?\d+(\.\d+)?(; --[a-z]+: -?\d+(\.\d+)?)*")/), 0, 'style attributes hold only numbers from the model');
    const missing = fileStrings(model)
      // A gap's category is for JSON readers: the plan is no longer grouped by it; the category means were the radar's; the deadline's text is the diagnostic's sentence (the report says the headline and a shorter note).
      .filter(({ path }) => !/(^|\.)(ids?|url)(\[\d+\])?$|^gaps\[\d+\]\.category$|^categories\[\d+\]\.|^roadmap\.deadline\.text$/.test(path))
      .filter(({ value }) => !out.includes(escapeHtml(value)))
      .map(({ path }) => path);
    assert.deepEqual(missing, []);
    // The unsafe URLs are text; the one https URL that tries to close the attribute stays inside it.
    assert.ok(out.includes('Machine Learning Engineering for Production (MLOps)'));
    assert.ok(out.includes('<a href="https://example.com/%22%3E%3Cscript%3Ewindow.__pwned=1%3C/script%3E" rel="noopener noreferrer" target="_blank">'));
    assert.ok(out.includes(' (javascript:window.__pwned=1)'));
  });
});
