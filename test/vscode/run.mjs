// Runs test/vscode/suite inside a real VS Code (code-server, driven by headless Chromium through
// Playwright), offline. Pass 1 loads the extension from this repository as a development extension;
// pass 2 installs the packaged skillgap.vsix and checks that what we ship works.
// Env: SKILLGAP_TALLY=<file> receives {"passed","failed","pending"}; SKILLGAP_VSCODE_PASSES=dev|vsix|all.
// Why each step and flag below is needed: test/vscode/README.md.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { AXE_RUN, AXE_SOURCE, CONTRAST_RUN } from '../support/a11y.cjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = join(here, '..', '..');
const overallTimeoutMs = 14 * 60_000;
const passTimeoutMs = 6 * 60_000;   // the preview's theme, layout and latency tests take about 2 of them on a loaded machine
const passes = (process.env.SKILLGAP_VSCODE_PASSES ?? 'all').split(',');
const tally = { passed: 0, failed: 0, pending: 0 };
const children = new Set();

// Started once code-server is installed: a cold install (minutes) is not part of the suite's own time.
let hardStop;
function startHardStop() {
  hardStop = setTimeout(() => {
    console.error(`vscode suite: overall timeout (${overallTimeoutMs / 60_000} min), giving up`);
    tally.failed++;
    finish(1);
  }, overallTimeoutMs);
}

function finish(code) {
  for (const child of children) killGroup(child);
  if (process.env.SKILLGAP_TALLY) writeFileSync(process.env.SKILLGAP_TALLY, JSON.stringify(tally));
  console.log(`${tally.passed} passed, ${tally.failed} failed`);
  clearTimeout(hardStop);
  process.exit(code);
}

function killGroup(child) {
  try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
  children.delete(child);
}

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** Node-side tests (no VS Code needed) through mocha, counted with the rest. */
function nodeTests(name, patterns) {
  console.log(`\n── vscode: ${name}`);
  const tallyDir = mkdtempSync(join(tmpdir(), 'skillgap-node-tests-'));
  const tallyFile = join(tallyDir, 'tally.json');
  spawnSync('node', ['--import', 'tsx', join(repo, 'node_modules/mocha/bin/mocha.js'), '--reporter', join(repo, 'test/support/count-reporter.cjs'),
    '--timeout', '60000', '--forbid-only', '--forbid-pending', ...patterns], { cwd: repo, stdio: 'inherit', env: { ...process.env, SKILLGAP_TALLY: tallyFile } });
  const result = readResult(tallyFile);
  rmSync(tallyDir, { recursive: true, force: true });
  if (!result) { tally.failed++; return; }
  tally.passed += result.passed;
  tally.failed += result.failed;
  tally.pending += result.pending;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function compileSuite(outDir) {
  const suiteDir = join(here, 'suite');
  const entryPoints = readdirSync(suiteDir).filter((f) => f.endsWith('.ts')).map((f) => join(suiteDir, f));
  // One file per module, not bundled: mocha loads each test file and the files share helpers.js.
  await esbuild.build({ entryPoints, outdir: outDir, bundle: false, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
}

/** The test reporter's tally, or nothing if the run never got that far. */
function readResult(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

const WORKBENCH_NOISE = /\/static\/out\/vs\/|ENOTFOUND|authentication provider|AccountPolicyGate|AgentHost|socket|connection token|grace time|Service Worker|builtin extensions cache|workbench contribution|Extension host \(Remote\)/;

// What the suite may ask of the browser (see probe() in suite/helpers.ts).
const PROBES = {
  async webview(page) {
    const frame = await reportFrame(page);
    return frame.evaluate(() => ({
      title: document.title,
      text: document.body.innerText,
      updates: Number(document.body.getAttribute('data-updates') ?? '0'),
      csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
      scripts: Array.from(document.querySelectorAll('script'), (e) => e.getAttribute('src') ?? ''),
      rows: Array.from(document.querySelectorAll('[data-skill][data-line]'), (e) => ({ skill: e.getAttribute('data-skill'), file: e.getAttribute('data-file'), line: Number(e.getAttribute('data-line')) })),
      roles: Array.from(document.querySelectorAll('#skillgap-role option'), (o) => o.value),
      inputErrors: Array.from(document.querySelectorAll('.input-errors li[data-line]'), (e) => ({ file: e.getAttribute('data-file'), line: Number(e.getAttribute('data-line')), text: e.textContent })),
    }));
  },
  async 'click-input-error'(page, { index }) {
    const frame = await reportFrame(page);
    await frame.locator('.input-errors li[data-line]').nth(index).click();
    return true;
  },
  async 'click-row'(page, { skill, file }) {
    const frame = await reportFrame(page);
    await frame.locator(`[data-skill="${skill}"][data-file="${file}"][data-line]`).first().click();
    return true;
  },
  async 'click-in-report'(page, { selector }) {
    const frame = await reportFrame(page);
    await frame.locator(selector).first().click();
    return true;
  },
  async matrix(page) {
    const frame = await reportFrame(page);
    return frame.evaluate(() => ({
      candidates: Array.from(document.querySelectorAll('table.matrix tbody th[scope=row]'), (e) => e.textContent),
      columns: Array.from(document.querySelectorAll('table.matrix thead .matrix-col'), (e) => e.textContent),
      cells: Array.from(document.querySelectorAll('table.matrix tbody tr'), (tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent)),
      words: Array.from(document.querySelectorAll('details.matrix-words li'), (e) => e.textContent),
      coverage: document.querySelector('#summary dl')?.textContent ?? '',
      allCandidates: document.querySelector('#skillgap-all-candidates') !== null,
    }));
  },
  async 'select-role'(page, { role }) {
    const frame = await reportFrame(page);
    await frame.selectOption('#skillgap-role', role);
    return true;
  },
  async 'click-link'(page, _args, context) {
    const frame = await reportFrame(page);
    const link = frame.locator('a[href^="http"]').first();
    const href = await link.getAttribute('href', { timeout: 5_000 });
    const mark = context.mark();
    await link.click({ timeout: 5_000 });
    // The extension asks VS Code to open it outside: the workbench asks the user first ("Do you want
    // code-server to open the external website?"); in smoke-test mode it logs the request and refuses.
    const dialogText = await context.waitForLog(/Dialog requested during smoke test/, 10_000, mark);
    const stillReport = (await reportFrame(page).catch(() => undefined)) === frame && frame.url() !== href;
    return { href, dialogText, stillReport };
  },
  async screenshot(page, { name }) {
    await new Promise((r) => setTimeout(r, 500));   // let the webview paint after its last update
    // The README's screenshots are refreshed only on request, so a test run leaves the work tree clean.
    const target = process.env.SKILLGAP_UPDATE_SCREENSHOT === '1' ? join(repo, 'media') : join(repo, 'test-results');
    mkdirSync(target, { recursive: true });
    await page.screenshot({ path: join(target, `${name}.png`) });
    return true;
  },
  /** axe-core and the strict contrast check inside the report webview, as it is now (theme, width). */
  async axe(page) {
    const frame = await reportFrame(page);
    await frame.evaluate(AXE_SOURCE);
    const axe = await frame.evaluate(AXE_RUN);
    const contrast = await frame.evaluate(CONTRAST_RUN);
    const shape = await frame.evaluate(() => ({
      width: window.innerWidth, scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth,
      bodyClass: document.body.className, stackedRows: getComputedStyle(document.querySelector('table.stack tbody tr')).display === 'block',
      defaultStyles: document.getElementById('_defaultStyles') !== null,
    }));
    return { axe, contrast, shape };
  },
  /** Sizes the browser so that the report webview (the second of two editor groups) is `width` px wide. */
  async 'pane-width'(page, { width }) {
    // The workbench lays out the editor groups some time after the window is resized, later on a loaded
    // machine: each step reads the webview's width only once it has held for three reads.
    const settledWidth = async () => {
      let last = -1;
      let same = 0;
      for (let i = 0; i < 30 && same < 2; i++) {
        await new Promise((r) => setTimeout(r, 200));
        const inner = await (await reportFrame(page)).evaluate(() => window.innerWidth);
        same = inner === last ? same + 1 : 0;
        last = inner;
      }
      return last;
    };
    // Secant steps on (window width → webview width): the webview gets about half of what the window gains.
    let viewport = 2 * width + 48;
    let previous;
    for (let i = 0; i < 12; i++) {
      await page.setViewportSize({ width: viewport, height: 900 });
      const inner = await settledWidth();
      if (Math.abs(inner - width) <= 2) return inner;
      const slope = previous && previous.viewport !== viewport && previous.inner !== inner
        ? Math.min(1, Math.max(0.2, (inner - previous.inner) / (viewport - previous.viewport))) : 0.5;
      previous = { viewport, inner };
      const step = Math.round((width - inner) / slope);
      viewport += step === 0 ? Math.sign(width - inner) : step;
    }
    return settledWidth();
  },
  async 'window-size'(page, { width, height = 900 }) {
    await page.setViewportSize({ width, height });
    await new Promise((r) => setTimeout(r, 400));
    return true;
  },
  /** Focuses an element of the webview and presses keys there, as a keyboard user would. */
  async 'webview-keys'(page, { selector, keys }) {
    const frame = await reportFrame(page);
    await frame.locator(selector).first().focus();
    for (const key of keys) await page.keyboard.press(key);
    return frame.evaluate(() => ({ focused: document.activeElement?.outerHTML.slice(0, 400) ?? '', focusVisible: document.activeElement?.matches(':focus-visible') ?? false,
      outline: getComputedStyle(document.activeElement ?? document.body).outlineStyle }));
  },
  /** The source row at the top of the webview's view (under the sticky nav). */
  async 'webview-top'(page) {
    const frame = await reportFrame(page);
    return frame.evaluate(() => {
      const nav = document.querySelector('nav.toc').getBoundingClientRect();
      const top = nav.top <= 1 ? nav.bottom : 0;
      const row = Array.from(document.querySelectorAll('[data-line][data-file]')).find((e) => e.getBoundingClientRect().top >= top - 2);
      return { scrollY: window.scrollY, line: row ? Number(row.getAttribute('data-line')) : -1, file: row?.getAttribute('data-file') ?? '', offset: row ? Math.round(row.getBoundingClientRect().top - top) : 0,
        section: row?.closest('section.report-section')?.id ?? '' };
    });
  },
  /** Scrolls the webview as a reader would, so that `selector` is at the top under the nav. */
  async 'webview-scroll'(page, { selector }) {
    const frame = await reportFrame(page);
    // In two moves, as a reader's wheel does: the last scroll event is at the row.
    for (const before of [48, 0]) {
      await frame.evaluate(([sel, offset]) => {
        const element = document.querySelector(sel);
        const nav = document.querySelector('nav.toc').getBoundingClientRect().height;
        window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - nav - offset);
      }, [selector, before]);
      await new Promise((r) => setTimeout(r, 300));
    }
    return true;
  },
  /**
   * One keystroke in the editor (which the suite has focused, with the character to replace selected), timed
   * from the browser's keydown in the workbench (performance.timeOrigin + now, one clock for all frames) to the
   * webview's DOM holding the new report (applied) and to its next frame after that (painted). Also the time
   * the browser takes to draw a frame of the idle webview, and what the match card says afterwards.
   */
  async 'time-keystroke'(page, { key }) {
    const frame = await reportFrame(page);
    // How long the browser takes to draw a frame of the webview when nothing happens: the floor under 'painted'.
    const idleFrame = await frame.evaluate(() => new Promise((r) => { const t = performance.now(); requestAnimationFrame(() => r(performance.now() - t)); }));
    await frame.evaluate(() => {
      const before = Number(document.body.getAttribute('data-updates') ?? '0');
      window.__applied = 0;
      window.__painted = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (Number(document.body.getAttribute('data-updates') ?? '0') <= before) return;
          observer.disconnect();
          window.__applied = performance.timeOrigin + performance.now();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.timeOrigin + performance.now()), 0));
        });
        observer.observe(document.body, { attributes: true, attributeFilter: ['data-updates'] });
      });
    });
    await page.evaluate(() => {
      window.__keydown = new Promise((resolve) => window.addEventListener('keydown', (e) => resolve(performance.timeOrigin + e.timeStamp), { capture: true, once: true }));
    });
    await page.keyboard.press(key);
    const keydown = await page.evaluate(() => window.__keydown);
    const painted = await frame.evaluate(() => Promise.race([window.__painted, new Promise((r) => setTimeout(() => r(undefined), 10_000))]));
    if (painted === undefined) throw new Error('the webview did not update within 10 s of the keystroke');
    const match = await frame.evaluate(() => document.querySelector('dl.facts.cards .key dd')?.textContent ?? '');
    const applied = await frame.evaluate(() => window.__applied);
    return { applied: applied - keydown, painted: painted - keydown, idleFrame, match };
  },
  /** The text of the editor's visible lines as rendered, inlay hints included (they are text in the view). */
  async 'editor-lines'(page) {
    await new Promise((r) => setTimeout(r, 300));
    return page.evaluate(() => Array.from(document.querySelectorAll('.editor-group-container.active .monaco-editor .view-line'))
      .map((line) => ({ top: parseFloat(line.style.top || '0'), text: line.textContent.replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top).map((line) => line.text));
  },
  /** Clicks the first element matching a CSS selector in the workbench (not inside a webview). */
  async click(page, { selector }) {
    await page.locator(selector).first().click({ timeout: 5_000 });
    await new Promise((r) => setTimeout(r, 500));
    return true;
  },
  /** The rows of the Problems panel (file rows and problem rows), as the user reads them. */
  async problems(page) {
    await new Promise((r) => setTimeout(r, 300));
    return page.evaluate(() => Array.from(document.querySelectorAll('.markers-panel .monaco-list-row'))
      .map((row) => row.getAttribute('aria-label') ?? row.textContent));
  },
};

async function reportFrame(page) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (await frame.locator('.skillgap-toolbar').count().catch(() => 0)) return frame;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('no report webview frame in the page');
}

async function runPass({ name, codeServer, extensionsDir, developmentPath, suiteOut, only }) {
  console.log(`\n── vscode pass: ${name}`);
  const tmp = mkdtempSync(join(tmpdir(), `skillgap-vscode-${name}-`));
  const workspace = join(tmp, 'workspace');
  cpSync(join(here, 'workspace'), workspace, { recursive: true });
  // The samples (the seed scenario: Santana Mena against Senior AI Engineer) for the preview's themes, layout
  // and latency and for the role report: a copy beside the workspace folder, not in it, so the workspace tests'
  // counts stay exact; the tests that need them open them as documents after those tests.
  const seed = join(tmp, 'seed');
  cpSync(join(repo, 'samples'), seed, { recursive: true });
  const userData = join(tmp, 'user-data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({
    'chat.disableAIFeatures': true, 'telemetry.telemetryLevel': 'off', 'update.mode': 'none',
    'extensions.autoUpdate': false, 'workbench.startupEditor': 'none', 'workbench.tips.enabled': false,
    // Tests leave documents unsaved on purpose (crash recovery): nothing may save them behind their back.
    'files.autoSave': 'off', 'files.hotExit': 'off',
  }));
  const probeDir = join(tmp, 'probes');
  mkdirSync(probeDir);
  const resultFile = join(tmp, 'result.json');
  const port = await freePort();
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: join(tmp, 'config'), XDG_DATA_HOME: join(tmp, 'data'),
    SKILLGAP_REPO: repo, SKILLGAP_SEED: seed, SKILLGAP_PROBE_DIR: probeDir, SKILLGAP_VSCODE_RESULT: resultFile,
    SKILLGAP_VSCODE_SUITE: only ?? '',
  };
  delete env.SKILLGAP_TALLY;
  const server = spawn(codeServer, [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--user-data-dir', userData, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--vscode-option', 'enable-smoke-test-driver', workspace,
  ], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(server);
  let serverLog = '';
  server.stdout.on('data', (d) => { serverLog += d; });
  server.stderr.on('data', (d) => { serverLog += d; });

  const base = `http://127.0.0.1:${port}`;
  const healthy = Date.now() + 30_000;
  while (!(await fetch(`${base}/healthz`).then((r) => r.ok, () => false))) {
    if (Date.now() > healthy) throw new Error(`code-server did not start:\n${serverLog}`);
    await new Promise((r) => setTimeout(r, 200));
  }

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('pageerror', (e) => console.log(`page error: ${e.message}`));   // an exception in the workbench or a webview
    let exitCode;
    const logs = [];
    const waitForLog = async (pattern, timeoutMs, from = logs.length) => {
      for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
        const found = logs.slice(from).find((l) => pattern.test(l));
        if (found) return found;
      }
      throw new Error(`no log line matching ${pattern} within ${timeoutMs} ms`);
    };
    const exited = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => { exitCode = code; resolve(code); }));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      logs.push(text);
      const probeLine = /SKILLGAP_PROBE (\{.*\})/.exec(text);
      if (probeLine) {
        void answerProbe(page, probeDir, JSON.parse(probeLine[1]), { waitForLog, mark: () => logs.length });
        return;
      }
      if (/SKILLGAP_|^\s*$/.test(text)) return;
      // The workbench's own chatter (no gallery or GitHub offline, reconnection…) only with SKILLGAP_VSCODE_VERBOSE=1.
      if (!process.env.SKILLGAP_VSCODE_VERBOSE && WORKBENCH_NOISE.test(text)) return;
      console.log(text.replace(/%c/g, '').replace(/\n$/, ''));
    });
    const payload = [];
    if (developmentPath) payload.push(['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${developmentPath}`]);
    payload.push(['extensionTestsPath', `vscode-remote://127.0.0.1:${port}${join(suiteOut, 'index')}`]);
    await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const timedOut = new Promise((resolve) => setTimeout(() => resolve('timeout'), passTimeoutMs));
    const outcome = await Promise.race([exited, timedOut]);
    const result = readResult(resultFile);
    if (result) {
      tally.passed += result.passed;
      tally.failed += result.failed;
      tally.pending += result.pending;
    }
    if (outcome === 'timeout' || !result) {
      console.error(`vscode pass ${name}: ${outcome === 'timeout' ? 'timed out' : `ended (exit ${exitCode}) without results`}`);
      console.error(serverLog.split('\n').slice(-30).map((l) => l.slice(0, 400)).join('\n'));
      tally.failed++;
    }
  } finally {
    await browser.close().catch(() => undefined);
    killGroup(server);
    rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
  }
}

async function answerProbe(page, dir, { id, name, args }, context) {
  let answer;
  try {
    const handler = PROBES[name];
    if (!handler) throw new Error(`unknown probe ${name}`);
    answer = { ok: true, value: await handler(page, args, context) };
  } catch (e) {
    answer = { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  // Written whole, then renamed: the suite polls for the file and must never read half of it.
  writeFileSync(join(dir, `${id}.json.partial`), JSON.stringify(answer));
  renameSync(join(dir, `${id}.json.partial`), join(dir, `${id}.json`));
}

try {
  const [node24, codeServer] = run('bash', [join(here, 'setup.sh')]).trim().split('\n').pop().split('\t');
  process.env.PATH = `${node24}:${process.env.PATH}`;   // code-server (and its CLI) need Node 24
  startHardStop();
  nodeTests('webview document (unit)', ['test/vscode/unit/**/*.test.ts']);
  const suiteOut = mkdtempSync(join(tmpdir(), 'skillgap-vscode-suite-'));
  await compileSuite(suiteOut);
  if (passes.includes('all') || passes.includes('dev')) {
    // test/run.mjs builds dist/ before the suites; build here only when run on its own.
    if (!existsSync(join(repo, 'dist', 'extension.js')) || !existsSync(join(repo, 'dist', 'server.js'))) run('node', ['esbuild.mjs']);
    const extensionsDir = mkdtempSync(join(tmpdir(), 'skillgap-ext-'));
    await runPass({ name: 'development', codeServer, extensionsDir, developmentPath: repo, suiteOut });
    rmSync(extensionsDir, { recursive: true, force: true });
  }
  if (passes.includes('all') || passes.includes('vsix')) {
    // `npm run package` replaces dist/ with the production build: keep the development build for whoever runs next.
    const devDist = mkdtempSync(join(tmpdir(), 'skillgap-dist-'));
    cpSync(join(repo, 'dist'), devDist, { recursive: true });
    try {
      run('npm', ['run', '--silent', 'package']);
      nodeTests('package contents', ['test/vscode/package.test.ts']);   // against the production dist/ just packaged
    } finally {
      rmSync(join(repo, 'dist'), { recursive: true, force: true });
      cpSync(devDist, join(repo, 'dist'), { recursive: true });
      rmSync(devDist, { recursive: true, force: true });
    }
    const extensionsDir = mkdtempSync(join(tmpdir(), 'skillgap-ext-'));
    run(codeServer, ['--install-extension', join(repo, 'skillgap.vsix'), '--extensions-dir', extensionsDir, '--force']);
    // The workbench runs extension tests only with a development extension: give it an empty one, so the
    // extension under test is the installed copy.
    const placeholder = mkdtempSync(join(tmpdir(), 'skillgap-placeholder-'));
    writeFileSync(join(placeholder, 'package.json'), JSON.stringify({ name: 'test-placeholder', publisher: 'skillgap-tests', version: '0.0.0', engines: { vscode: '*' } }));
    await runPass({ name: 'vsix', codeServer, extensionsDir, developmentPath: placeholder, suiteOut, only: 'vsix.test.js' });
    rmSync(placeholder, { recursive: true, force: true });
    rmSync(extensionsDir, { recursive: true, force: true });
  }
  rmSync(suiteOut, { recursive: true, force: true });
  finish(tally.failed === 0 ? 0 : 1);
} catch (e) {
  console.error(e instanceof Error ? e.stack : e);
  tally.failed++;
  finish(1);
}
