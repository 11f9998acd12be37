// The diagnostic-code registry is the one list of codes: the README documents each, with its
// severity, under an anchor the SARIF rules link to; every code has a fixture test in this folder.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIAGNOSTIC_CODES, DIAGNOSTIC_CODE_LIST, docsUrl } from '../../../server/src/model/diagnostic-codes';

const root = join(__dirname, '..', '..', '..');

describe('diagnostic-code registry', () => {
  it("matches the README's diagnostics table row for row: anchor, code and severity", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| <a id="([a-z-]+)"><\/a>`([a-z-]+)` \| ([a-z]+) \|/gm)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
    assert.deepEqual(rows, DIAGNOSTIC_CODE_LIST.map((code) => `${code} ${code} ${DIAGNOSTIC_CODES[code].severity}`));
    assert.equal(docsUrl('unknown-skill'), 'https://github.com/skillgap/skillgap#unknown-skill');
  });

  it('every code is expected by a fixture test in test/unit/checks', () => {
    const fixtures = readdirSync(__dirname).filter((f) => f.endsWith('.test.ts') && f !== 'registry.test.ts')
      .map((f) => readFileSync(join(__dirname, f), 'utf8')).join('\n');
    const expected = new Set([...fixtures.matchAll(/\^ (?:→\d+:\d+ )?(?:error|warning|information|hint) ([a-z-]+):/g)].map((m) => m[1]));
    assert.deepEqual(DIAGNOSTIC_CODE_LIST.filter((code) => !expected.has(code)), []);
  });
});
