import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { renderMarkdown } from '../../../server/src/render/markdown';
import { escapeTerminal } from '../../../server/src/render/escape';
import { SECTION_TITLES, emptyModel, fileStrings, fullModel, hostileModel, withInputErrors } from './fixtures';

// A real CommonMark renderer (shipped with @vscode/vsce) shows what a Markdown preview would make of the output.
const preview = new MarkdownIt({ html: true });

describe('render/markdown', () => {
  const md = renderMarkdown(fullModel());

  it('has the eleven sections in order, headings never skipping a level', () => {
    assert.deepEqual(md.split('\n').filter((l) => l.startsWith('## ')), SECTION_TITLES.map(([, title]) => `## ${title}`));
    const levels = md.split('\n').filter((l) => /^#{1,6} /.test(l)).map((l) => l.indexOf(' '));
    assert.equal(levels[0], 1);
    levels.forEach((level, i) => { if (i > 0) assert.ok(level <= levels[i - 1] + 1, `h${levels[i - 1]} then h${level}`); });
  });

  it('states the executive summary figures', () => {
    for (const line of [
      '- **Match:** **44%**',
      '- **Readiness:** **Not ready**',
      '- **Must-haves met:** 2 of 5',
      '- **Experience:** 3 years vs 5 required (not met)',
      '- **Largest gaps:** **MLOps** 0 (none) → 4 (proficient) (must-have, 40 h), **PyTorch** 0 (none) → 3 (competent) (must-have, 40 h), **Kubernetes** 1 (awareness) → 3 (competent) (must-have, 30 h)',
      '- **Full plan:** 15 weeks at 10 h/week, 148 h; 245 USD of a 300 USD budget (within budget)',
      '> **Note:** The must-haves fit the 12-week deadline; the full plan runs past it.',
      '**Must-haves for Senior AI Engineer met in 12 weeks, by 2027-02-28, at 10 h/week; the role also asks 5 years of experience (you have 3, about 3.2 by then); the full plan takes 15 weeks.**',
    ]) assert.ok(md.includes(`\n${line}\n`), line);
  });

  it('quotes the model\'s figures, never recounts them', () => {
    const model = fullModel();
    model.roadmap.totalWeeks = 16;                                  // the renderer must not re-derive it from the items
    model.summary.headline = 'Headline from the model.';
    const other = renderMarkdown(model);
    assert.ok(other.includes('16-week plan at 10 h/week'));
    assert.ok(!other.includes('15-week plan'));
    assert.equal(other.split('**Headline from the model.**').length, 3, 'in the summary and the roadmap');
  });

  it('writes phases with weeks, dates, items, resources, deliverables and a review checkpoint', () => {
    assert.ok(md.includes('### Phase 1: Must-haves for Senior AI Engineer\n\n**Weeks 1–12** (2026-12-07 – 2027-02-28) · 118 h\n\n**Items**\n\n' +
      '- **MLOps** 0 (none) → 4 (proficient) · weeks 1–4 (2026-12-07 – 2027-01-03) · 40 h: 40 h of Machine Learning Engineering for Production (MLOps) (all of it)\n' +
      '- **PyTorch** 0 (none) → 3 (competent) · weeks 5–8 (2027-01-04 – 2027-01-31) · 40 h: 30 h of Deep Learning with PyTorch (all of it), 10 h of practice/self-study\n' +
      '- **Linux** 0 (none) → 1 (awareness) · prerequisite of Kubernetes · week 9 (2027-02-01 – 2027-02-07) · 8 h: 8 h of practice/self-study\n' +
      '- **Kubernetes** 1 (awareness) → 3 (competent) · weeks 9–12 (2027-02-01 – 2027-02-28) · 30 h: 6 h of Kubernetes Basics (all of it), 24 h of practice/self-study\n\n' +
      '**Resources**\n\n' +
      '- [Machine Learning Engineering for Production (MLOps)](https://www.coursera.org/specializations/machine-learning-engineering-for-production-mlops) — Coursera · 40 h in full · 196 USD · certificate\n' +
      '- [Deep Learning with PyTorch](https://www.coursera.org/learn/deep-neural-networks-with-pytorch) — Coursera · 30 h in full · 49 USD · certificate\n' +
      '- [Kubernetes Basics](https://kubernetes.io/docs/tutorials/) — Kubernetes project · 6 h in full · free\n\n**Deliverables**\n\n' +
      '- **Certificate:** Machine Learning Engineering for Production (MLOps) (Coursera) · MLOps\n'));
    assert.ok(md.includes('**Review checkpoint** — end of week 12 (2027-02-28): Check that MLOps 4 (proficient), PyTorch 3 (competent), Linux 1 (awareness) and Kubernetes 3 (competent) are reached, with the deliverables above as evidence.'));
    assert.ok(md.includes('| Should-haves | Weeks 12–15 | 2027-02-22 – 2027-03-21 | 30 | Large Language Models, Docker |'));
    assert.ok(md.includes('15-week plan at 10 h/week: 148 h in total, 118 h of them for the must-haves, ending 2027-03-21.'));
  });

  it('writes tables with right-aligned numbers; the gap table\'s hours are resources + practice', () => {
    assert.ok(md.includes('| Skill | Required | Current | Gap | Priority | Hours | Notes |\n| --- | --- | --- | ---: | --- | ---: | --- |\n' +
      '| **MLOps** | 4 (proficient) | 0 (none) | 4 | Must-have | 40 = 40 + 0 |   |\n'));
    assert.ok(md.includes('| **Linux** | 1 (awareness) | 0 (none) | 1 | Prerequisite | 8 = 0 + 8 | prerequisite of Kubernetes |'));
    assert.ok(md.includes('| Kubernetes (written as k8s) | 1 (awareness) | – | Cloud & Platform |'));
    assert.ok(md.includes('| AWS, Google Cloud or Azure (any of) | 3 (competent) | 3 (competent) | yes | 3 | – |'));
    assert.ok(md.includes('| Azure | Alternative | – | 3 (competent) |'));
    // The category means were the radar's (JSON keeps them); required vs current is per requirement.
    assert.ok(!md.includes('Averaged over'));
  });

  it('lists recommendations by priority with the gap\'s hours and what they cost, then the totals', () => {
    assert.ok(md.includes('1. Raise MLOps from 0 (none) to 4 (proficient) (must-have): 40 h — 40 h with Machine Learning Engineering for Production (MLOps) (Coursera) — 196 USD\n'));
    assert.ok(md.includes('3. Learn Linux to 1 (awareness) first, a prerequisite of Kubernetes (must-have tier): 8 h — 8 h of practice/self-study — no cost\n'));
    assert.ok(md.includes('**Totals:** 148 h in 15 weeks. Cost 245 USD of a 300 USD budget (within budget).'));
    const model = fullModel();
    model.roadmap.priceNotStated = 2;
    model.recommendations[1].priceNotStated = 1;
    const unpriced = renderMarkdown(model);
    assert.ok(unpriced.includes('— 49 USD plus 1 resource whose price is not stated\n'));
    assert.ok(unpriced.includes('Cost 245 USD of a 300 USD budget (within budget), plus 2 resources whose price is not stated.'));
  });

  it('shows a price with when and where it was read', () => {
    const model = fullModel();
    Object.assign(model.roadmap.phases[0].items[0].resources[0], { costAsOf: '2026-11', costSource: 'coursera.org pricing page' });
    Object.assign(model.resources[0], { costAsOf: '2026-11', costSource: 'coursera.org pricing page' });
    const out = renderMarkdown(model);
    assert.ok(out.includes('— Coursera · 40 h in full · 196 USD (as of 2026-11, coursera.org pricing page) · certificate\n'));
    assert.ok(out.includes('| 196 USD (as of 2026-11, coursera.org pricing page) | yes | acme |'));
  });

  it('leads with the input errors as a warning quote, before the first section', () => {
    const out = renderMarkdown(withInputErrors(fullModel()));
    assert.ok(out.includes('\n\n> **Warning:** The files this report was built from have 2 errors: parts of them were not read, so figures may be wrong or missing. Fix them first:\n>\n' +
      "> - **samples/santana-mena.skills.yaml:9:22** schema: unknown key 'levle' — did you mean 'level'?\n" +
      '> - **samples/acme.skills.yaml:7:30** schema: effort step 2→3 (6 h) is cheaper than 1→2 (8 h): steps never get cheaper as the level rises\n\n## Executive summary\n'));
    assert.ok(!md.includes('> **Warning:** The files'));
  });

  it('states the match formula in the notes', () => {
    assert.ok(md.includes('**Match formula:** Match % = Σ wᵢ·min(haveᵢ, needᵢ)/needᵢ ÷ Σ wᵢ over the role’s requirements.'));
  });

  it('says why an empty section is empty', () => {
    const model = emptyModel();
    const out = renderMarkdown(model);
    for (const section of model.sections) {
      if (section.empty !== undefined) assert.ok(out.includes(`## ${section.title}\n\n${section.empty}\n`), section.id);
    }
    assert.ok(out.includes('- **Full plan:** No gaps: nothing to plan.'));
    assert.ok(out.includes('**Ready for Junior Tester now.**'));
    assert.ok(out.includes('- **Availability:** 5 h/week (default: not stated in the file)'));
  });

  it('is byte-identical across renders and keeps ’ – … → intact', () => {
    assert.equal(renderMarkdown(fullModel()), md);
    assert.ok(md.includes('Bachelor’s in Computer Science'));
    assert.ok(md.includes('senior AI role…'));
    assert.ok(!/â€|Ã/.test(md));
  });

  it('keeps every hostile string as text in a real Markdown preview', () => {
    const model = hostileModel();
    const out = renderMarkdown(model);
    const html = preview.render(out);
    assert.ok(!/<(script|img|iframe)|<[a-z][^>]*\son\w+=/i.test(html), 'no element or handler from the input');
    assert.ok(!/href="javascript:/i.test(html));
    assert.deepEqual(html.match(/<h2>/g)?.length, 11, 'no string adds or breaks a heading');
    // The preview shows every file string whole, as text (entities decoded); ids, URLs, the strengths'
    // skill keys (the name is shown), the category means and the deadline's diagnostic sentence (JSON only) are not prose.
    const visible = html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    const missing = fileStrings(model)
      .filter(({ path }) => !/(^|\.)(ids?|url)(\[\d+\])?$|^strengths\[\d+\]\.skill$|^gaps\[\d+\]\.category$|^categories\[\d+\]\.|^roadmap\.deadline\.text$/.test(path))
      .filter(({ value }) => !visible.includes(escapeTerminal(value.replace(/\s+/g, ' '))))
      .map(({ path }) => path);
    assert.deepEqual(missing, []);
    assert.ok(visible.includes('javascript:window.__pwned=1'));
    // ESC, C1 and bidi controls are written as visible escapes, never raw (a Markdown file printed to a terminal).
    assert.doesNotMatch(out, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    assert.ok(visible.includes('\\x1b[31m'));
  });
});
