// The exported report (the seed scenario, byte for byte what `skillgap report --format html` writes) under
// axe-core and a strict contrast check, in light, dark and forced colours, at 1000 and 480 px; and the
// layout of the export and of the preview page in a side pane (480 and 400 px).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import type { ReportModel } from '../../server/src/analysis/report-model';
import { renderHtml } from '../../server/src/render/html';
import { AXE_RUN, AXE_SOURCE, CONTRAST_RUN, type AxeSummary, type ContrastSummary } from '../support/a11y.cjs';
import { openPreview, previewDocument } from './webview-page';

const GOLDEN = join(__dirname, '..', 'cli', 'golden', 'santana-mena.senior-ai-engineer');
const exported = readFileSync(`${GOLDEN}.html`, 'utf8');
const model = JSON.parse(readFileSync(`${GOLDEN}.json`, 'utf8')) as ReportModel;

/** What sticks out of the page sideways (page-level horizontal scroll), and chart labels cut short. */
async function layout(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const outside = Array.from(document.querySelectorAll('main *')).filter((e) => {
      if (e.closest('nav.toc ol') && e !== document.querySelector('nav.toc ol')) return false;   // the nav scrolls sideways inside itself
      const box = e.getBoundingClientRect();
      return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5) && !e.closest('.visually-hidden');
    }).map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
    const clipped = Array.from(document.querySelectorAll('.timeline-label, .levels-label')).filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent);
    const fonts = Array.from(document.querySelectorAll('.timeline-label, .levels-label, .timeline-tick-label, .chart-legend li, td, th'), (e) => parseFloat(getComputedStyle(e).fontSize));
    return { scrollWidth: document.documentElement.scrollWidth, width, outside: outside.slice(0, 5), clipped, smallestFont: Math.min(...fonts) };
  });
}

describe('the report\'s accessibility and layout in Chromium', function () {
  this.timeout(120000);
  let browser: Browser;

  before(async () => {
    browser = await launchChromium();
  });
  after(async () => { await browser?.close(); });

  for (const scheme of ['light', 'dark', 'forced colours'] as const) {
    for (const width of [1000, 480]) {
      it(`export, ${scheme}, ${width} px: axe finds no serious or critical violation, every text reads at 4.5:1, nothing sticks out`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme === 'dark' ? 'dark' : 'light', forcedColors: scheme === 'forced colours' ? 'active' : 'none' });
        try {
          const page = await context.newPage();
          await page.setContent(exported, { waitUntil: 'load' });
          await page.evaluate(AXE_SOURCE);
          const axe = await page.evaluate(AXE_RUN) as AxeSummary;
          assert.deepEqual(axe.blocking, [], axe.violations.join('\n'));
          const contrast = await page.evaluate(CONTRAST_RUN) as ContrastSummary;
          assert.deepEqual(contrast.findings, []);
          assert.ok(contrast.checked > 500, `${contrast.checked} texts checked`);
          const shape = await layout(page);
          assert.equal(shape.scrollWidth, width, `no page-level horizontal scroll: ${JSON.stringify(shape)}`);
          assert.deepEqual(shape.outside, []);
          assert.deepEqual(shape.clipped, []);
          if (process.env.SKILLGAP_A11Y_VERBOSE) console.log(`      ${scheme} ${width}: axe ${axe.violations.length} violations (min contrast ${axe.minContrast}, ${axe.contrastUnchecked} unchecked); own check: min ${contrast.min} over ${contrast.checked}`);
        } finally {
          await context.close();
        }
      });
    }
  }

  it('export at 480 px: tables are stacked rows (no column is hidden), the section nav is one line', async () => {
    const context = await browser.newContext({ viewport: { width: 480, height: 900 } });
    try {
      const page = await context.newPage();
      await page.setContent(exported, { waitUntil: 'load' });
      const shape = await page.evaluate(() => ({
        rowDisplays: [...new Set(Array.from(document.querySelectorAll('table.stack tbody tr'), (r) => getComputedStyle(r).display))],
        headHidden: Array.from(document.querySelectorAll('table.stack thead'), (h) => h.getBoundingClientRect().height <= 1).every(Boolean),
        labelled: Array.from(document.querySelectorAll('table.stack td:not(.empty)')).every((td) => getComputedStyle(td, '::before').content.includes(td.getAttribute('data-label') ?? '\u0000')),
        navHeight: document.querySelector('nav.toc')!.getBoundingClientRect().height,
        navLinkHeight: document.querySelector('nav.toc a')!.getBoundingClientRect().height,
      }));
      assert.deepEqual(shape.rowDisplays, ['block']);
      assert.equal(shape.headHidden, true);
      assert.equal(shape.labelled, true);
      assert.ok(shape.navHeight < shape.navLinkHeight * 2, `one line: ${JSON.stringify(shape)}`);
    } finally {
      await context.close();
    }
  });

  for (const width of [480, 400]) {
    it(`the preview page in a ${width} px pane: no horizontal scroll, chart labels whole and at ≥ 11 px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      try {
        const page = await openPreview(context, previewDocument(renderHtml(model, { embedded: true }), { roles: [{ id: 'ml-engineer', title: 'Machine Learning Engineer' }, { id: 'senior-ai-engineer', title: 'Senior AI Engineer' }], selectedRole: 'senior-ai-engineer', locked: false }));
        const shape = await layout(page);
        assert.equal(shape.scrollWidth, width, JSON.stringify(shape));
        assert.deepEqual(shape.outside, []);
        assert.deepEqual(shape.clipped, []);
        assert.ok(shape.smallestFont >= 11, `smallest chart or table text: ${shape.smallestFont} px`);
        // A long skill name wraps inside the label column rather than being cut.
        const nlp = await page.locator('.timeline-label', { hasText: 'Natural Language Processing' }).evaluate((e) => ({ lines: Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)), text: e.textContent }));
        assert.ok(nlp.lines >= 1 && nlp.text?.startsWith('Natural Language Processing'), JSON.stringify(nlp));
      } finally {
        await context.close();
      }
    });
  }
});
