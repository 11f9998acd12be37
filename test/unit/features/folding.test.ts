// Folding from indentation: exact ranges for YAML's shapes, and linear on hostile ones (a quadratic
// scan of 100,000 comment lines or of a staircase over blank lines would not finish within the timeout).
import assert from 'node:assert/strict';
import { foldingRanges } from '../../../server/src/features/folding';
import type { ParsedFile } from '../../../server/src/model/types';

// Folding reads only the text (no parse), so the hostile shapes below are not parsed either.
const fold = (text: string) => {
  const parsed: ParsedFile = { file: 'x.skills.yaml', text, documents: [], diagnostics: [], suppressions: new Map() };
  return foldingRanges(parsed).map((r) => `${r.startLine}-${r.endLine}${r.kind ? ` ${r.kind}` : ''}`);
};

describe('features/folding', () => {
  it('folds block keys, list items, a list at its key\'s indentation, block scalars, comment runs and regions', () => {
    assert.deepEqual(fold([
      'kind: catalog',            // 0
      'skills:',                  // 1
      '- id: a',                  // 2
      '  description: |',         // 3
      '    two',                  // 4
      '    lines',                // 5
      '',                         // 6
      '  # a comment',            // 7
      '  # and another',          // 8
      '- id: b',                  // 9
      '# region tail',            // 10
      'name: x',                  // 11
      '# endregion',              // 12
      '',
    ].join('\n')), ['1-9', '2-5', '3-5', '7-8 comment', '10-12 region']);
  });

  it('folds each document from its --- line when a file holds several', () => {
    assert.deepEqual(fold('kind: role\nid: a\n---\nkind: role\nid: b\n\n'), ['0-1', '2-4']);
  });

  it('is linear on 100,000 comment lines and on a staircase of indentation between runs of blank lines', () => {
    assert.deepEqual(fold(`kind: role\n${'# x\n'.repeat(100_000)}`), ['1-100000 comment']);
    const staircase = Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i)}k${i}:${'\n'.repeat(200)}`).join('');
    const ranges = fold(staircase);
    assert.equal(ranges.length, 1_999);
    assert.equal(ranges[0], `0-${1_999 * 200}`);
  });
});
