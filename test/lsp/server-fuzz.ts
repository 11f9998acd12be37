// Fuzzing the RUNNING server (dist/server.js over stdio), shared by the bounded run in `npm test`
// (robustness.test.ts) and the long run (`node scripts/fuzz.mjs --only server`). A case opens a
// (damaged) sample under a new name, sends a random sequence of incremental edits interleaved with
// requests at random positions, then checks that the diagnostics published for the final version
// equal what a second, fresh server publishes when it is simply given the final text.
import fc from 'fast-check';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { rangeProblem } from '../unit/robustness/invariants';
import { SAMPLES, YAML_PUNCTUATION, mutatedSample, sampleName } from '../unit/robustness/mutations';
import { TestClient } from './client';

/** Any answer later than this is a hang. */
export const ANSWER_TIMEOUT_MS = 5000;
/** Every request on ≤ 100 KB of text must be answered within this. */
const REQUEST_LIMIT_MS = 1000;
const TODAY = '2026-11-27';

export interface Slowest { ms: number; method: string; chars: number }

/** Both servers of a fuzz run, and what the run measured. */
export class ServerFuzz {
  cases = 0;
  requests = 0;
  edits = 0;
  slowest: Slowest = { ms: 0, method: '', chars: 0 };

  private constructor(readonly subject: TestClient, readonly reference: TestClient) {}

  static async start(): Promise<ServerFuzz> {
    const files = Object.fromEntries(SAMPLES);
    const options = { files, initializationOptions: { today: TODAY } };
    const [subject, reference] = await Promise.all([TestClient.start(options), TestClient.start(options)]);
    // Indexing publishes every sample once; wait for it so a case never races the first indexing.
    await Promise.all([subject, reference].map((c) => c.until('the samples indexed', () => (c.diagnostics.length >= SAMPLES.size ? true : undefined))));
    return new ServerFuzz(subject, reference);
  }

  async stop(): Promise<void> {
    await Promise.all([this.subject.shutdown(), this.reference.shutdown()]);
  }

  /** Sends a request and times its answer; a JSON-RPC error is an answer too. Fails on a hang or a slow answer. */
  async request(client: TestClient, method: string, params: unknown, chars: number): Promise<Answer> {
    const answer = await answerWithin(client, method, params);
    this.requests++;
    if (answer.ms > this.slowest.ms) this.slowest = { ms: answer.ms, method, chars };
    if (chars <= 100_000 && answer.ms > REQUEST_LIMIT_MS) throw new Error(`${method} took ${answer.ms.toFixed(0)} ms on ${chars} chars (limit ${REQUEST_LIMIT_MS})`);
    return answer;
  }
}

export interface Answer { result?: unknown; error?: { code: number; message: string }; ms: number }

/** The answer to one request, result or JSON-RPC error; throws when none comes within ANSWER_TIMEOUT_MS (a hang). */
async function answerWithin(client: TestClient, method: string, params: unknown): Promise<Answer> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${method} got no answer within ${ANSWER_TIMEOUT_MS} ms: ${JSON.stringify(params).slice(0, 300)}`)), ANSWER_TIMEOUT_MS);
  });
  try {
    const result = await Promise.race([client.request(method, params), hang]);
    return { result, ms: performance.now() - started };
  } catch (error) {
    if (!isResponseError(error)) throw error;
    return { error: { code: error.code, message: error.message }, ms: performance.now() - started };
  } finally {
    clearTimeout(timer);
  }
}

function isResponseError(e: unknown): e is { code: number; message: string } {
  return !!e && typeof e === 'object' && typeof (e as { code?: unknown }).code === 'number' && typeof (e as { message?: unknown }).message === 'string';
}

// ── what a case does ──────────────────────────────────────────────────────────────────────────

const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

/** Text an edit inserts: YAML punctuation, emoji and other multi-byte text, line breaks of every kind, sample lines. */
const insertion = fc.oneof(
  fc.constantFrom('k8s', 'Kubernetes', 'Pytorch2', 'mlops', 'senior-ai-engineer', 'ml-enginer', '4', 'expert', ' '),
  fc.constantFrom(...YAML_PUNCTUATION),
  fc.constantFrom('😀', '👩‍💻', '🇪🇸', 'é', 'e\u0301', '中文', '\ud83d', '\udca9', 'Ärger', '\u00a0', '\u2028'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
  fc.constantFrom('\r\n', '\n', '\r', '\n  - { skill: Kubernetes, level: 3 }\n', '\n  - { skill: 🐍 Python, level: 9 }\r\n', '  - skill: k8s\n    level: 2\n'),
  fc.tuple(sampleName, fraction, fraction).map(([name, a, b]) => { // a slice of a sample, whole lines or not
    const t = SAMPLES.get(name)!;
    const [i, j] = [Math.floor(Math.min(a, b) * t.length), Math.floor(Math.max(a, b) * t.length)];
    return t.slice(i, Math.min(j, i + 200));
  }),
);

/** One edit of the current text, by offsets as fractions so they fit any length. */
interface Replace { at: number; remove: number; text: string }
const replace: fc.Arbitrary<Replace> = fc.record({
  at: fraction,
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 60 })),
  text: fc.oneof({ weight: 3, arbitrary: insertion }, { weight: 1, arbitrary: fc.constant('') }),
});

type Method = 'hover' | 'completion' | 'definition' | 'references' | 'codeAction' | 'documentSymbol' | 'codeLens' | 'report' | 'prepareRename'
  | 'inlayHint' | 'documentLink' | 'foldingRange' | 'selectionRange' | 'semanticTokens' | 'fixAll' | 'workspaceSymbol';
const METHODS: Method[] = ['hover', 'completion', 'definition', 'references', 'codeAction', 'documentSymbol', 'codeLens', 'report', 'prepareRename',
  'inlayHint', 'documentLink', 'foldingRange', 'selectionRange', 'semanticTokens', 'fixAll', 'workspaceSymbol'];

/** Where a request points: anywhere, inside any word, or on a reference (skill name, role id), where the features have most to say. */
interface Target { fraction: number; on: 'anywhere' | 'word' | 'reference' }
const target: fc.Arbitrary<Target> = fc.record({ fraction, on: fc.constantFrom('anywhere', 'word', 'reference') });
const WORD = /[\p{L}\p{N}][\p{L}\p{N}_.+#-]*/gu;
const REFERENCE = /\b(?:skill|extends|id|targets|anyOf|stack):\s*\[?\s*["']?([\p{L}\p{N}])/gu;

function targetOffset(text: string, { fraction: f, on }: Target): number {
  const matches = on === 'word' ? [...text.matchAll(WORD)] : on === 'reference' ? [...text.matchAll(REFERENCE)] : [];
  const match = matches[Math.floor(f * matches.length)];
  if (match) return match.index + match[0].length - (on === 'reference' ? 0 : match[0].length - 1);
  return Math.floor(f * (text.length + 1));
}

type Step =
  | { kind: 'edit'; changes: Replace[] }                   // one didChange, possibly several content changes
  | { kind: 'break-repair'; edit: Replace; between: Method; at: Target } // insert, ask, then remove exactly what was inserted
  | { kind: 'request'; method: Method; at: Target; wait: boolean };      // wait=false: the next edit is sent before the answer

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.array(replace, { minLength: 1, maxLength: 3 }).map((changes): Step => ({ kind: 'edit', changes })) },
  { weight: 1, arbitrary: fc.tuple(replace, fc.constantFrom(...METHODS), target).map(([edit, between, at]): Step => ({ kind: 'break-repair', edit: { ...edit, remove: 0, text: edit.text || ': [' }, between, at })) },
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...METHODS), target, fc.boolean()).map(([method, at, wait]): Step => ({ kind: 'request', method, at, wait })) },
);

interface FuzzCase { start: string; steps: Step[] }

const fuzzCase: fc.Arbitrary<FuzzCase> = fc.record({
  start: fc.oneof(
    { weight: 2, arbitrary: sampleName.map((n) => SAMPLES.get(n)!) },
    { weight: 1, arbitrary: mutatedSample.map((m) => m.text) },
    { weight: 1, arbitrary: sampleName.map((n) => SAMPLES.get(n)!.replace(/\n/g, '\r\n')) },
  ),
  steps: fc.array(step, { minLength: 1, maxLength: 12 }),
});

/** LSP params for `method` at `position` of the document, as an editor would send them. */
function paramsFor(method: Method, uri: string, position: { line: number; character: number }, published: PublishDiagnosticsParams | undefined, pick: number) {
  const at = { textDocument: { uri }, position };
  switch (method) {
    case 'references': return { ...at, context: { includeDeclaration: true } };
    case 'codeAction': {
      // As an editor does: the range and diagnostics of one published finding (fixes included), or a bare position.
      const all = published?.diagnostics ?? [];
      const chosen = all[Math.floor(pick * all.length)];
      const range = chosen?.range ?? { start: position, end: position };
      return { textDocument: { uri }, range, context: { diagnostics: chosen ? [chosen] : [], only: ['quickfix'] } };
    }
    case 'documentSymbol': case 'codeLens': case 'documentLink': case 'foldingRange': case 'semanticTokens': return { textDocument: { uri } };
    case 'inlayHint': return { textDocument: { uri }, range: { start: { line: Math.max(0, position.line - 20), character: 0 }, end: { line: position.line + 20, character: 0 } } };
    case 'selectionRange': return { textDocument: { uri }, positions: [position] };
    case 'fixAll': return { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [], only: ['source.fixAll'] } };
    case 'workspaceSymbol': return { query: 'a' };
    case 'report': return { uri };
    default: return at;
  }
}

const LSP_METHOD: Record<Method, string> = {
  hover: 'textDocument/hover', completion: 'textDocument/completion', definition: 'textDocument/definition',
  references: 'textDocument/references', codeAction: 'textDocument/codeAction', documentSymbol: 'textDocument/documentSymbol',
  codeLens: 'textDocument/codeLens', report: 'skillgap/report', prepareRename: 'textDocument/prepareRename',
  inlayHint: 'textDocument/inlayHint', documentLink: 'textDocument/documentLink', foldingRange: 'textDocument/foldingRange',
  selectionRange: 'textDocument/selectionRange', semanticTokens: 'textDocument/semanticTokens/full', fixAll: 'textDocument/codeAction',
  workspaceSymbol: 'workspace/symbol',
};

/** JSON-RPC InternalError: the guard caught a bug in a handler. Well-formed requests must never get it. */
const INTERNAL_ERROR = -32603;

/** Diagnostics as data, with each server's temp folder replaced, so two servers' publications compare. */
function normalized(client: TestClient, p: PublishDiagnosticsParams): string {
  return JSON.stringify(p.diagnostics).split(JSON.stringify(client.uri('')).slice(1, -1)).join('<root>');
}

let caseCount = 0;

/** The property: run with fc.assert / fc.check (async). */
export function serverProperty(fuzz: ServerFuzz) {
  return fc.asyncProperty(fuzzCase, async ({ start, steps }) => {
    const name = `case-${++caseCount}.skills.yaml`;
    const { subject, reference } = fuzz;
    const uri = subject.uri(name);
    let document = TextDocument.create(uri, 'skills-yaml', 1, start);
    const pending: Promise<unknown>[] = [];
    const failures: string[] = [];
    const logsBefore = subject.logs.length;
    const latest = () => [...subject.diagnostics].reverse().find((p) => p.uri === uri);

    const ask = (method: Method, at: Target) => {
      const position = document.positionAt(targetOffset(document.getText(), at));
      const params = paramsFor(method, uri, position, latest(), at.fraction);
      return fuzz.request(subject, LSP_METHOD[method], params, document.getText().length).then((answer) => {
        if (answer.error?.code === INTERNAL_ERROR) failures.push(`${method} at ${position.line}:${position.character} of version ${document.version}: ${answer.error.message}`);
      });
    };
    /** Offsets resolve against the text each change applies to: LSP applies content changes in order. */
    const offsets = (r: Replace, length: number) => {
      const from = Math.floor(r.at * (length + 1));
      return { from, to: Math.min(length, from + r.remove) };
    };
    const change = async (changes: (Replace | { from: number; to: number; text: string })[]) => {
      const contentChanges = [];
      for (const c of changes) {
        const { from, to } = 'at' in c ? offsets(c, document.getText().length) : c;
        const range = { start: document.positionAt(from), end: document.positionAt(to) };
        contentChanges.push({ range, text: c.text });
        document = TextDocument.update(document, [{ range, text: c.text }], document.version);
      }
      const version = document.version + 1;
      document = TextDocument.update(document, [], version);
      fuzz.edits++;
      await subject.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    };

    await subject.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'skills-yaml', version: 1, text: start } });
    try {
      for (const s of steps) {
        if (s.kind === 'edit') await change(s.changes);
        else if (s.kind === 'request') {
          const answered = ask(s.method, s.at);
          if (s.wait) await answered; else pending.push(answered);
        } else {
          const before = document.getText();
          const { from } = offsets(s.edit, before.length);
          await change([{ from, to: from, text: s.edit.text }]);
          await ask(s.between, s.at);
          await change([{ from, to: from + s.edit.text.length, text: '' }]);
          if (document.getText() !== before) failures.push('break-repair did not restore the text (test bug)');
        }
      }
      await Promise.all(pending);
      const final = document.getText();
      const version = document.version;
      const published = await subject.diagnosticsFor(name, (p) => p.version === version);
      for (const d of published.diagnostics) {
        const bad = rangeProblem(final, d.range);
        if (bad) failures.push(`${d.code} '${d.message}': ${bad}`);
      }
      // The same text, given whole to a server that never saw the edits.
      const after = reference.diagnostics.length;
      await reference.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: reference.uri(name), languageId: 'skills-yaml', version: 1, text: final } });
      const expected = await reference.diagnosticsFor(name, (p) => p.version === 1, after);
      const got = normalized(subject, published);
      const want = normalized(reference, expected);
      if (got !== want) failures.push(`diagnostics after ${version - 1} edits differ from a fresh open of the final text\n  edited: ${got}\n  fresh:  ${want}\n--- final text ---\n${final}`);
      for (const line of subject.logs.slice(logsBefore)) if (/skillgap: .* failed/.test(line)) failures.push(`server logged: ${line.slice(0, 1500)}`);
      if (subject.child.exitCode !== null || subject.child.signalCode !== null) failures.push(`server exited (${subject.child.exitCode ?? subject.child.signalCode})`);
      if (failures.length > 0) throw new Error(failures.join('\n'));
    } finally {
      fuzz.cases++;
      await closeAndForget(subject, name);
      await closeAndForget(reference, name);
    }
  });
}

/** Close a case's document and wait until the server has dropped it (it is not on disk), so cases never overlap. */
async function closeAndForget(client: TestClient, name: string): Promise<void> {
  await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: client.uri(name) } });
  for (let i = 0; i < 200; i++) {
    const answer = await answerWithin(client, 'textDocument/documentSymbol', { textDocument: { uri: client.uri(name) } });
    if (answer.result === null) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`${name} still known to the server after didClose`);
}
