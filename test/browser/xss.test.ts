// XSS through the whole pipeline: REAL candidate, role and catalog files whose every free-text field
// holds a payload go through the Workspace, the report and renderHtml (export and webview flavours),
// and are loaded in headless Chromium. Nothing may run, navigate or leave the page, and every payload
// must show as the text it is.
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { renderHtml } from '../../server/src/render/html';
import { Workspace } from '../../server/src/workspace';
import { openPreview, previewDocument } from './webview-page';


// Each payload would set window.__pwned, call alert, or make a request/navigation if it ever ran.
const PAYLOADS = [
  '<script>window.__pwned=1;alert(1)</script>',
  '<img src=x onerror="window.__pwned=2;alert(2)">',
  '<svg onload="window.__pwned=3"><script>alert(3)</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(4)></style></mglyph></table></mtext></math>',
  '</style><script>window.__pwned=5</script>',
  '</script><script>window.__pwned=6</script>',
  '</title></textarea><iframe src="javascript:alert(7)"></iframe>',
  '<a href="javascript:alert(8)">click me</a>',
  '<style>body{background:url(https://evil.test/css)}</style>',
  '<base href="https://evil.test/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.test/">',
  '{{constructor.constructor("window.__pwned=12")()}}',
  '`${window.__pwned=13}` "quoted" \'single\' & &amp; &lt;',
  '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCg5KTwvc2NyaXB0Pg=="></object>',
  '<link rel=stylesheet href=https://evil.test/x.css><input autofocus onfocus=alert(15)>',
];
const p = (i: number) => JSON.stringify(PAYLOADS[i % PAYLOADS.length]); // a YAML double-quoted scalar

const LEGIT_URL = 'https://learn.example.test/course?q=%3Cscript%3E';

const CATALOG = `kind: catalog
id: xss
name: ${p(0)}
version: ${p(1)}
skills:
  - id: xss-skill
    name: ${p(2)}
    aliases: [${p(3)}]
    category: ${p(4)}
    description: ${p(5)}
    evidence: ${p(6)}
    effort: { hoursPerLevel: 5 }
    resources:
      - { title: ${p(7)}, provider: ${p(8)}, url: "${LEGIT_URL}", hours: 4, cost: 10, levels: [0, 5], certificate: true }
      - { title: ${p(9)}, provider: ${p(10)}, hours: 3 }
`;
const ROLE = `kind: role
id: xss-role
title: ${p(11)}
description: ${p(12)}
requirements:
  - { skill: ${p(2)}, level: 4, priority: must }
  - { skill: ${p(13)}, level: 2, priority: should }
  - { anyOf: [${p(14)}, ${p(0)}], level: 2, priority: nice }
market:
  source: ${p(1)}
  asOf: 2026-10
  salary: { currency: USD, min: 1, max: 2, period: year }
  demand: growing
  stack: [${p(3)}, ${p(4)}]
  trends: [${p(5)}, ${p(6)}]
`;
const CANDIDATE = `kind: candidate
name: ${p(7)}
headline: ${p(8)}
summary: ${p(9)}
education:
  - { degree: ${p(10)}, institution: ${p(11)} }
skills:
  - { skill: ${p(2)}, level: 1 }
  - { skill: ${p(12)}, level: 3 }
  - { skill: ${p(13)}, level: 1 }
targets: [xss-role]
availability: { hoursPerWeek: 5, start: 2026-12-07 }
preferences: { providers: [${p(14)}], budget: { amount: 100, currency: EUR } }
`;
const FILES = { 'xss-catalog.skills.yaml': CATALOG, 'xss-role.skills.yaml': ROLE, '<img src=x onerror=alert(99)>.skills.yaml': CANDIDATE };
const CANDIDATE_FILE = '<img src=x onerror=alert(99)>.skills.yaml';

function workspace(): Workspace {
  const ws = new Workspace({ today: '2026-11-27' });
  for (const [file, text] of Object.entries(FILES)) ws.setFile(file, text);
  return ws;
}

describe('HTML report XSS (real files, headless Chromium)', function () {
  this.timeout(120000);
  let browser: Browser;

  before(async () => {
    browser = await launchChromium();
  });
  after(async () => { await browser?.close(); });

  it('the input files are valid: every payload reached the report through a field the schema accepts', () => {
    const ws = workspace();
    for (const file of Object.keys(FILES)) {
      const blocking = ws.diagnostics(file).filter((d) => d.code === 'schema' || d.code === 'yaml-syntax');
      assert.deepEqual(blocking.map((d) => d.message), [], file);
    }
  });

  it('the schema rejects javascript: and data: resource URLs', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)']) {
      const ws = new Workspace();
      ws.setFile('c.skills.yaml', CATALOG.replace(`url: "${LEGIT_URL}"`, `url: ${JSON.stringify(url)}`));
      const schema = ws.diagnostics('c.skills.yaml').filter((d) => d.code === 'schema');
      assert.equal(schema.length, 1, `${url}: ${schema.map((d) => d.message).join(' | ')}`);
      const line = CATALOG.split('\n').findIndex((l) => l.includes('url: '));
      assert.deepEqual(schema[0].range.start, { line, character: CATALOG.split('\n')[line].indexOf('url: ') + 5 }, url);
    }
  });

  for (const [flavour, options] of [['export', {}], ['webview (embedded, in the preview page with media/preview.js)', { embedded: true }]] as const) {
    it(`${flavour}: nothing runs, navigates or leaves the page; payloads show as text`, async () => {
      const model = workspace().report(CANDIDATE_FILE);
      const html = renderHtml(model, options);
      const context: BrowserContext = await browser.newContext();
      const requests: string[] = [];
      const popups: string[] = [];
      const dialogs: string[] = [];
      try {
        await context.route('**/*', (route) => { requests.push(route.request().url()); return route.abort(); });
        context.on('page', (page) => popups.push(page.url()));
        // The webview flavour is the page the extension builds (its CSP, media/preview.js) with the host stood in for.
        let page: Page;
        if ('embedded' in options) {
          page = await openPreview(context, previewDocument(html));
        } else {
          page = await context.newPage();
          await page.setContent(html, { waitUntil: 'load' });
        }
        page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
        const url = page.url();

        const links = await page.locator('a[href]').all();
        for (const link of links) await link.click({ modifiers: [] }).catch(() => undefined);
        const rows = await page.locator('[data-line]').all();
        assert.ok(rows.length >= 3, `${rows.length} rows with a source`);
        for (const row of rows) await row.click({ position: { x: 2, y: 2 } });
        await page.waitForTimeout(300); // let any (wrongly) scheduled timer or refresh fire

        assert.equal(page.url().replace(/#.*$/, ''), url, 'the main frame navigated (in-page #anchors aside)');
        assert.deepEqual(dialogs, []);
        assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
        // Only the catalog's own https link may be requested (when clicked, in a new tab), never a payload's.
        // (A clicked legit link opens a tab whose request is aborted: Chromium shows its error page there.)
        assert.deepEqual(requests.filter((u) => u !== LEGIT_URL && !u.startsWith('http://skillgap.test/')), []);
        assert.deepEqual(popups.filter((u) => u !== LEGIT_URL && u !== 'about:blank' && u !== 'chrome-error://chromewebdata/'), []);
        const popupUrls = context.pages().filter((pg) => pg !== page).map((pg) => pg.url());
        assert.ok(popupUrls.every((u) => u === LEGIT_URL || u === "chrome-error://chromewebdata/"), popupUrls.join(" "));
        assert.equal(await page.locator('script:not([nonce="n0nce"])').count(), 0);
        assert.equal(await page.locator('main img, main iframe, main object, main base, main meta, main link, main style, main input').count(), 0);
        assert.equal(await page.locator('base, meta[http-equiv="refresh"]').count(), 0);
        const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
        assert.ok(hrefs.every((h) => h.startsWith('#') || h === LEGIT_URL), hrefs.join(' '));

        const text = await page.locator('main').innerText();
        const shown = PAYLOADS.filter((payload) => text.includes(payload));
        const missing = PAYLOADS.filter((payload) => !text.includes(payload));
        assert.ok(shown.length >= 12, `payloads shown as text: ${shown.length}; missing: ${missing.join('\n')}`);
        assert.ok(text.includes('<script>window.__pwned=1;alert(1)</script>'));

        const messages = (await page.evaluate(() => (window as unknown as { __messages?: { type: string; file: string; line: number }[] }).__messages ?? []))
          .filter((m) => m.type !== 'scrolled');
        if (!('embedded' in options)) {
          assert.deepEqual(messages, []); // the export has no script at all
        } else {
          // One reveal per row clicked, carrying the payloads as data; the links were posted, never followed.
          assert.equal(messages.filter((m) => m.type === 'reveal').length, rows.length);
          assert.ok(messages.every((m) => m.type === 'open-link' || (m.type === 'reveal' && Number.isInteger(m.line))), JSON.stringify(messages));
          assert.ok(messages.some((m) => m.file === CANDIDATE_FILE));
        }
      } finally {
        await context.close();
      }
    });
  }
});
