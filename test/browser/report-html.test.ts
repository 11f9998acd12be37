// The HTML report in real headless Chromium: self-contained (no request leaves the page), semantic,
// themed, and inert with hostile input.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { renderHtml } from '../../server/src/render/html';
import { SECTION_TITLES, emptyModel, fullModel, hostileModel } from '../unit/render/fixtures';


interface Loaded { page: Page; requests: string[]; consoleErrors: string[]; dialogs: string[] }

describe('HTML report in Chromium', function () {
  this.timeout(60000);
  let browser: Browser;
  let context: BrowserContext;
  let requests: string[];

  before(async () => {
    browser = await launchChromium();
  });
  after(async () => { await browser?.close(); });

  beforeEach(async () => {
    requests = [];
    context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    // Nothing may leave the page: record and abort every request, popups included.
    await context.route('**/*', (route) => { requests.push(route.request().url()); return route.abort(); });
  });
  afterEach(async () => { await context.close(); });

  async function load(html: string): Promise<Loaded> {
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    const dialogs: string[] = [];
    page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    await page.setContent(html, { waitUntil: 'load' });
    return { page, requests, consoleErrors, dialogs };
  }

  it('shows the eleven sections in order, both charts, and makes no request', async () => {
    const { page, consoleErrors } = await load(renderHtml(fullModel()));
    const h2 = await page.locator('main section.report-section > details > summary > h2').allTextContents();
    assert.deepEqual(h2, SECTION_TITLES.map(([, title]) => title));
    for (const [id] of SECTION_TITLES) {
      assert.equal(await page.locator(`section#${id}`).getAttribute('aria-labelledby'), `${id}-heading`);
    }
    for (const chart of ['#chart-requirements', '#chart-roadmap']) {
      const figure = page.locator(`figure${chart}`);
      assert.ok(await figure.isVisible(), `${chart} visible`);
      const box = await figure.boundingBox();
      assert.ok(box !== null && box.width > 300 && box.height > 150, `${chart} has a real size: ${JSON.stringify(box)}`);
      assert.match((await page.locator(`${chart} figcaption`).textContent()) ?? '', /^(Roadmap timeline|Current vs required level)/);
    }
    const bars = await page.locator('#chart-roadmap .timeline-bar').evaluateAll((es) => es.map((e) => e.getBoundingClientRect().width));
    assert.equal(bars.length, 6);                                                          // one per roadmap item
    assert.ok(bars.every((w) => w >= 3), `every bar is drawn: ${bars.join(', ')}`);
    assert.equal(await page.locator('#chart-roadmap .timeline-line.marker-ready').count(), 1);
    assert.equal(await page.locator('#chart-requirements .levels-item').count(), 7);        // one per requirement
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(requests, []);
  });

  it('has a heading outline without skipped levels, lang, main and headed tables', async () => {
    const { page } = await load(renderHtml(fullModel()));
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    assert.equal(levels[0], 1);
    assert.equal(levels.filter((l) => l === 1).length, 1);
    levels.forEach((level, i) => { if (i > 0) assert.ok(level <= levels[i - 1] + 1, `h${levels[i - 1]} followed by h${level}`); });
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await page.locator('main').count(), 1);
    const tables = await page.locator('table').evaluateAll((ts) => ts.map((t) => ({
      caption: t.querySelector('caption')?.textContent ?? '',
      colHeaders: t.querySelectorAll('thead th[scope="col"]').length,
      columns: t.querySelector('tbody tr')?.children.length ?? 0,
      rowHeaders: t.querySelectorAll('tbody th[scope="row"]').length,
      rows: t.querySelectorAll('tbody tr').length,
    })));
    assert.equal(tables.length, 7);                          // skills, must, should, stack, gaps, phases, resources
    for (const t of tables) {
      assert.ok(t.caption.length > 0);
      assert.equal(t.colHeaders, t.columns);
      assert.equal(t.rowHeaders, t.rows);
    }
    assert.equal(await page.locator('tr[data-line][data-skill="kubernetes"][data-file="samples/santana-mena.skills.yaml"]').first().getAttribute('data-line'), '10');
  });

  it('follows the colour scheme: light and dark fallbacks', async () => {
    const { page } = await load(renderHtml(fullModel()));
    const colours = async () => page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return { bg: style.backgroundColor, fg: style.color };
    });
    await page.emulateMedia({ colorScheme: 'light' });
    assert.deepEqual(await colours(), { bg: 'rgb(255, 255, 255)', fg: 'rgb(31, 35, 40)' });
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.deepEqual(await colours(), { bg: 'rgb(13, 17, 23)', fg: 'rgb(230, 237, 243)' });
    const shots = process.env.SKILLGAP_SCREENSHOT_DIR;
    if (shots !== undefined) {
      await page.screenshot({ path: join(shots, 'report-dark.png'), fullPage: true });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.screenshot({ path: join(shots, 'report.png'), fullPage: true });
    }
  });

  it('uses the VS Code theme variables when the webview defines them', async () => {
    const { page } = await load(renderHtml(fullModel(), { embedded: true }));
    await page.evaluate(() => {
      document.documentElement.style.setProperty('--vscode-editor-background', 'rgb(1, 2, 3)');
      document.documentElement.style.setProperty('--vscode-editor-foreground', 'rgb(200, 201, 202)');
    });
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const fg = await page.evaluate(() => getComputedStyle(document.body).color);
    assert.deepEqual([bg, fg], ['rgb(1, 2, 3)', 'rgb(200, 201, 202)']);
  });

  it('shows hostile strings as text and runs none of them', async () => {
    for (const options of [{}, { embedded: true }]) {
      const { page, consoleErrors, dialogs } = await load(renderHtml(hostileModel(), options));
      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
      assert.deepEqual(dialogs, []);
      assert.equal(await page.locator('img, iframe, object, embed').count(), 0);
      assert.equal(await page.locator('script').count(), 0);
      assert.equal(await page.locator('[onerror], [onclick], [onload]').count(), 0);
      const h1 = await page.locator('h1').textContent();
      assert.equal(h1, 'Skill gap report: Santana Mena<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"> [x](javascript:window.__pwned=1) | # - \' & \\ *_ \u001b[31m');
      const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      for (const href of hrefs) assert.match(href, /^(https?:\/\/|#)/);
      assert.ok((await page.locator('main').textContent())?.includes('javascript:window.__pwned=1'), 'unsafe URLs are shown as text');
      assert.deepEqual(consoleErrors, []);
      assert.deepEqual(requests, []);
      await page.close();
    }
  });

  it('does not navigate away when any link is clicked', async () => {
    const { page } = await load(renderHtml(fullModel()));
    const links = page.locator('a[href]');
    const count = await links.count();
    assert.equal(count, 11 + 4 + 4 + 1);                          // toc, roadmap resources (where first used), resource table, market source
    for (let i = 0; i < count; i++) {
      const link = links.nth(i);
      const href = (await link.getAttribute('href')) ?? '';
      if (href.startsWith('http')) {
        assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
        const popup = context.waitForEvent('page');
        await link.click();
        await (await popup).close();
      } else {
        await link.click();
      }
      assert.match(page.url(), /^about:blank(#[a-z-]+)?$/);
      assert.equal(await page.locator('h1').textContent(), 'Skill gap report: Santana Mena');
    }
    // Clicks open external links in a new page, which the route aborts: nothing is fetched.
    assert.ok(requests.every((url) => /^https:\/\//.test(url)));
  });

  it('renders the empty-sections model with each empty text', async () => {
    const model = emptyModel();
    const { page, consoleErrors } = await load(renderHtml(model));
    for (const section of model.sections) {
      if (section.empty === undefined) continue;
      assert.equal(await page.locator(`section#${section.id} p.empty`).textContent(), section.empty);
    }
    assert.equal(await page.locator('figure').count(), 0);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(requests, []);
  });
});
