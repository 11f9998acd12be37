// The value budget (MAX_VALUES) is checked on every edit of a large file: first with a quick bound,
// the exact scan only when the bound is over the budget. The bound must never be under the count.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { valuesAtMost, valuesInFile } from '../../../server/src/model/parse';
import { generateCatalog } from '../../../bench/generate';

describe('value budget: the quick bound', () => {
  const fragment = fc.constantFrom(
    '- ', '? ', ': ', ':', '-', 'key', ' ', '  ', '\n', '\r\n', '\r', '[', ']', '{', '}', ',', '"', "'", '#', '\\', 'a b', '---\n', '...\n', '\t', 'x: [a, b]', '- { skill: a, level: 2 }',
  );

  it('is never below the exact count, for any text', () => {
    fc.assert(fc.property(fc.array(fragment, { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      assert.ok(valuesAtMost(text) >= valuesInFile(text), JSON.stringify(text));
    }), { numRuns: 3000 });
  });

  it('stays under the budget for a 4.5 MB catalog (so its edits skip the exact scan)', () => {
    const text = generateCatalog(10000);
    const [bound, exact] = [valuesAtMost(text), valuesInFile(text)];
    assert.ok(bound >= exact && bound < 600_000, `${bound} / ${exact}`);
  });
});
