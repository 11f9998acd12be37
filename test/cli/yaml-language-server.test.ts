// The shipped JSON Schemas work in another tool, offline: yaml-language-server (a devDependency) validates
// a skills file through the documented `# yaml-language-server: $schema=…` modeline, and through its
// `yaml.schemas` setting, with the schema files exactly as they are in schemas/.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { root } from './helpers';

const SAMPLE = [
  'kind: candidate',
  'name: Pat',
  'skills:',
  '  - { skill: Python, level: 7 }',
  '  - { skill: Go, levle: 2 }',
  'targets: [backend]',
  '',
].join('\n');

interface Seen { line: number; message: string }

/** Opens one document in a fresh yaml-language-server and returns the diagnostics it publishes for it. */
async function diagnose(workspace: string, file: string, text: string, schemas: Record<string, string> = {}): Promise<Seen[]> {
  const child = spawn(process.execPath, [join(root, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stderr.resume();
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const settings = { yaml: { validate: true, schemaStore: { enable: false }, schemas } };
  const uri = pathToFileURL(join(workspace, file)).href;
  const published = new Promise<PublishDiagnosticsParams>((resolve) => {
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => { if (p.uri === uri) resolve(p); });
  });
  connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map((i) => (i.section === 'yaml' ? settings.yaml : null)));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.listen();
  try {
    await connection.sendRequest('initialize', {
      processId: process.pid, rootUri: pathToFileURL(workspace).href, workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'w' }],
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: {} } },
    });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('workspace/didChangeConfiguration', { settings });
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const p = await published;
    return p.diagnostics.map((d) => ({ line: d.range.start.line, message: typeof d.message === 'string' ? d.message : d.message.value })).sort((a, b) => a.line - b.line);
  } finally {
    connection.dispose();
    child.kill();
  }
}

/** A workspace holding a copy of schemas/ as shipped, and a team folder beside it. */
function workspace(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'skillgap-yls-')));
  cpSync(join(root, 'schemas'), join(dir, 'schemas'), { recursive: true });
  mkdirSync(join(dir, 'team'));
  return dir;
}

const EXPECTED: Seen[] = [
  { line: 4, message: 'Value is not accepted. Valid values: 0, 1, 2, 3, 4, 5, "none", "awareness", "novice", "competent", "proficient", "expert".' },
  { line: 5, message: 'Property levle is not allowed.' },
];

describe('the shipped JSON Schemas in yaml-language-server (offline)', function () {
  this.timeout(60_000);

  it('validates through the documented $schema modeline', async () => {
    const dir = workspace();
    const text = `# yaml-language-server: $schema=../schemas/skills.schema.json\n${SAMPLE}`;
    writeFileSync(join(dir, 'team', 'pat.skills.yaml'), text);
    assert.deepEqual(await diagnose(dir, 'team/pat.skills.yaml', text), EXPECTED);
  });

  it('validates through the yaml.schemas setting, and a valid document gets no diagnostic', async () => {
    const dir = workspace();
    const schemas = { [pathToFileURL(join(dir, 'schemas', 'skills.schema.json')).href]: '*.skills.yaml' };
    assert.deepEqual(await diagnose(dir, 'team/pat.skills.yaml', `\n${SAMPLE}`, schemas), EXPECTED);
    const valid = SAMPLE.replace('level: 7', 'level: proficient').replace('levle', 'level');
    assert.deepEqual(await diagnose(dir, 'team/ok.skills.yaml', valid, schemas), []);
  });
});
