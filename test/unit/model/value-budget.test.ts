// The value budget (MAX_VALUES) is checked on every edit of a large file: first with a quick bound,
// the exact scan only when the bound is over the budget. The bound must never be under the count.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { markCounts, valuesAtMost, valuesBound, valuesInFile } from '../../../server/src/model/parse';
import { generateCatalog } from '../../../bench/generate';

describe('value budget: the quick bound', () => {
  const fragment = fc.constantFrom(
    '---', '...', '--- ', '- ', '? ', ': ', ':', '-', 'key', ' ', '  ', '\n', '\r\n', '\r', '[', ']', '{', '}', ',', '"', "'", '#', '\\', 'a b', '---\n', '...\n', '\t', 'x: [a, b]', '- { skill: a, level: 2 }',
  );

  it('is never below the exact count, for any text', () => {
    fc.assert(fc.property(fc.array(fragment, { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      assert.ok(valuesAtMost(text) >= valuesInFile(text), JSON.stringify(text));
    }), { numRuns: 3000 });
  });

  it('kept up to date by edits: the mark counts add up over pieces, and their bound is at least valuesAtMost', () => {
    fc.assert(fc.property(fc.array(fragment, { maxLength: 60 }), fc.nat(), (parts, cut) => {
      const text = parts.join('');
      const at = cut % (text.length + 1);
      const counts = markCounts(text, 0, text.length);
      const [left, right] = [markCounts(text, 0, at), markCounts(text, at, text.length)];
      assert.deepEqual(left.map((n, i) => n + right[i]), counts);
      assert.ok(valuesBound(counts) >= valuesAtMost(text), JSON.stringify(text));
    }), { numRuns: 3000 });
  });

  it('stays under the budget for a 4.5 MB catalog, also as kept by edits (so its edits skip the exact scan)', () => {
    const text = generateCatalog(10000);
    const [kept, bound, exact] = [valuesBound(markCounts(text, 0, text.length)), valuesAtMost(text), valuesInFile(text)];
    assert.ok(kept >= bound && bound >= exact && kept < 600_000, `${kept} / ${bound} / ${exact}`);
  });
});
