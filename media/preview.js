// The report preview's only script (loaded with the CSP nonce). It never navigates: links, source rows,
// role rows and the role picker become messages to the extension, which decides what to do.
// Messages in:  { type: 'update', html }            a new rendering: only the report's own style and content change
//               { type: 'scroll-to-line', file, line } the editor scrolled: show the rows of that source line
// Messages out: { type: 'reveal', file, line } · { type: 'select-role', role } · { type: 'open-link', href }
//               { type: 'open-report', file, role }  a candidate of the role report: open their report
//               { type: 'all-candidates', value }     the role report's "All candidates" switch
//               { type: 'scrolled', file, line }   the reader scrolled: the source line now at the top
// @ts-check
(function () {
  // @ts-ignore acquireVsCodeApi is provided by the webview host
  const vscode = acquireVsCodeApi();

  /** What the extension wrote into the toolbar: { uri, role, locked, file }. */
  function pageState() {
    const toolbar = document.querySelector('.skillgap-toolbar');
    const raw = toolbar && toolbar.getAttribute('data-state');
    try {
      return raw ? JSON.parse(raw) : {};
    } catch {
      return {};
    }
  }

  const previous = vscode.getState() || {};
  /** Sections the reader folded, by id: they stay folded across updates, reloads and candidates. */
  const folded = new Set(Array.isArray(previous.folded) ? previous.folded : []);

  function saveState() {
    vscode.setState(Object.assign({}, pageState(), { scrollY: window.scrollY, folded: Array.from(folded) }));
  }

  /** @param {ParentNode} root */
  function applyFolds(root) {
    for (const details of root.querySelectorAll('details[data-section]')) {
      if (details instanceof HTMLDetailsElement && folded.has(details.dataset.section || '')) details.open = false;
    }
  }

  document.addEventListener('toggle', (event) => {
    const details = event.target;
    if (!(details instanceof HTMLDetailsElement) || !details.dataset.section) return;
    if (details.open) folded.delete(details.dataset.section);
    else folded.add(details.dataset.section);
    saveState();
  }, true);

  // ── Keyboard and mouse: rows act on click, Enter and Space; arrow keys move between rows of a table.
  const ACTIONABLE = '[data-role], [data-line], [data-open-file]';

  /** @param {Element} row */
  function activate(row) {
    const role = row.getAttribute('data-role');
    if (role) {
      vscode.postMessage({ type: 'select-role', role });
      return;
    }
    const file = row.getAttribute('data-open-file');
    if (file && !row.hasAttribute('data-line')) {
      vscode.postMessage({ type: 'open-report', file, role: row.getAttribute('data-open-role') });
      return;
    }
    const line = Number(row.getAttribute('data-line'));
    if (Number.isInteger(line)) vscode.postMessage({ type: 'reveal', line, file: row.getAttribute('data-file') || undefined });
  }

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    const link = target.closest('a[href]');
    if (link) {
      const href = link.getAttribute('href') || '';
      if (href.startsWith('#')) return;   // in-page anchors (the section nav) stay in the page
      event.preventDefault();
      if (/^https?:\/\//i.test(href)) vscode.postMessage({ type: 'open-link', href });
      return;
    }
    const row = target.closest(ACTIONABLE);
    if (row) activate(row);
  });

  document.addEventListener('keydown', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target || !target.matches(ACTIONABLE)) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate(target);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const rows = Array.from((target.parentElement || document).querySelectorAll(':scope > [tabindex]'));
      const next = rows[rows.indexOf(target) + (event.key === 'ArrowDown' ? 1 : -1)];
      if (next instanceof HTMLElement) {
        event.preventDefault();
        next.focus();
      }
    }
  });

  document.addEventListener('change', (event) => {
    const select = event.target;
    if (select instanceof HTMLSelectElement && select.id === 'skillgap-role') {
      vscode.postMessage({ type: 'select-role', role: select.value });
    }
    if (select instanceof HTMLInputElement && select.id === 'skillgap-all-candidates') {
      vscode.postMessage({ type: 'all-candidates', value: select.checked });
    }
  });

  // ── Scroll sync with the editor, by source line (as VS Code's Markdown preview does with data-line).
  /** Height of what sticks to the top (the section nav): content under it is not in view. */
  function stickyHeight() {
    const nav = document.querySelector('nav.toc');
    return nav ? nav.getBoundingClientRect().height : 0;
  }

  /** Where the reader's view of the content starts, in page coordinates: under the nav once it is stuck. */
  function viewTop() {
    const nav = document.querySelector('nav.toc');
    const box = nav ? nav.getBoundingClientRect() : undefined;
    return window.scrollY + (box && box.top <= 1 ? box.bottom : 0);
  }

  /** Visible rows with a source line in `file`, in page order, with their offsets in the page. */
  function anchors(file) {
    const found = [];
    for (const element of document.querySelectorAll('[data-line][data-file]')) {
      if (element.getAttribute('data-file') !== file || !(element instanceof HTMLElement) || element.offsetParent === null) continue;
      found.push({ element, line: Number(element.getAttribute('data-line')), top: element.getBoundingClientRect().top + window.scrollY });
    }
    return found;
  }

  /** Where this script last scrolled the page itself: the scroll events of that position are not the reader's. */
  let programmaticY = -1;

  function scrollProgrammatically(y) {
    programmaticY = y;
    window.scrollTo(0, y);
    programmaticY = window.scrollY;   // where the page could actually go
  }

  /**
   * Brings source line `line` of `file` to the top. The file's rows form runs whose lines increase in page
   * order (a table of its entries); the run already in view is kept if it covers the line, else the first
   * run is used, and the position is interpolated between the rows before and after the line.
   */
  function scrollToLine(file, line) {
    const runs = [];
    for (const anchor of anchors(file)) {
      const run = runs[runs.length - 1];
      if (run && anchor.line > run[run.length - 1].line) run.push(anchor);
      else runs.push([anchor]);
    }
    if (runs.length === 0) return;
    const viewTop = window.scrollY + stickyHeight();
    const viewBottom = window.scrollY + window.innerHeight;
    const covers = (run) => run[0].line <= line;
    const inView = runs.find((run) => covers(run) && run.some((a) => a.top >= viewTop && a.top < viewBottom));
    const run = inView || runs.find(covers) || runs[0];
    let before;
    let after;
    for (const anchor of run) {
      if (anchor.line <= line) before = anchor;
      else { after = anchor; break; }
    }
    let y;
    if (!before) y = run === runs[0] && after ? after.top * Math.max(0, line / Math.max(after.line, 1)) : run[0].top;   // above the first row: from the page's top
    else if (after) y = before.top + (after.top - before.top) * ((line - before.line) / (after.line - before.line));
    else y = before.top;
    const target = Math.max(0, Math.round(y - stickyHeight() - 4));
    if (Math.abs(target - window.scrollY) < 2) return;
    scrollProgrammatically(target);
  }

  /** The source line at the top of the view: interpolated between the rows above and below it. */
  function lineAtTop() {
    const y = viewTop();
    const files = new Set(Array.from(document.querySelectorAll('[data-line][data-file]'), (e) => e.getAttribute('data-file')));
    let best;
    for (const file of files) {
      const all = anchors(file || '');
      const nextIndex = all.findIndex((a) => a.top + 1 >= y);
      if (nextIndex === -1) continue;
      const next = all[nextIndex];
      const prev = nextIndex > 0 ? all[nextIndex - 1] : undefined;
      const distance = next.top - y;
      if (best && best.distance <= distance) continue;
      let line = next.line;
      if (prev && next.line > prev.line && next.top > prev.top) line = prev.line + (next.line - prev.line) * ((y - prev.top) / (next.top - prev.top));
      else if (!prev && next.top > 0) line = next.line * Math.max(0, y / next.top);
      best = { file, line, distance };
    }
    return best;
  }

  let scrollFrame = 0;
  window.addEventListener('scroll', () => {
    if (scrollFrame) return;
    scrollFrame = requestAnimationFrame(() => {
      scrollFrame = 0;
      highlightSection();
      saveState();
      if (programmaticY >= 0 && Math.abs(window.scrollY - programmaticY) < 2) return;
      programmaticY = -1;
      const at = lineAtTop();
      if (at) vscode.postMessage({ type: 'scrolled', file: at.file, line: at.line });
    });
  }, { passive: true });

  // ── The section nav marks the section being read.
  function highlightSection() {
    const nav = document.querySelector('nav.toc');
    if (!nav) return;
    const y = stickyHeight() + 8;
    let current;
    for (const section of document.querySelectorAll('main > section[id]')) {
      if (section.getBoundingClientRect().top <= y) current = section.id;
    }
    for (const link of nav.querySelectorAll('a[href^="#"]')) {
      const here = link.getAttribute('href') === `#${current}`;
      if (here) {
        link.setAttribute('aria-current', 'true');
        const list = link.closest('ol');
        const box = link.getBoundingClientRect();
        const frame = list ? list.getBoundingClientRect() : box;
        if (list && (box.left < frame.left || box.right > frame.right)) list.scrollLeft += box.left - frame.left - 16;
      } else {
        link.removeAttribute('aria-current');
      }
    }
  }

  // ── Live updates: the report's own <style data-skillgap> and the <main> children that changed, nothing else
  // (VS Code's default styles, the body's theme classes and the script stay as they are).
  /** A selector that finds `element`'s counterpart in a new rendering, to keep keyboard focus across updates. */
  function counterpart(element) {
    if (!(element instanceof Element) || element === document.body) return undefined;
    if (element.id) return `#${CSS.escape(element.id)}`;
    for (const name of ['data-role', 'data-section']) {
      const value = element.getAttribute(name);
      if (value) return `[${name}="${CSS.escape(value)}"]${element.tagName === 'SUMMARY' ? ' > summary' : ''}`;
    }
    const file = element.getAttribute('data-file');
    const line = element.getAttribute('data-line');
    if (file && line) return `${element.tagName.toLowerCase()}[data-file="${CSS.escape(file)}"][data-line="${CSS.escape(line)}"]`;
    if (element.tagName === 'SUMMARY' && element.parentElement) {
      const section = element.parentElement.getAttribute('data-section');
      return section ? `details[data-section="${CSS.escape(section)}"] > summary` : undefined;
    }
    return undefined;
  }

  /**
   * Makes `current` equal to `next` (a node of the new rendering) by changing only what differs: text, attributes,
   * and the children whose shape changed. Untouched nodes keep their layout, focus and state, so an edit that
   * changes a few figures costs the browser a few nodes, not the whole report.
   * @param {Node} current @param {Node} next
   */
  function patch(current, next) {
    if (current.nodeType !== Node.ELEMENT_NODE) {
      if (current.nodeValue !== next.nodeValue) current.nodeValue = next.nodeValue;
      return;
    }
    const element = /** @type {Element} */ (current);
    const fresh = /** @type {Element} */ (next);
    for (const attribute of Array.from(element.attributes)) if (!fresh.hasAttribute(attribute.name)) element.removeAttribute(attribute.name);
    for (const attribute of Array.from(fresh.attributes)) if (element.getAttribute(attribute.name) !== attribute.value) element.setAttribute(attribute.name, attribute.value);
    const have = element.childNodes;
    const want = fresh.childNodes;
    const sameShape = have.length === want.length && Array.from(want).every((n, i) => n.nodeType === have[i].nodeType && n.nodeName === have[i].nodeName);
    if (!sameShape) {
      element.replaceChildren(...Array.from(want, (n) => document.importNode(n, true)));
      return;
    }
    for (let i = 0; i < want.length; i++) if (!have[i].isEqualNode(want[i])) patch(have[i], want[i]);
  }

  /** @param {Document} next */
  function update(next) {
    const style = document.head.querySelector('style[data-skillgap]');
    const nextStyle = next.head.querySelector('style[data-skillgap]');
    if (nextStyle && !style) document.head.appendChild(document.importNode(nextStyle, true));
    else if (nextStyle && style && style.textContent !== nextStyle.textContent) style.textContent = nextStyle.textContent;
    if (next.title) document.title = next.title;

    const focus = counterpart(document.activeElement);
    const scrollY = window.scrollY;
    const toolbar = document.querySelector('.skillgap-toolbar');
    const nextToolbar = next.querySelector('.skillgap-toolbar');
    if (toolbar && nextToolbar && !toolbar.isEqualNode(nextToolbar)) toolbar.replaceWith(document.importNode(nextToolbar, true));
    const main = document.querySelector('main');
    const nextMain = next.querySelector('main');
    applyFolds(next);
    if (main && nextMain && toolbar) {
      patch(main, nextMain);
    } else {
      // Another kind of page (a message instead of a report): its whole body, without scripts.
      const keep = Array.from(document.body.querySelectorAll(':scope > script'));
      document.body.replaceChildren(...Array.from(next.body.childNodes, (n) => document.importNode(n, true)).filter((n) => n.nodeName !== 'SCRIPT'), ...keep);
    }
    if (window.scrollY !== scrollY) scrollProgrammatically(scrollY);
    const refocus = focus && document.querySelector(focus);
    if (refocus instanceof HTMLElement && document.activeElement !== refocus) refocus.focus({ preventScroll: true });
    document.body.setAttribute('data-updates', String(Number(document.body.getAttribute('data-updates') || '0') + 1));
    highlightSection();
    saveState();
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message !== 'object') return;
    if (message.type === 'update' && typeof message.html === 'string') {
      update(new DOMParser().parseFromString(message.html, 'text/html'));
    } else if (message.type === 'scroll-to-line' && typeof message.file === 'string' && typeof message.line === 'number') {
      scrollToLine(message.file, message.line);
    }
  });

  // A new page (first show, reload, or shown again after being hidden): folds and scroll as the reader left them.
  applyFolds(document);
  if (typeof previous.scrollY === 'number' && previous.uri === pageState().uri) scrollProgrammatically(previous.scrollY);
  highlightSection();
  saveState();
})();
