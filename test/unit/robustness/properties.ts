// The fuzz properties, shared by the bounded run in `npm test` (fuzz.test.ts) and the long run
// (scripts/fuzz.mjs). Each property records its slowest call so both runs can report it.
import fc from 'fast-check';
import { parseSkillsFile } from '../../../server/src/model';
import type { Diagnostic } from '../../../server/src/model/types';
import { render } from '../../../server/src/render';
import { renderHtml } from '../../../server/src/render/html';
import { renderMarkdown } from '../../../server/src/render/markdown';
import { renderText } from '../../../server/src/render/text';
import { Workspace, WorkspaceError } from '../../../server/src/workspace';
import { applyFix } from '../workspace/apply-edits';
import { diagnosticProblems, timed } from './invariants';
import { SAMPLES, anyDocument, fixableDocument, mutation, mutatedSample, sampleName } from './mutations';

/** Every single call on ≤ 100 KB of input must return within this. */
const CALL_LIMIT_MS = 1000;
const TODAY = '2026-11-27';

export interface Slowest { ms: number; call: string; input: string }
export class Stats {
  slowest: Slowest = { ms: 0, call: '', input: '' };
  calls = 0;
  /** Times `call`, keeps the slowest, and fails the case when it throws or is over the limit. */
  time<T>(call: string, input: string, run: () => T, allowed?: (error: unknown) => boolean): T | undefined {
    const r = timed(run);
    this.calls++;
    if (r.ms > this.slowest.ms) this.slowest = { ms: r.ms, call, input };
    if (r.error !== undefined && !(allowed?.(r.error) ?? false)) throw new Error(`${call} threw: ${String((r.error as Error)?.stack ?? r.error)}`);
    if (input.length <= 100_000 && r.ms > CALL_LIMIT_MS) throw new Error(`${call} took ${r.ms.toFixed(0)} ms (limit ${CALL_LIMIT_MS})`);
    return r.value;
  }
}

function assertNoProblems(what: string, problems: string[]): void {
  if (problems.length > 0) throw new Error(`${what}:\n  ${problems.join('\n  ')}`);
}

function samplesWorkspace(): Workspace {
  const ws = new Workspace({ today: TODAY });
  for (const [name, text] of SAMPLES) ws.setFile(name, text);
  return ws;
}

/** The model alone: never throws, bounded time, valid ranges and codes. */
function parseProperty(stats: Stats) {
  return fc.property(anyDocument, (text) => {
    const parsed = stats.time('parseSkillsFile', text, () => parseSkillsFile('fuzz.skills.yaml', text))!;
    assertNoProblems('parse diagnostics', diagnosticProblems(parsed.text, parsed.diagnostics));
  });
}

/** A damaged file among the samples: every file's diagnostics valid, reports build or refuse cleanly, renderers never throw. */
function workspaceProperty(stats: Stats) {
  return fc.property(sampleName, anyDocument, (name, text) => {
    const ws = samplesWorkspace();
    stats.time('Workspace.setFile', text, () => ws.setFile(name, text));
    for (const file of ws.files()) {
      const diagnostics = stats.time(`Workspace.diagnostics(${file})`, text, () => ws.diagnostics(file))!;
      assertNoProblems(`diagnostics of ${file}`, diagnosticProblems(ws.text(file)!, diagnostics, (f) => ws.text(f)));
    }
    const model = stats.time('Workspace.report', text, () => ws.report(name), (e) => e instanceof WorkspaceError);
    if (model) {
      stats.time('renderHtml', text, () => renderHtml(model));
      stats.time('renderHtml embedded', text, () => renderHtml(model, { embedded: true }));
      stats.time('renderMarkdown', text, () => renderMarkdown(model));
      stats.time('renderText', text, () => renderText(model));
      stats.time('renderJson', text, () => render('json', model));
    }
  });
}

type Edit = { file: string; text?: string }; // text undefined: remove the file

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 6, arbitrary: mutatedSample.map((m) => ({ file: m.name, text: m.text })) },
  { weight: 2, arbitrary: fc.tuple(sampleName, anyDocument).map(([file, text]) => ({ file, text })) },
  { weight: 1, arbitrary: sampleName.map((file) => ({ file, text: SAMPLES.get(file)! })) },       // revert
  { weight: 1, arbitrary: sampleName.map((file) => ({ file })) },                                  // delete
  { weight: 1, arbitrary: fc.tuple(sampleName, anyDocument).map(([from, text]) => ({ file: `renamed-${from}`, text })) },
);

/** Diagnostics after a sequence of edits (with diagnostics read in between) equal a fresh workspace's. */
function editSequenceProperty(stats: Stats) {
  return fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), fc.boolean(), (edits, readBetween) => {
    const ws = samplesWorkspace();
    for (const e of edits) {
      if (e.text === undefined) ws.removeFile(e.file);
      else stats.time('Workspace.setFile', e.text, () => ws.setFile(e.file, e.text!));
      if (readBetween) for (const f of ws.files()) ws.diagnostics(f); // fill the caches the next edit must invalidate
    }
    const fresh = new Workspace({ today: TODAY });
    for (const file of ws.files()) fresh.setFile(file, ws.text(file)!);
    for (const file of ws.files()) {
      const incremental = ws.diagnostics(file);
      const expected = fresh.diagnostics(file);
      if (!sameDiagnostics(incremental, expected)) {
        throw new Error(`${file}: after ${edits.length} edits\n  incremental: ${show(incremental)}\n  fresh:       ${show(expected)}`);
      }
    }
  });
}

function sameDiagnostics(a: Diagnostic[], b: Diagnostic[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
function show(ds: Diagnostic[]): string {
  return ds.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character} ${d.message}`).join(' | ');
}

const FIXED_CODES = new Set(['alias', 'unknown-skill', 'duplicate-skill']);

/** Applying an alias, unknown-skill or duplicate-skill fix never breaks the YAML of a file that parsed before. */
function fixProperty(stats: Stats) {
  const damagedOrNot = fc.oneof(
    { weight: 3, arbitrary: fixableDocument },
    { weight: 1, arbitrary: fc.tuple(fixableDocument, fc.array(mutation, { minLength: 1, maxLength: 2 })).map(([t, ms]) => ms.reduce((x, m) => m(x), t)) },
    { weight: 1, arbitrary: mutatedSample.map((m) => m.text) },
  );
  return fc.property(damagedOrNot, (text) => {
    const ws = samplesWorkspace();
    const file = 'fixable.skills.yaml';
    ws.setFile(file, text);
    for (const d of ws.diagnostics(file).filter((x) => FIXED_CODES.has(x.code))) {
      for (const fix of d.fixes ?? []) {
        const touched = new Set(fix.edits.map((e) => e.file ?? file));
        for (const target of touched) {
          const before = ws.text(target)!;
          const after = applyFix(before, fix, target === file ? undefined : target);
          const parsedBefore = parseSkillsFile(target, before);
          const parsedAfter = stats.time('parse after fix', after, () => parseSkillsFile(target, after))!;
          const broken = (p: typeof parsedBefore) => p.diagnostics.filter((x) => x.code === 'yaml-syntax' || x.code === 'schema');
          if (broken(parsedBefore).length === 0 && broken(parsedAfter).length > 0) {
            throw new Error(`fix '${fix.title}' for ${d.code} '${d.message}' broke ${target}: ${show(broken(parsedAfter))}\n--- before ---\n${before}\n--- after ---\n${after}`);
          }
        }
      }
    }
  });
}

export const PROPERTIES = { parse: parseProperty, workspace: workspaceProperty, edits: editSequenceProperty, fixes: fixProperty } as const;
export type PropertyName = keyof typeof PROPERTIES;
