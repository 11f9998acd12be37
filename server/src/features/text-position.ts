// Position helpers for the editor features; offsets ↔ positions come from the model's LineTable.
import type { Position, Range } from '../model/types';

export { LineTable as LineIndex } from '../model/ranges';

export function contains(range: Range, position: Position): boolean {
  return !before(position, range.start) && !before(range.end, position);
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
