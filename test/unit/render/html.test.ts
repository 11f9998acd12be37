import assert from 'node:assert/strict';
import { escapeHtml } from '../../../server/src/render/escape';
import { renderHtml } from '../../../server/src/render/html';
import { SECTION_TITLES, emptyModel, fileStrings, fullModel, hostileModel } from './fixtures';

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

  it('is a full, self-contained document', () => {
    assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'));
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'none'">`
      .replace(/'/g, '&#39;')));
    assert.equal(count(html, /<script/), 0);
    assert.equal(count(html, /<link\b|@import|url\(|\ssrc=/), 0, 'no external resource of any kind');
    assert.equal(count(html, /<main>/), 1);
    assert.ok(html.endsWith('</main>\n</body>\n</html>\n'));
  });

  it('allows exactly one nonce script and the webview source when embedded', () => {
    const embedded = renderHtml(fullModel(), { embedded: true, nonce: 'r4nd0m', cspSource: 'https://*.vscode-cdn.net' });
    assert.ok(embedded.includes(`content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39; https://*.vscode-cdn.net; img-src data:; script-src &#39;nonce-r4nd0m&#39;"`));
    assert.equal(count(embedded, /<script/), 1);
    assert.ok(embedded.includes('<script nonce="r4nd0m">'));
    assert.ok(embedded.includes('<body class="embedded">'));
    assert.ok(embedded.includes('<tr data-skill="kubernetes" data-file="samples/santana-mena.skills.yaml" data-line="10" tabindex="0">'));
  });

  it('has the eleven sections in order, each labelled by its h2', () => {
    const ids = [...html.matchAll(/<section id="([^"]+)" aria-labelledby="\1-heading">\n<h2 id="\1-heading">([^<]*)<\/h2>/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(ids, SECTION_TITLES.map(([id, title]) => [id, escapeHtml(title)]));
    const levels = [...html.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
    assert.equal(levels[0], 1);
    levels.forEach((level, i) => { if (i > 0) assert.ok(level <= levels[i - 1] + 1); });
  });

  it('states the summary and marks source rows', () => {
    assert.ok(html.includes('<div class="key"><dt>Match</dt><dd><strong>44%</strong></dd></div>'));
    assert.ok(html.includes('<div class="key"><dt>Readiness</dt><dd><span class="tone-bad"><strong>Not ready</strong></span></dd></div>'));
    assert.ok(html.includes('<div class="key"><dt>Must-haves met</dt><dd><span class="tone-bad">2 of 5</span></dd></div>'));
    assert.ok(html.includes('<dt>Full plan</dt><dd>15 weeks at 10 h/week, 148 h; 245 USD of a 300 USD budget (within budget)</dd>'));
    assert.ok(html.includes('<p><strong>Must-haves for Senior AI Engineer met in 12 weeks, by 2027-02-28, at 10 h/week; the role also asks 5 years of experience (you have 3, about 3.2 by then); the full plan takes 15 weeks.</strong></p>'));
    assert.ok(html.includes('<p class="notice tone-muted" role="note">Must-haves for Senior AI Engineer met in 12 weeks at 10 h/week, within the 12-week deadline; the full plan takes 15 weeks</p>'));
    assert.ok(html.includes('<tr data-skill="python" data-file="samples/roles/senior-ai-engineer.skills.yaml" data-line="9"><th scope="row">Python</th>' +
      '<td class="nowrap">4 (proficient)</td><td class="nowrap">4 (proficient)</td><td><span class="tone-good">yes</span></td><td class="num">3</td><td>ai-engineer</td></tr>'));
    assert.ok(html.includes('<a href="https://kubernetes.io/docs/tutorials/" rel="noopener noreferrer" target="_blank">Kubernetes Basics</a> — Kubernetes project · 6 h in full · free'));
  });

  it('draws a radar with one vertex per category', () => {
    const svg = svgById(html, 'chart-levels');
    assert.ok(svg.startsWith('<svg class="chart" id="chart-levels" role="img" aria-labelledby="chart-levels-title chart-levels-desc"'));
    assert.ok(svg.includes('<title id="chart-levels-title">Required vs current level by category: the mean over this role&#39;s requirements</title>'));
    assert.ok(svg.includes('<desc id="chart-levels-desc">Programming: required 4, current 4; Cloud &amp; Platform: required 3, current 2; Machine Learning: required 3.5, current 0; Generative AI: required 3, current 0. ' +
      'Each figure is the mean over the role&#39;s requirements in that category (Programming: Python; Cloud &amp; Platform: Kubernetes, AWS / Google Cloud / Azure, Docker; ' +
      'Machine Learning: MLOps, PyTorch; Generative AI: Large Language Models); skills the role does not ask are not counted. Levels 0 (none) to 5 (expert); the same data is in the table below.</desc>'));
    const series = [...svg.matchAll(/<polygon class="series (required|current)" points="([^"]+)">/g)];
    assert.deepEqual(series.map((m) => [m[1], m[2].split(' ').length]), [['required', 4], ['current', 4]]);
    // Programming (axis 0, straight up) required 4 of 5 on a 150 radius: 120 above the centre (300, 212).
    assert.equal(series[0][2].split(' ')[0], '300.0,92.0');
    assert.equal(count(svg, /<polygon class="ring"/), 5);
    assert.equal(count(svg, /<line class="axis"/), 4);
    assert.deepEqual([...svg.matchAll(/<circle class="dot current"[^>]*><title>([^<]*)<\/title>/g)].map((m) => m[1]),
      ['Programming: required 4, current 4', 'Cloud &amp; Platform: required 3, current 2', 'Machine Learning: required 3.5, current 0', 'Generative AI: required 3, current 0']);
  });

  it('draws bars below three categories', () => {
    const model = fullModel();
    model.categories = model.categories.slice(0, 2);
    const svg = svgById(renderHtml(model), 'chart-levels');
    assert.equal(count(svg, /<polygon/), 0);
    assert.equal(count(svg, /<g class="bar-group"><title>/), 2);
    assert.equal(count(svg, /<rect class="bar required"/), 2);
    assert.equal(count(svg, /<rect class="bar current"/), 2);
    // Cloud & Platform current 2 of 5 on a 360-wide plot: 144 wide.
    assert.ok(svg.includes('<rect class="bar current" x="170" y="74" width="144.0" height="14" rx="2"/>'));
  });

  it('draws the roadmap as one Gantt bar per item, coloured by priority, with the readiness week and the deadline', () => {
    const svg = svgById(html, 'chart-roadmap');
    assert.ok(svg.includes('<title id="chart-roadmap-title">Roadmap timeline: 15 weeks, must-haves by week 12</title>'));
    assert.deepEqual([...svg.matchAll(/<g class="item"><title>([^<]*)<\/title>/g)].map((m) => m[1]), [
      'MLOps 0 → 4 (must-have): Weeks 1–4 from 2026-12-07, 40 h',
      'PyTorch 0 → 3 (must-have): Weeks 5–8 from 2027-01-04, 40 h',
      'Linux 0 → 1 (must-have): Week 9 from 2027-02-01, 8 h',
      'Kubernetes 1 → 3 (must-have): Weeks 9–12 from 2027-02-01, 30 h',
      'Large Language Models 0 → 3 (should-have): Weeks 12–14 from 2027-02-22, 20 h',
      'Docker 2 → 3 (should-have): Weeks 14–15 from 2027-03-08, 10 h',
    ]);
    assert.deepEqual([...svg.matchAll(/<g class="item">.*?<rect class="bar priority-(\w+)"/g)].map((m) => m[1]), ['must', 'must', 'must', 'must', 'should', 'should']);
    // 15 weeks over 560 px: 37.3 px a week; Kubernetes starts after week 8 and lasts 4 weeks.
    assert.ok(svg.includes('<rect class="bar priority-must" x="508.7" y="102" width="149.3" height="16" rx="3"/>'));
    assert.ok(svg.includes('<g class="ready"><title>Must-haves met: end of week 12</title><line x1="658.0"'));
    assert.ok(svg.includes('<g class="deadline"><title>Deadline: week 12</title><line x1="658.0"'));
  });

  it('says why an empty section is empty and draws no chart', () => {
    const model = emptyModel();
    const out = renderHtml(model);
    for (const section of model.sections) {
      if (section.empty !== undefined) assert.ok(out.includes(`<h2 id="${section.id}-heading">${section.title}</h2>\n<p class="empty">${escapeHtml(section.empty)}</p>`), section.id);
    }
    assert.equal(count(out, /<svg/), 0);
  });

  it('is byte-identical across renders and writes ’ – … → as characters', () => {
    assert.equal(renderHtml(fullModel()), html);
    assert.ok(html.includes('Bachelor’s in Computer Science'));
    assert.ok(!/â€|Ã/.test(html));
  });

  it('escapes every file string, in text and attributes', () => {
    const model = hostileModel();
    const out = renderHtml(model, { nonce: 'n' });
    assert.equal(count(out, /<script/), 1, 'only the nonce script');
    assert.equal(count(out, /<img|<iframe/), 0);
    // Attributes are name="value" with no raw quote inside a value, so a handler can only be a name of its own.
    assert.equal(count(out, /<[a-z]+(\s+[\w:-]+(="[^"]*")?)*\s+on\w+\s*=/i), 0, 'no event handler attribute');
    assert.equal(count(out, /href="(?!https?:\/\/|#)/), 0, 'no href but http(s) and in-page anchors');
    const missing = fileStrings(model)
      // A gap's category is for JSON readers: the plan is no longer grouped by it.
      .filter(({ path }) => !/(^|\.)(ids?|url)(\[\d+\])?$|^gaps\[\d+\]\.category$/.test(path))
      .filter(({ value }) => !out.includes(escapeHtml(value)))
      .map(({ path }) => path);
    assert.deepEqual(missing, []);
    // The unsafe URLs are text; the one https URL that tries to close the attribute stays inside it.
    assert.ok(out.includes('Machine Learning Engineering for Production (MLOps)'));
    assert.ok(out.includes('<a href="https://example.com/%22%3E%3Cscript%3Ewindow.__pwned=1%3C/script%3E" rel="noopener noreferrer" target="_blank">'));
    assert.ok(out.includes(' (javascript:window.__pwned=1)'));
  });
});
