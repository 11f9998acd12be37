// Over LSP stdio (run by bench/run.mjs under tsx): edit → diagnostics latency of our server (built
// dist/server.js, driven by the tests' client) and of yaml-language-server validating the same files
// against schemas/, cold start, hover and completion. Prints one JSON object on stdout.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { TestClient } from '../test/lsp/client';
import { generateCatalog, sampleFiles as samples, SAMPLES } from './generate';
import { generateOrganisation } from './org';
import { stats, typingPoint, type Stats } from './stats';

const ROOT = join(__dirname, '..');
const quick = process.argv.includes('--quick');


/** One keystroke at a time at the typing point, sent as a ranged change. */
function keystrokes(text: string, rounds: number): { line: number; character: number; char: string }[] {
  const { line } = typingPoint(text);
  const start = text.split('\n')[line].length;
  const typed = ' and more words typed here'.repeat(4);
  return Array.from({ length: rounds }, (_, i) => ({ line, character: start + i, char: typed[i % typed.length] }));
}

interface Subject {
  open(name: string, text: string): Promise<void>;
  /** Sends a change and resolves when diagnostics for it arrive. */
  type(name: string, at: { line: number; character: number; char: string }): Promise<void>;
  /** Sends a change without waiting for anything. */
  send(name: string, at: { line: number; character: number; char: string }): Promise<void>;
  request(method: string, name: string, position: { line: number; character: number }): Promise<unknown>;
  stop(): Promise<void>;
}

async function ours(files: Record<string, string>): Promise<Subject> {
  const client = await TestClient.start({ files, configuration: {} });
  return {
    async open(name, text) {
      const count = client.diagnostics.length;
      await client.open(name, text);
      await client.diagnosticsFor(name, () => true, count);
    },
    async type(name, at) {
      const count = client.diagnostics.length;
      const version = await client.change(name, at.char, { start: at, end: at });
      await client.until('diagnostics after the edit', () => {
        for (let i = client.diagnostics.length - 1; i >= count; i--) {
          const p = client.diagnostics[i];
          if (p.uri === client.uri(name) && (p.version === undefined || p.version === version)) return p;
        }
        return undefined;
      });
    },
    async send(name, at) {
      await client.change(name, at.char, { start: at, end: at });
    },
    request(method, name, position) {
      return client.request(method, client.at(name, position));
    },
    async stop() {
      await client.shutdown();
    },
  };
}

/** yaml-language-server with `yaml.schemas` mapping our schemas (copied without $id, so $refs resolve to the copies) to *.skills.yaml. */
async function yamlLanguageServer(files: Record<string, string>): Promise<Subject> {
  const root = mkdtempSync(join(tmpdir(), 'skillgap-yls-'));
  for (const f of readdirSync(join(ROOT, 'schemas')).filter((name) => name.endsWith('.json'))) {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', f), 'utf8'));
    delete schema.$id;
    writeFileSync(join(root, f), JSON.stringify(schema));
  }
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  const settings = { yaml: { validate: true, hover: true, completion: true, schemas: { [pathToFileURL(join(root, 'skills.schema.json')).href]: '*.skills.yaml' } } };
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stderr.resume();
  const connection: ProtocolConnection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const received: PublishDiagnosticsParams[] = [];
  let wake: (() => void) | undefined;
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => { received.push(p); wake?.(); });
  connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map((i) => (i.section === 'yaml' ? settings.yaml : i.section ? null : settings)));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid, rootUri: pathToFileURL(root).href, workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'bench' }],
    capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  await connection.sendNotification('initialized', {});
  await connection.sendNotification('workspace/didChangeConfiguration', { settings });
  const uri = (name: string) => pathToFileURL(join(root, name)).href;
  const versions = new Map<string, number>();
  const waitFor = (name: string, from: number) => new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`yaml-language-server: no diagnostics for ${name}`)), 120000);
    const check = () => {
      if (received.slice(from).some((p) => p.uri === uri(name))) {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      }
    };
    wake = check;
    check();
  });
  return {
    async open(name, text) {
      const from = received.length;
      versions.set(name, 1);
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(name), languageId: 'yaml', version: 1, text } });
      await waitFor(name, from);
    },
    async type(name, at) {
      const from = received.length;
      const version = (versions.get(name) ?? 1) + 1;
      versions.set(name, version);
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: uri(name), version }, contentChanges: [{ range: { start: at, end: at }, text: at.char }],
      });
      await waitFor(name, from);
    },
    async send(name, at) {
      const version = (versions.get(name) ?? 1) + 1;
      versions.set(name, version);
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: uri(name), version }, contentChanges: [{ range: { start: at, end: at }, text: at.char }],
      });
    },
    request(method, name, position) {
      return connection.sendRequest(method, { textDocument: { uri: uri(name) }, position });
    },
    async stop() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      connection.dispose();
      child.kill();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

async function editLatency(start: (files: Record<string, string>) => Promise<Subject>, name: string, text: string, rounds: number): Promise<Stats & { openMs: number }> {
  const files = { ...samples(), [name]: text };
  const subject = await start(files);
  const t0 = performance.now();
  await subject.open(name, text);
  const openMs = performance.now() - t0;
  const times: number[] = [];
  for (const k of keystrokes(text, rounds + 2)) {
    const t = performance.now();
    await subject.type(name, k);
    times.push(performance.now() - t);
  }
  await subject.stop();
  return { ...stats(times.slice(2)), openMs: Math.round(openMs) };
}

async function coldStart(rounds: number): Promise<Stats> {
  const files = samples();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    const client = await TestClient.start({ files, configuration: {} });
    await client.open('santana-mena.skills.yaml');
    await client.diagnosticsFor('santana-mena.skills.yaml');
    times.push(performance.now() - t);
    await client.shutdown();
  }
  return stats(times);
}

async function hoverAndCompletion(rounds: number): Promise<{ hover: Stats; completion: Stats }> {
  const files = samples();
  const name = 'santana-mena.skills.yaml';
  const client = await TestClient.start({ files, configuration: {} });
  await client.open(name);
  await client.diagnosticsFor(name);
  const lines = files[name].split('\n');
  const line = lines.findIndex((l) => l.includes('skill: Python'));
  const hoverAt = { line, character: lines[line].indexOf('Python') + 2 };
  const completeAt = { line, character: lines[line].indexOf('Python') + 3 };
  const hover: number[] = [];
  const completion: number[] = [];
  for (let i = 0; i < rounds + 3; i++) {
    let t = performance.now();
    await client.request('textDocument/hover', client.at(name, hoverAt));
    hover.push(performance.now() - t);
    t = performance.now();
    await client.request('textDocument/completion', client.at(name, completeAt));
    completion.push(performance.now() - t);
  }
  await client.shutdown();
  return { hover: stats(hover.slice(3)), completion: stats(completion.slice(3)) };
}

/**
 * Hover and completion right after a keystroke (sent, not waited for) in a large catalog, on a
 * prerequisite's skill name half-way down the file: the answer includes handling the edit.
 */
async function featuresAfterEdit(start: (files: Record<string, string>) => Promise<Subject>, name: string, text: string, rounds: number): Promise<{ hover: Stats; completion: Stats }> {
  const subject = await start({ ...samples(), [name]: text });
  await subject.open(name, text);
  const lines = text.split('\n');
  const line = lines.findIndex((l, i) => i > lines.length / 2 && l.includes('requires: [{ skill: gen-skill-'));
  const column = lines[line].indexOf('gen-skill-');
  const hoverAt = { line, character: column + 3 };
  const completeAt = { line, character: column + 'gen-skill-'.length };
  const strokes = keystrokes(text, 2 * (rounds + 3));
  const hover: number[] = [];
  const completion: number[] = [];
  for (let i = 0; i < rounds + 3; i++) {
    await subject.send(name, strokes[2 * i]);
    let t = performance.now();
    await subject.request('textDocument/hover', name, hoverAt);
    hover.push(performance.now() - t);
    await subject.send(name, strokes[2 * i + 1]);
    t = performance.now();
    await subject.request('textDocument/completion', name, completeAt);
    completion.push(performance.now() - t);
  }
  await subject.stop();
  return { hover: stats(hover.slice(3)), completion: stats(completion.slice(3)) };
}

/** Every file below `dir`, by path relative to it. */
function readTree(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) Object.assign(out, readTree(dir, rel));
    else out[rel] = readFileSync(join(dir, rel), 'utf8');
  }
  return out;
}

/**
 * Hover on an open candidate while the server indexes the organisation workspace (bench/org.ts: 10,105
 * files), one request after another from the server's start until it says indexing has ended
 * (skillgap/indexStatus).
 */
async function hoverWhileIndexing(): Promise<Stats & { files: number; indexMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'skillgap-org-'));
  let files: Record<string, string>;
  try {
    generateOrganisation(dir);
    files = readTree(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const name = 'people/person-0.skills.yaml';
  const lines = files[name].split('\n');
  const line = lines.findIndex((l) => l.includes('{ skill: '));
  const at = { line, character: lines[line].indexOf('skill: ') + 'skill: '.length + 1 };
  const t0 = performance.now();
  const client = await TestClient.start({ files, configuration: {} });
  let indexing = true;
  client.connection.onNotification('skillgap/indexStatus', (status: { indexing: boolean }) => { indexing = status.indexing; });
  await client.open(name);
  const times: number[] = [];
  while (indexing && performance.now() - t0 < 600_000) {
    const t = performance.now();
    await client.request('textDocument/hover', client.at(name, at));
    times.push(performance.now() - t);
  }
  const indexMs = performance.now() - t0;
  await client.shutdown();
  return { ...stats(times), files: Object.keys(files).length, indexMs: Math.round(indexMs) };
}

async function main(): Promise<void> {
  const rounds = quick ? 8 : 30;
  const subjects: [string, string][] = [
    ['santana-mena.skills.yaml', readFileSync(join(SAMPLES, 'santana-mena.skills.yaml'), 'utf8')],
    ['catalog-100.skills.yaml', generateCatalog(100, 'gen-100')],
    ['catalog-1000.skills.yaml', generateCatalog(1000, 'gen-1000')],
    ['catalog-10000.skills.yaml', generateCatalog(10000, 'gen-10000')],
  ];
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const edit = [];
  for (const [name, text] of subjects.filter(([n]) => !only || n.includes(only))) {
    const n = text.length > 1e6 ? Math.ceil(rounds / 2) : rounds;
    const skillgap = await editLatency(ours, name, text, n);
    const yls = await editLatency(yamlLanguageServer, name, text, text.length > 1e6 ? Math.min(n, quick ? 3 : 8) : n);
    edit.push({ file: name, bytes: Buffer.byteLength(text), skillgap, yamlLanguageServer: yls });
  }
  const catalog1000 = subjects[2];
  const afterEdit = {
    file: catalog1000[0], bytes: Buffer.byteLength(catalog1000[1]),
    skillgap: await featuresAfterEdit(ours, catalog1000[0], catalog1000[1], quick ? 10 : 40),
    yamlLanguageServer: await featuresAfterEdit(yamlLanguageServer, catalog1000[0], catalog1000[1], quick ? 5 : 15),
  };
  const result = { edit, afterEdit, coldStart: await coldStart(quick ? 3 : 8), ...(await hoverAndCompletion(quick ? 20 : 100)), hoverWhileIndexing: await hoverWhileIndexing() };
  process.stdout.write(JSON.stringify(result));
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
