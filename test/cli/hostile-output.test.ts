// Issue #17's output-injection reproductions, end to end through the built CLI: a file name carrying
// an OSC 52 clipboard write, control characters in the strings a report prints to stdout (text and
// Markdown), and 100,000 problems in one file. Nothing raw reaches the terminal; every output is bounded.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './helpers';

const TODAY = ['--today', '2026-11-27'];
// C0 (except LF, which ends lines of our own), DEL and C1: none may come from a file.
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/** A YAML double-quoted scalar with every control and bidi character as an escape (YAML forbids C1 raw). */
const quoted = (value: string) => JSON.stringify(value).replace(/[\u007f-\u009f\u202a-\u202e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'skillgap-hostile-out-'));
  writeFileSync(join(dir, '.skillgap.yaml'), '');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('hostile strings on the terminal (CLI)', () => {
  it('a file name that writes the clipboard (OSC 52) is printed with its escape visible', () => {
    const name = 'a\u001b]52;c;ZWNobyBwd25lZA==\u0007b.skills.yaml';
    const dir = workspace({ [name]: 'kind: candidate\nname: X\nskills:\n  - { skill: Pytorch2, level: 2 }\n' });
    const r = cli(['check', '.', ...TODAY], {}, dir);
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stdout + r.stderr, RAW_CONTROL);
    assert.ok(r.stdout.includes("a\\x1b]52;c;ZWNobyBwd25lZA==\\x07b.skills.yaml:4:14  warning  unknown-skill  Unknown skill 'Pytorch2'"), r.stdout);
  });

  it('report --format text and md to stdout: ESC, C1, bidi controls and line breaks from the files are escaped', () => {
    const hostile = 'Ada\u001b[2J\u009b31m\u202e\r\nforged line';
    const dir = workspace({
      'c.skills.yaml': `kind: candidate\nname: ${quoted(hostile)}\nheadline: ${quoted(`Lead ${hostile}`)}\nskills:\n  - { skill: Python, level: 2 }\ntargets: [r]\n`,
      'r.skills.yaml': `kind: role\nid: r\ntitle: ${quoted(`Role ${hostile}`)}\nrequirements:\n  - { skill: Python, level: 4, priority: must }\n`,
    });
    for (const format of ['text', 'md']) {
      const r = cli(['report', 'c.skills.yaml', '--format', format, ...TODAY], {}, dir);
      assert.equal(r.status, 0, r.stderr);
      assert.doesNotMatch(r.stdout, RAW_CONTROL, format);
      assert.doesNotMatch(r.stdout, /[\u202a-\u202e\u2066-\u2069]/, format);
      assert.ok(r.stdout.split('\n').every((line) => !line.startsWith('forged line')), `${format}: no forged line`);
      // Visible (in Markdown the `[` is escaped too).
      assert.ok(r.stdout.includes(format === 'md' ? '\\x1b\\[2J\\u009b31m\\u202e' : '\\x1b[2J\\u009b31m\\u202e'), format);
    }
  });

  it('100,000 problems in one file: 1,000 lines and one that counts the rest; the exit code and the tally count them all', () => {
    const dir = workspace({});
    mkdirSync(join(dir, 'many'));
    const targets = Array.from({ length: 100_000 }, (_, i) => `  - r${i}`).join('\n');
    writeFileSync(join(dir, 'many', 'many.skills.yaml'), `kind: candidate\nname: Many\ntargets:\n${targets}\n`);
    const r = cli(['check', 'many', ...TODAY], {}, dir);
    assert.equal(r.status, 1);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 1001 + 2);   // 1,001 diagnostics, a blank line, the tally
    assert.equal(lines[1000], 'many/many.skills.yaml:1004:5  error  too-many-problems  99,000 more problems in this file are not listed (99,000 errors): skillgap lists 1,000 per file, the most severe first; the first one not listed is here');
    assert.match(lines[lines.length - 1], /: 100000 errors, 0 warnings, 0 information, 0 hints$/);
  });
});
