import assert from 'node:assert/strict';
import { LineTable } from '../../../server/src/model';

describe('model: LineTable', () => {
  it('converts offsets to 0-based line and UTF-16 character for \\n, \\r\\n and lone \\r', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const t = new LineTable(text);
    assert.equal(t.lineCount, 4);
    assert.deepEqual([0, 2, 3, 5, 7, 9, 10, 12, 99].map((o) => t.position(o)).map((p) => `${p.line}:${p.character}`),
      ['0:0', '0:2', '1:0', '1:2', '2:0', '2:2', '3:0', '3:2', '3:2']);
    assert.equal(t.lineEnd(1), 5);
    assert.equal(t.lineEnd(3), 12);
  });

  it('counts astral characters as two UTF-16 units, like LSP', () => {
    const t = new LineTable('😀x\ny');
    assert.deepEqual(t.position(2), { line: 0, character: 2 });
    assert.deepEqual(t.position(4), { line: 1, character: 0 });
  });
});
