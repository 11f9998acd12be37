// The preview page's behaviour in real Chromium: the extension's webview document around the server's
// embedded report, with the real media/preview.js. (The same page inside a real VS Code: test/vscode.)
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { renderHtml } from '../../server/src/render/html';
import { fullModel, withInputErrors } from '../unit/render/fixtures';
import { messages, openPreview, pageState, postUpdate, previewDocument } from './webview-page';

const CANDIDATE = 'samples/santana-mena.skills.yaml';
const ROLE = 'samples/roles/senior-ai-engineer.skills.yaml';

function withComparison() {
  const model = fullModel();
  model.comparison = [{ roleId: 'ml-engineer', title: 'ML Engineer', percent: 72, readiness: 'not-ready', mustHavesMet: 1, mustHavesTotal: 3, readyWeek: 5 }];
  return model;
}

describe('report preview page (webview document + media/preview.js) in Chromium', function () {
  this.timeout(60000);
  let browser: Browser;
  let context: BrowserContext;

  before(async () => {
    browser = await launchChromium();
  });
  after(async () => { await browser?.close(); });
  beforeEach(async () => { context = await browser.newContext({ viewport: { width: 900, height: 800 } }); });
  afterEach(async () => { await context.close(); });

  const open = (options: { state?: unknown; width?: number } = {}): Promise<Page> =>
    openPreview(context, previewDocument(renderHtml(withComparison(), { embedded: true }), undefined, { uri: 'file:///c.skills.yaml', file: CANDIDATE }), options);

  it('reveals a row\'s line on click, Enter and Space; arrow keys move between the rows of a table', async () => {
    const page = await open();
    await page.locator(`#candidate-profile tr[data-skill="kubernetes"][data-file="${CANDIDATE}"]`).click();
    const mlops = page.locator(`#market-requirements tr[data-skill="mlops"][data-file="${ROLE}"]`);
    await mlops.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press(' ');
    assert.deepEqual((await messages(page)).filter((m) => m.type !== 'scrolled'), [
      { type: 'reveal', line: 10, file: CANDIDATE },
      { type: 'reveal', line: 10, file: ROLE },
      { type: 'reveal', line: 11, file: ROLE },   // the row after MLOps: Kubernetes
    ]);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-skill')), 'kubernetes');
    // Focus is visible: an outline in the focus colour.
    assert.deepEqual(await page.evaluate(() => [document.activeElement!.matches(':focus-visible'), getComputedStyle(document.activeElement!).outlineStyle]), [true, 'solid']);
  });

  it('reveals each input error of the banner by click or keyboard', async () => {
    const page = await openPreview(context, previewDocument(renderHtml(withInputErrors(fullModel()), { embedded: true })));
    await page.locator('.input-errors li').nth(1).click();
    await page.locator('.input-errors li').nth(0).focus();
    await page.keyboard.press('Enter');
    assert.deepEqual((await messages(page)).filter((m) => m.type !== 'scrolled'), [
      { type: 'reveal', line: 6, file: 'samples/acme.skills.yaml' },
      { type: 'reveal', line: 8, file: CANDIDATE },
    ]);
  });

  it('switches role from an "other target roles" row, by click or keyboard', async () => {
    const page = await open();
    await page.locator('tr[data-role="ml-engineer"]').click();
    await page.locator('tr[data-role="ml-engineer"]').focus();
    await page.keyboard.press('Enter');
    assert.deepEqual(await messages(page), [{ type: 'select-role', role: 'ml-engineer' }, { type: 'select-role', role: 'ml-engineer' }]);
  });

  it('reaches every control by Tab: the section nav, each section toggle and each actionable row', async () => {
    const page = await open();
    const stops = new Set<string>();
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const e = document.activeElement;
        if (!e || e === document.body) return '';
        const at = Array.from(document.querySelectorAll('*')).indexOf(e);
        return `${at} ` + (e.tagName === 'A' ? `a ${e.getAttribute('href')}` : e.tagName === 'SUMMARY' ? `summary ${e.parentElement?.getAttribute('data-section')}`
          : `${e.tagName.toLowerCase()} ${e.getAttribute('data-role') ?? `${e.getAttribute('data-file')}:${e.getAttribute('data-line')}`}`);
      });
      if (stop === '') continue;   // the browser's own controls, between the last stop and the first
      if (stops.has(stop)) break;
      stops.add(stop);
    }
    const expected = await page.evaluate(() => Array.from(document.querySelectorAll('nav a, summary, [tabindex="0"], main a[href^="http"]')).length);
    assert.equal(stops.size, expected, [...stops].join('\n'));
    const kinds = [...stops].map((s) => s.replace(/^\d+ /, ''));
    for (const id of ['executive-summary', 'upskilling-roadmap', 'additional-notes']) assert.ok(kinds.includes(`summary ${id}`), id);
    assert.ok(kinds.includes('tr ml-engineer'));
    assert.equal(kinds.filter((k) => k === `tr ${CANDIDATE}:10`).length, 2, 'Kubernetes in the profile and in the gap table');
  });

  it('remembers folded sections in the webview state, across live updates and a reload', async () => {
    const page = await open();
    await page.locator('details[data-section="candidate-profile"] > summary').click();
    assert.deepEqual((await pageState(page)).folded, ['candidate-profile']);
    const model = withComparison();
    model.candidate.name = 'Santana M.';
    await postUpdate(page, previewDocument(renderHtml(model, { embedded: true }), undefined, { uri: 'file:///c.skills.yaml', file: CANDIDATE }));
    assert.equal(await page.locator('h1').textContent(), 'Skill gap report: Santana M.');
    assert.equal(await page.locator('details[data-section="candidate-profile"]').getAttribute('open'), null);
    assert.equal(await page.locator('details[data-section="market-requirements"]').getAttribute('open'), '');
    const state = await pageState(page);
    const reloaded = await open({ state });
    assert.equal(await reloaded.locator('details[data-section="candidate-profile"]').getAttribute('open'), null);
    assert.equal(await reloaded.locator('details[open]').count(), 10);
  });

  it('a live update changes only what differs in the report\'s own style and content; VS Code\'s styles, theme class and focus stay', async () => {
    const page = await open();
    await page.evaluate(() => {
      for (const element of Array.from(document.querySelectorAll('main *'))) (element as unknown as { old: boolean }).old = true;
    });
    await page.locator('tr[data-role="ml-engineer"]').focus();
    const model = withComparison();
    model.market.demand = 'surging';   // one section's text
    await postUpdate(page, previewDocument(renderHtml(model, { embedded: true }), undefined, { uri: 'file:///c.skills.yaml', file: CANDIDATE }));
    const after = await page.evaluate(() => ({
      replaced: Array.from(document.querySelectorAll('main *')).filter((e) => !(e as unknown as { old?: boolean }).old).map((e) => e.tagName),
      styles: Array.from(document.head.querySelectorAll('style'), (s) => s.id || (s.hasAttribute('data-skillgap') ? 'report' : '?')),
      bodyClass: document.body.className,
      focused: document.activeElement?.getAttribute('data-role'),
      demand: document.querySelector('#market-insights')?.textContent?.includes('surging'),
      scripts: document.querySelectorAll('script').length,
    }));
    // Only the one text node changed: every element is the one that was there (layout, focus and state kept).
    assert.deepEqual(after, { replaced: [], styles: ['_defaultStyles', 'report'], bodyClass: 'skillgap embedded vscode-dark', focused: 'ml-engineer', demand: true, scripts: 1 });
  });

  it('scrolls to the rows of an editor\'s top line, and reports the line at its own top when the reader scrolls', async () => {
    const page = await open({ width: 600 });
    await page.evaluate((file) => window.postMessage({ type: 'scroll-to-line', file, line: 10 }, '*'), CANDIDATE);
    await page.waitForFunction(() => window.scrollY > 0);
    const navHeight = await page.evaluate(() => document.querySelector('nav.toc')!.getBoundingClientRect().height);
    const row = await page.locator(`tr[data-file="${CANDIDATE}"][data-line="10"]`).first().boundingBox();
    assert.ok(row && Math.abs(row.y - navHeight - 4) <= 1, `line 10's row at the top, under the nav: ${JSON.stringify(row)}, nav ${navHeight}`);
    await page.waitForTimeout(300);
    assert.deepEqual(await messages(page), [], 'a scroll the editor asked for is not echoed back');
    // The reader scrolls to the gap table's Kubernetes row (the candidate's line 10 again, in another table).
    const gapRow = page.locator(`#skill-gap-assessment tr[data-file="${CANDIDATE}"][data-line="10"]`);
    await page.evaluate(() => window.scrollBy(0, 1));
    await gapRow.evaluate((e) => window.scrollTo(0, e.getBoundingClientRect().top + window.scrollY - document.querySelector('nav.toc')!.getBoundingClientRect().height));
    await page.waitForTimeout(200);
    const sent = (await messages(page)).filter((m) => m.type === 'scrolled');
    assert.ok(sent.length > 0);
    assert.deepEqual({ ...sent[sent.length - 1], line: Math.round(Number(sent[sent.length - 1].line)) }, { type: 'scrolled', file: CANDIDATE, line: 10 });
    // Back at the top of the page: line 0.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(200);
    const top = (await messages(page)).filter((m) => m.type === 'scrolled');
    assert.deepEqual(top[top.length - 1], { type: 'scrolled', file: CANDIDATE, line: 0 });
  });

  it('posts external links to the extension and never navigates', async () => {
    const page = await open();
    await page.locator('a[href^="https://kubernetes.io"]').first().click();
    assert.deepEqual(await messages(page), [{ type: 'open-link', href: 'https://kubernetes.io/docs/tutorials/' }]);
    assert.equal(page.url(), 'http://skillgap.test/report.html');
  });
});
