// Where and how to append an item to a YAML block list, in the style of its last item.
import type { Position, Range } from '../model/types';

export interface ListAppend {
  at: Position;          // end of the last item's last non-blank line
  indent: string;        // spaces before the list's dashes
  flow: boolean;         // the last item is a flow mapping `{ … }`
}

/** undefined when the last item is not in a block list (`- ` on its own line), where no edit is safe. */
export function appendAfter(lastItem: Range, lineText: (line: number) => string): ListAppend | undefined {
  const first = lineText(lastItem.start.line);
  const before = first.slice(0, lastItem.start.character);
  const dash = before.lastIndexOf('-');
  if (dash < 0 || before.slice(0, dash).trim() !== '' || before.slice(dash + 1).trim() !== '') return undefined;
  let line = lastItem.end.line;
  if (lastItem.end.character === 0 && line > lastItem.start.line) line--;
  while (line > lastItem.start.line && lineText(line).trim() === '') line--;
  const text = lineText(line);
  const character = line === lastItem.end.line ? Math.max(lastItem.end.character, text.trimEnd().length) : text.trimEnd().length;
  return { at: { line, character }, indent: ' '.repeat(dash), flow: first.slice(lastItem.start.character).startsWith('{') };
}
