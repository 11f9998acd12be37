// The colour tokens every HTML view of Skillgap draws with (the report, and any other page that uses
// html-style.ts). Two sets, never mixed:
// - in the VS Code webview, only the theme's own --vscode-* variables, so the page is the theme
//   (Light/Dark Modern, both High Contrast themes, and any user theme);
// - in an exported file, a designed palette for light, dark and forced colours.
// Each text token was checked against the backgrounds it is drawn on (--bg, --surface) at ≥ 4.5:1 in
// the four default themes and in both export schemes; the tests hold that (test/browser, test/vscode).

/** Inside the webview: VS Code sets these variables on <html> for the active theme. */
const WEBVIEW_TOKENS = `
:root {
  --fg: var(--vscode-editor-foreground);
  --bg: var(--vscode-editor-background);
  --muted: var(--vscode-descriptionForeground);
  /* High Contrast themes define no quote background: cards then sit on the page, outlined. */
  --surface: var(--vscode-textBlockQuote-background, var(--vscode-editor-background));
  --border: var(--vscode-panel-border, var(--vscode-contrastBorder, var(--vscode-editorGroup-border)));
  --strong-border: var(--vscode-contrastBorder, var(--vscode-textBlockQuote-border, var(--vscode-panel-border)));
  --link: var(--vscode-textLink-foreground);
  --focus: var(--vscode-focusBorder);
  --hover: var(--vscode-list-hoverBackground);
  /* Status text: the variables of each kind that read at 4.5:1 in every default theme
     (testing.iconPassed is 2:1 and errorForeground 3.4:1 on Light Modern's white). */
  --good: var(--vscode-terminal-ansiGreen, var(--vscode-editor-foreground));
  --bad: var(--vscode-testing-iconFailed, var(--vscode-errorForeground));
  --warn: var(--vscode-gitDecoration-modifiedResourceForeground, var(--vscode-editor-foreground));
  /* Chart marks (not text): one hue per priority; readiness and deadline in the status colours. */
  --must: var(--vscode-charts-blue);
  --should: var(--vscode-charts-purple);
  --nice: var(--vscode-charts-yellow);
  --current: var(--vscode-charts-blue);
  --required: var(--vscode-charts-foreground, var(--vscode-editor-foreground));
  --grid: var(--vscode-charts-lines, var(--vscode-panel-border));
  --font: var(--vscode-font-family);
  --mono: var(--vscode-editor-font-family, monospace);
  --font-size: 14px;
}
`;

/** An exported file: light by default, dark on request of the reader's system, and forced colours. */
const EXPORT_TOKENS = `
:root {
  color-scheme: light dark;
  --fg: #1f2328; --bg: #ffffff; --muted: #59636e; --surface: #f6f8fa; --border: #d1d9e0; --strong-border: #818b98;
  --link: #0969da; --focus: #0969da; --hover: #eef1f4;
  --good: #1a7f37; --bad: #cf222e; --warn: #9a6700;
  --must: #0969da; --should: #8250df; --nice: #bf8700; --current: #0969da; --required: #1f2328; --grid: #d1d9e0;
  --font: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif;
  --mono: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, monospace;
  --font-size: 15px;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --surface: #151b23; --border: #3d444d; --strong-border: #656c76;
    --link: #4493f8; --focus: #4493f8; --hover: #1c222b;
    --good: #3fb950; --bad: #f85149; --warn: #d29922;
    --must: #4493f8; --should: #ab7df8; --nice: #d29922; --current: #4493f8; --required: #e6edf3; --grid: #3d444d;
  }
}
@media (forced-colors: active) {
  :root {
    --fg: CanvasText; --bg: Canvas; --muted: CanvasText; --surface: Canvas; --border: CanvasText; --strong-border: CanvasText;
    --link: LinkText; --focus: Highlight; --hover: Canvas;
    --good: CanvasText; --bad: CanvasText; --warn: CanvasText;
    --must: Highlight; --should: CanvasText; --nice: GrayText; --current: Highlight; --required: CanvasText; --grid: GrayText;
  }
}
`;

export function themeTokens(embedded: boolean): string {
  return embedded ? WEBVIEW_TOKENS : EXPORT_TOKENS;
}
