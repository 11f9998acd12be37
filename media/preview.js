// The report preview's only script (loaded with the CSP nonce). It never navigates: links, skill rows and
// the role picker become messages to the extension, which decides what to do.
// @ts-check
(function () {
  // @ts-ignore acquireVsCodeApi is provided by the webview host
  const vscode = acquireVsCodeApi();

  function readState() {
    const toolbar = document.querySelector('.skillgap-toolbar');
    const raw = toolbar && toolbar.getAttribute('data-state');
    try {
      return raw ? JSON.parse(raw) : {};
    } catch {
      return {};
    }
  }

  function saveState() {
    vscode.setState(Object.assign({}, vscode.getState() || {}, readState(), { scrollY: window.scrollY }));
  }

  // After a reload the panel is rebuilt from scratch: go back to where the reader was.
  const previous = vscode.getState();
  if (previous && typeof previous.scrollY === 'number' && previous.uri === readState().uri) {
    window.scrollTo(0, previous.scrollY);
  }
  saveState();

  let scrollTimer = 0;
  window.addEventListener('scroll', () => {
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(saveState, 100);
  });

  document.addEventListener('click', (event) => {
    const target = /** @type {Element | null} */ (event.target instanceof Element ? event.target : null);
    if (!target) return;
    const link = target.closest('a[href]');
    if (link) {
      const href = link.getAttribute('href') || '';
      if (href.startsWith('#')) return; // in-page anchors (the table of contents) stay in the page
      event.preventDefault();
      if (/^https?:\/\//i.test(href)) vscode.postMessage({ type: 'open-link', href });
      return;
    }
    const row = target.closest('[data-line]');
    const opener = target.closest('[data-open-file]');
    if (!row && opener) {
      // A candidate of the role report: open that candidate's report.
      vscode.postMessage({ type: 'open-report', file: opener.getAttribute('data-open-file'), role: opener.getAttribute('data-open-role') });
      return;
    }
    if (row) {
      const line = Number(row.getAttribute('data-line'));
      const fileHolder = row.closest('[data-file]');
      if (Number.isInteger(line)) {
        vscode.postMessage({ type: 'reveal', line, file: fileHolder ? fileHolder.getAttribute('data-file') || undefined : undefined });
      }
    }
  });

  // Keyboard: Enter or Space on a focusable row or cell does what a click does.
  document.addEventListener('keydown', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target || (event.key !== 'Enter' && event.key !== ' ')) return;
    if (target.matches('[data-line][tabindex], [data-open-file][tabindex]')) {
      event.preventDefault();
      target.dispatchEvent(new MouseEvent('click', { bubbles: true }));
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

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.type !== 'update' || typeof message.html !== 'string') return;
    // Swap the report's styles and body in place: the frame is not reloaded, so the scroll position stays.
    const next = new DOMParser().parseFromString(message.html, 'text/html');
    for (const style of document.head.querySelectorAll('style')) style.remove();
    for (const style of next.head.querySelectorAll('style')) document.head.appendChild(document.importNode(style, true));
    if (next.title) document.title = next.title;
    const scrollY = window.scrollY;
    document.body.replaceChildren(...Array.from(next.body.childNodes, (n) => document.importNode(n, true)).filter((n) => n.nodeName !== 'SCRIPT'));
    for (const attribute of Array.from(next.body.attributes)) document.body.setAttribute(attribute.name, attribute.value);
    window.scrollTo(0, scrollY);
    document.body.setAttribute('data-updates', String(Number(document.body.getAttribute('data-updates') || '0') + 1));
    saveState();
  });
})();
