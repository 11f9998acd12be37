import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { renderMarkdown } from '../../../server/src/render/markdown';
import { escapeTerminal } from '../../../server/src/render/escape';
import { SECTION_TITLES, emptyModel, fileStrings, fullModel, hostileModel } from './fixtures';

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
      '- **Largest gaps:** **MLOps** 0 (none) → 4 (proficient), **PyTorch** 0 (none) → 3 (competent), **Large Language Models** 0 (none) → 3 (competent)',
      '- **Roadmap:** 14-week plan at 10 h/week, 140 h in total',
      '> **Warning:** Roadmap needs 14 weeks at 10 h/week; deadline is 12 (needs 12 h/week)',
    ]) assert.ok(md.includes(`\n${line}\n`), line);
  });

  it('quotes roadmap.totalWeeks, never another count, as the plan length', () => {
    const model = fullModel();
    model.roadmap.totalWeeks = 15;                                  // the renderer must not re-add phases
    const other = renderMarkdown(model);
    assert.ok(other.includes('15-week plan at 10 h/week'));
    assert.ok(!other.includes('14-week plan'));
  });

  it('writes phases with weeks, dates, goals, resources and deliverables', () => {
    assert.ok(md.includes('### Phase 1 — Cloud & Platform\n\n**Weeks 1–4** (2026-12-07 – 2027-01-03) · 4 weeks · 40 h\n\n**Goals**\n\n' +
      '- **Docker**: 2 (novice) → 3 (competent) · 10 h · prerequisite\n- **Kubernetes**: 1 (awareness) → 3 (competent) · 30 h\n\n**Resources**\n\n' +
      '- [Docker – Get Started](https://docs.docker.com/get-started/) — Docker Inc. · 4 h · free\n' +
      '- [Kubernetes Basics](https://kubernetes.io/docs/tutorials/) — Kubernetes project · 6 h · free\n\n**Deliverables**\n\n' +
      '- **Project:** Deploy a model service with autoscaling on a cluster. · Kubernetes\n'));
    assert.ok(md.includes('| Phase 4 — Generative AI | Weeks 13–14 | 2027-03-01 – 2027-03-14 | 20 | Large Language Models |'));
  });

  it('writes tables with right-aligned numbers', () => {
    assert.ok(md.includes('| Skill | Required | Current | Gap | Priority | Hours | Notes |\n| --- | --- | --- | ---: | --- | ---: | --- |\n' +
      '| **MLOps** | 4 (proficient) | 0 (none) | 4 | Must-have | 40 | hours from resources |\n'));
    assert.ok(md.includes('| Kubernetes (written as k8s) | 1 (awareness) | – | Cloud & Platform |'));
    assert.ok(md.includes('| AWS, Google Cloud or Azure (any of) | 3 (competent) | 3 (competent) | yes | 3 | – |'));
  });

  it('says why an empty section is empty', () => {
    const model = emptyModel();
    const out = renderMarkdown(model);
    for (const section of model.sections) {
      if (section.empty !== undefined) assert.ok(out.includes(`## ${section.title}\n\n${section.empty}\n`), section.id);
    }
    assert.ok(out.includes('- **Roadmap:** No gaps: nothing to plan.'));
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
    // The preview shows every file string whole, as text (entities decoded); ids, URLs and the strengths'
    // skill keys (the name is shown) are not prose.
    const visible = html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    const missing = fileStrings(model)
      .filter(({ path }) => !/(^|\.)(ids?|url)(\[\d+\])?$|^strengths\[\d+\]\.skill$/.test(path))
      .filter(({ value }) => !visible.includes(escapeTerminal(value.replace(/\s+/g, ' '))))
      .map(({ path }) => path);
    assert.deepEqual(missing, []);
    assert.ok(visible.includes('javascript:window.__pwned=1'));
    // ESC, C1 and bidi controls are written as visible escapes, never raw (a Markdown file printed to a terminal).
    assert.doesNotMatch(out, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    assert.ok(visible.includes('\\x1b[31m'));
  });
});
