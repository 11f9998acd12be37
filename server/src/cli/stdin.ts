import { readSync } from 'node:fs';
import { UsageError } from './errors';

const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/** Standard input as UTF-8 text, read up to `maxBytes` (one byte more means it is refused, not read on). */
export function readStdinText(maxBytes: number): string {
  const chunks: Buffer[] = [];
  let length = 0;
  const chunk = Buffer.allocUnsafe(64 * 1024);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, chunk, 0, Math.min(chunk.length, maxBytes + 1 - length), null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') { Atomics.wait(PAUSE, 0, 0, 10); continue; }   // a non-blocking pipe with nothing yet: wait, don't spin
      if (code === 'EOF') break;
      throw new UsageError(`cannot read standard input: ${code ?? (e as Error).message}`);
    }
    if (n === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, n)));
    length += n;
    if (length > maxBytes) throw new UsageError(`standard input is larger than ${maxBytes} bytes (--max-file-size)`);
  }
  return Buffer.concat(chunks).toString('utf8');
}
