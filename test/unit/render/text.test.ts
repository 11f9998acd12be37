import assert from 'node:assert/strict';
import { renderText } from '../../../server/src/render/text';
import { SECTION_TITLES, emptyModel, fullModel, hostileModel, withInputErrors } from './fixtures';

const ANSI = /\u001b\[[0-9;]*m/g;
const columns = (line: string) => Array.from(line.replace(ANSI, '')).length;

describe('render/text', () => {
  const out = renderText(fullModel());

  it('numbers the eleven sections in order, underlined', () => {
    const headings = out.split('\n').filter((line, i, all) => /^═+$/.test(all[i + 1] ?? ''));
    assert.deepEqual(headings, SECTION_TITLES.map(([, title], i) => `${i + 1}. ${title}`));
  });

  it('states the summary with aligned labels', () => {
    assert.ok(out.includes('\nMatch           44%\nReadiness       Not ready\nMust-haves met  2 of 5\nExperience      3 years vs 5 required (not met)\n'));
    assert.ok(out.includes('\nFull plan       15 weeks at 10 h/week, 148 h; 245 USD of a 300 USD budget (within budget)\n'));
    assert.ok(out.includes('\nNote: The must-haves fit the 12-week deadline; the full plan runs past it.\n'));
    const warned = fullModel();
    warned.roadmap.deadline = { weeks: 10, ready: 'over', fullPlan: 'over', neededHoursPerWeek: 12, text: 'Ready in 12 weeks; deadline is 10 (needs 12 h/week to be ready by then)' };
    assert.ok(renderText(warned).includes('\n! The must-haves miss the 10-week deadline: 12 h/week would meet it.\n'));
    delete warned.roadmap.deadline.neededHoursPerWeek;
    assert.ok(renderText(warned).includes('\n! The must-haves miss the 10-week deadline: no number of hours per week can meet it.\n'));
  });

  it('aligns table columns, numbers to the right', () => {
    assert.ok(out.includes(
      'Skill                        Level           Years  Category\n' +
      '───────────────────────────  ──────────────  ─────  ────────────────\n' +
      'Python                       4 (proficient)      3  Programming\n'));
    assert.ok(out.includes('\nKubernetes (written as k8s)  1 (awareness)       –  Cloud & Platform\n'));
    assert.ok(out.includes('Should-haves                Weeks 12–15  2027-02-22 – 2027-03-21     30  Large Language Models,\n'));
  });

  it('wraps at the width, with hanging indents', () => {
    for (const width of [60, 80, 100]) {
      const lines = renderText(fullModel(), { width }).split('\n');
      const over = lines.filter((line) => columns(line) > width);
      assert.deepEqual(over, [], `width ${width}`);
    }
    const narrow = renderText(fullModel(), { width: 60 });
    assert.ok(narrow.includes('\nLargest gaps    MLOps 0 (none) → 4 (proficient) (must-have,\n                40 h), PyTorch 0 (none) → 3 (competent)\n                (must-have, 40 h), Kubernetes 1 (awareness)\n                → 3 (competent) (must-have, 30 h)\n'));
  });

  it('leads with the input errors, file:line:col, before the first section', () => {
    const out = renderText(withInputErrors(fullModel()));
    assert.ok(out.includes('\n\n! The files this report was built from have 2 errors: parts of them were not read, so figures may be\n' +
      '  wrong or missing. Fix them first:\n' +
      "  samples/santana-mena.skills.yaml:9:22 schema: unknown key 'levle' — did you mean 'level'?\n" +
      '  samples/acme.skills.yaml:7:30 schema: effort step 2→3 (6 h) is cheaper than 1→2 (8 h): steps never\n' +
      '  get cheaper as the level rises\n\n1. Executive summary\n'));
  });

  it('colours only when asked', () => {
    assert.equal(out.match(ANSI), null);
    const coloured = renderText(fullModel(), { color: true });
    assert.ok(coloured.includes('\u001b[1m1. Executive summary\u001b[22m'));
    assert.ok(coloured.includes('Readiness       \u001b[1m\u001b[31mNot ready\u001b[39m\u001b[22m'));
    assert.equal(coloured.replace(ANSI, ''), out);
  });

  it('says why an empty section is empty', () => {
    const model = emptyModel();
    const text = renderText(model);
    model.sections.forEach((section, i) => {
      if (section.empty !== undefined) assert.ok(text.includes(`${i + 1}. ${section.title}\n${'═'.repeat(`${i + 1}. ${section.title}`.length)}\n${section.empty}\n`), section.id);
    });
  });

  it('is byte-identical across renders, keeps ’ – … →, and neutralises control characters', () => {
    assert.equal(renderText(fullModel()), out);
    assert.ok(out.includes('Bachelor’s in Computer Science, XYZ University, 2022'));
    const hostile = renderText(hostileModel(), { width: 100000 });
    assert.ok(!hostile.includes('\u001b'), 'no escape sequence from the files reaches the terminal');
    assert.ok(hostile.includes('Santana Mena<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"> [x](javascript:window.__pwned=1) | # - \' & \\ *_ \\x1b[31m'));
  });
});
