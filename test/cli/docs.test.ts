// Every example in the README and docs/ is real: each YAML block is a skills workspace that `skillgap
// check` accepts without errors, a `.skillgap.yaml` that the config schema accepts, or (CI snippets)
// valid YAML that names what this repository defines; each concrete `npx skillgap …` line runs.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { parseWorkspaceConfig } from '../../server/src/workspace/config';
import { cli, root } from './helpers';

const DOCS = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

function blocks(file: string, language: string): { text: string; line: number }[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const out: { text: string; line: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() !== '```' + language) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end].trim() !== '```') end++;
    out.push({ text: lines.slice(start, end).join('\n') + '\n', line: start + 1 });
    i = end;
  }
  return out;
}

describe('examples in the README and docs/', () => {
  it('links only to files inside the repository (or the web)', () => {
    for (const file of DOCS) {
      const text = readFileSync(join(root, file), 'utf8');
      assert.doesNotMatch(text, /shared folder|\.\.\/shared\/|DESIGN\.md/, file);
    }
  });

  for (const file of DOCS) {
    it(`${file}: every YAML block is valid, and every skills example checks without errors`, () => {
      const yamlBlocks = blocks(file, 'yaml');
      assert.ok(yamlBlocks.length > 0 || file === 'docs/import.md', `${file} has YAML examples`);
      for (const { text, line } of yamlBlocks) {
        const where = `${file}:${line}`;
        for (const doc of parseAllDocuments(text)) assert.deepEqual(doc.errors.map((e) => e.message), [], where);
        if (/^kind: /m.test(text)) {
          const dir = realpathSync(mkdtempSync(join(tmpdir(), 'skillgap-doc-')));
          writeFileSync(join(dir, 'example.skills.yaml'), text);
          const r = cli(['check', '.', '--format', 'json', '--today', '2026-11-27'], {}, dir);
          const errors = (JSON.parse(r.stdout || '[]') as { severity: string; message: string; range: { start: { line: number } } }[])
            .filter((d) => d.severity === 'error').map((d) => `line ${d.range.start.line + 1}: ${d.message}`);
          assert.deepEqual(errors, [], `${where}: ${r.stderr}`);
          assert.equal(r.status, 0, where);
        } else if (/\.skillgap\.yaml|skillgap-config\.schema\.json/.test(text)) {
          assert.deepEqual(parseWorkspaceConfig(text).problems, [], where);
        } else if (/pre-commit-config/.test(text)) {
          const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string }[];
          const config = parse(text) as { repos: { hooks: { id: string }[] }[] };
          assert.deepEqual(config.repos[0].hooks.map((h) => h.id), hooks.map((h) => h.id), where);
        } else if (/workflows/.test(text)) {
          const workflow = parse(text) as { jobs: Record<string, { steps: { uses?: string }[] }> };
          const steps = Object.values(workflow.jobs)[0].steps;
          assert.ok(steps.some((s) => s.uses?.startsWith('skillgap/skillgap@')), where);
        } else {
          assert.fail(`${where}: a YAML example of no known kind`);
        }
      }
    });

  }

  it("runs every concrete 'npx skillgap' command of the README and docs/ (not synopses)", () => {
    let ran = 0;
    for (const file of DOCS) {
      for (const { text, line } of blocks(file, 'sh')) {
        for (const command of text.split('\n')) {
          const m = /^(?:cd (\S+) && )?npx skillgap (.+?)(?:\s+#.*)?$/.exec(command.trim());
          if (!m || /[<>[\]…|]/.test(m[2])) continue;                  // a synopsis, not a command
          const args = m[2].split(/\s+/);
          if (args[0] === 'import') continue;                           // needs the reader's own files (tested in import.test.ts)
          const r = cli([...args, '--today', '2026-11-27'], {}, join(root, m[1] ?? '.'));
          assert.ok(r.status === 0 || r.status === 1, `${file}:${line}: ${command} → ${r.status} ${r.stderr}`);
          ran++;
        }
      }
    }
    assert.ok(ran >= 3, `only ${ran} commands found`);
  });
});
