// The role report's HTML in real headless Chromium: the skills matrix has a text alternative, fits a
// 480 px pane without the page scrolling sideways, and makes no request.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { renderRoleReport } from '../../server/src/render/role';
import { Workspace } from '../../server/src/workspace';

const SAMPLES = join(__dirname, '..', '..', 'samples');

function sampleHtml(): string {
  const ws = new Workspace({ today: '2026-11-27' });
  ws.setFiles(readdirSync(SAMPLES).filter((f) => f.endsWith('.skills.yaml')).map((f) => [f, readFileSync(join(SAMPLES, f), 'utf8')] as [string, string]));
  return renderRoleReport('html', ws.roleReport('senior-ai-engineer'));
}

describe('role report HTML in Chromium', function () {
  this.timeout(60000);
  let browser: Browser;
  const html = sampleHtml();
  before(async () => { browser = await launchChromium(); });
  after(async () => { await browser?.close(); });

  async function open(width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; requests: string[] }> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
    const requests: string[] = [];
    await context.route('**/*', (route) => { requests.push(route.request().url()); return route.abort(); });
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return { page, requests };
  }

  it('draws the matrix as a table whose every cell says its figure in text and in full', async () => {
    const { page, requests } = await open(1100);
    const matrix = page.locator('table.matrix');
    assert.deepEqual(await matrix.locator('tbody th[scope=row]').allTextContents(), ['Lena Okafor', 'Mei Chen', 'Santana Mena']);
    assert.equal(await matrix.locator('thead th[scope=col]').count(), 16);
    assert.equal(await matrix.locator('td.heat').count(), 45);
    const mlops = matrix.locator('tbody tr').nth(1).locator('td').nth(4);
    assert.equal(await mlops.textContent(), '1 −2');
    assert.equal(await mlops.getAttribute('aria-label'), 'Mei Chen, MLOps: 1 (awareness) of 3 (competent) required, 2 levels short');
    const pytorch = matrix.locator('tbody tr').nth(0).locator('td').nth(3);
    assert.equal(await pytorch.textContent(), '4 ★ PyTorch');
    // Colour is never the only signal, but it is there: a bench cell and a cell 3 short differ.
    const bench = await matrix.locator('td.heat-bench').first().evaluate((e) => getComputedStyle(e).backgroundColor);
    const far = await matrix.locator('td.heat-gap-3').first().evaluate((e) => getComputedStyle(e).backgroundColor);
    assert.notEqual(bench, far);
    assert.deepEqual(requests, []);
  });

  it('offers the matrix in words: one sentence per candidate', async () => {
    const { page } = await open(1100);
    const words = page.locator('details.matrix-words li');
    assert.equal(await words.count(), 3);
    assert.equal(await words.nth(0).textContent(),
      'Lena Okafor: meets 10 of 15 (PyTorch for PyTorch / TensorFlow; AWS for AWS / Google Cloud / Azure); short of Data Engineering (0 of 2, should), ' +
      'Computer Vision (0 of 2, nice), Jenkins (0 of 2, nice), GitLab (0 of 2, nice), Ansible (0 of 1, nice); could mentor in Python, Deep Learning, PyTorch, Natural Language Processing.');
    await page.locator('details.matrix-words summary').click();
    assert.ok(await words.nth(2).isVisible());
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`fits a 480 px pane (${scheme}): the page never scrolls sideways; the matrix scrolls in its own focusable region`, async () => {
      const { page } = await open(480, scheme);
      const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      assert.ok(scrollWidth <= clientWidth, `page ${scrollWidth} px wide in a ${clientWidth} px viewport`);
      const region = page.locator('.matrix-wrap');
      assert.equal(await region.getAttribute('role'), 'region');
      assert.equal(await region.getAttribute('aria-label'), 'Skills matrix: 3 candidates × 15 requirements of Senior AI Engineer');
      const [inner, outer] = await region.evaluate((e) => [e.scrollWidth, e.clientWidth]);
      assert.ok(inner > outer, 'fifteen columns do not fit 480 px: the region scrolls');
      await region.focus();
      await page.keyboard.press('End');
      assert.equal(await page.evaluate(() => document.activeElement?.className), 'matrix-wrap');
      // The candidate names stay in view while the cells scroll under them.
      await region.evaluate((e) => { e.scrollLeft = e.scrollWidth; });
      const name = await page.locator('table.matrix tbody th').first().boundingBox();
      const box = await region.boundingBox();
      assert.ok(name !== null && box !== null && name.x >= box.x - 1 && name.x < box.x + 40, `sticky name column at ${name?.x} in a region at ${box?.x}`);
    });
  }
});
