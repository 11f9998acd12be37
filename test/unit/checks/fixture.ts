// Diagnostics tests in the style of rust-analyzer's: a fixture is the file as written, with each
// expected diagnostic marked on a line of its own under the text it covers:
//
//   skills:
//     - { skill: k8s, level: 1 }
//                ^^^ hint alias: k8s is an alias of Kubernetes
//
// A marker line starts with `^` (after indentation): the carets cover the range on the nearest
// line above that is not a marker; a range that is empty or ends on another line is marked with
// one caret and `→line:col` (1-based, where it ends). Marker lines are removed before the file is
// checked, and the check's diagnostics are drawn the same way: the test compares the two texts,
// so a failure shows exactly which diagnostic differs and where.
import assert from 'node:assert/strict';
import { Workspace } from '../../../server/src/workspace';
import type { Diagnostic, Fix } from '../../../server/src/model/types';
import { applyFix } from '../workspace/apply-edits';

const TODAY = '2026-11-27';
const MARKER = /^\s*\^/;

/** One file, or several by name (`*.skills.yaml`); every file's markers are compared. */
export type Fixture = string | Record<string, string>;

export function check(fixture: Fixture, options: { maxFileBytes?: number } = {}): void {
  const { workspace, files } = load(fixture, options.maxFileBytes);
  for (const [name, written] of files) {
    assert.equal(annotate(workspace.text(name)!, workspace.diagnostics(name)), written, `diagnostics of ${name}`);
  }
}

/**
 * Applies the fix titled `title` of the only diagnostic with `code` in the first file (markers
 * removed) and compares the text it gives with `after`.
 */
export function checkFix(fixture: Fixture, code: string, title: string, after: string): void {
  const { workspace, files } = load(fixture);
  const [name] = files.keys();
  const found = workspace.diagnostics(name).filter((d) => d.code === code);
  assert.equal(found.length, 1, `one ${code} diagnostic in ${name}, got ${found.length}`);
  const fixes: Fix[] = found[0].fixes ?? [];
  const fix = fixes.find((f) => f.title === title);
  assert.ok(fix, `a fix titled '${title}' among ${JSON.stringify(fixes.map((f) => f.title))}`);
  assert.equal(applyFix(workspace.text(name)!, fix), dedent(after));
}

function load(fixture: Fixture, maxFileBytes?: number): { workspace: Workspace; files: Map<string, string> } {
  const entries = typeof fixture === 'string' ? [['test.skills.yaml', fixture] as const] : Object.entries(fixture);
  const workspace = new Workspace({ today: TODAY, maxFileBytes });
  const files = new Map<string, string>();
  for (const [name, raw] of entries) {
    const written = dedent(raw);
    files.set(name, written);
    workspace.setFile(name, written.split('\n').filter((line) => !MARKER.test(line)).join('\n'));
  }
  return { workspace, files };
}

/** The text with a marker line under the start line of each diagnostic, in the order of the check's output. */
function annotate(text: string, diagnostics: Diagnostic[]): string {
  const lines = text.split('\n');
  const below = new Map<number, string[]>();
  for (const d of diagnostics) {
    const { start, end } = d.range;
    const simple = start.line === end.line && end.character > start.character;
    const carets = simple ? '^'.repeat(end.character - start.character) : `^ →${end.line + 1}:${end.character + 1}`;
    const list = below.get(start.line) ?? [];
    list.push(`${' '.repeat(start.character)}${carets} ${d.severity} ${d.code}: ${d.message}`);
    below.set(start.line, list);
  }
  return lines.flatMap((line, i) => [line, ...(below.get(i) ?? [])]).join('\n');
}

/** Template literals are indented with the test: drop the first line break and the common indentation. */
function dedent(raw: string): string {
  const lines = raw.replace(/^\n/, '').replace(/\n[ \t]*$/, '\n').split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}
