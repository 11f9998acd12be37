// Timing helpers shared by the benchmarks.

export interface Stats { n: number; p50: number; p90: number; p95: number; mean: number; min: number; max: number }

export function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Nearest-rank percentiles, in milliseconds rounded to 0.01. */
export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  const round = (v: number) => Math.round(v * 100) / 100;
  const mean = sorted.reduce((s, v) => s + v, 0) / Math.max(1, sorted.length);
  return { n: sorted.length, p50: round(at(50)), p90: round(at(90)), p95: round(at(95)), mean: round(mean), min: round(sorted[0] ?? NaN), max: round(sorted[sorted.length - 1] ?? NaN) };
}

const TEXT_LINE = /^\s*(- )?(description|name|headline|evidence|title|summary): [A-Za-z][^"'\[\]{}#]*$/;

/** Where typing happens: the end of the first plain-text value at or after the middle of the file. */
export function typingPoint(text: string): { line: number; offset: number } {
  const lines = text.split('\n');
  for (let i = Math.floor(lines.length / 2), n = 0; n < lines.length; i = (i + 1) % lines.length, n++) {
    if (TEXT_LINE.test(lines[i])) {
      const offset = lines.slice(0, i + 1).reduce((s, l) => s + l.length + 1, 0) - 1;
      return { line: i, offset };
    }
  }
  throw new Error('no plain-text value to type into');
}

const TYPED = ' and more words typed here';

/** `rounds` successive texts: typing one character at a time at the typing point (a keystroke each). */
export function edits(text: string, rounds: number): string[] {
  const { offset } = typingPoint(text);
  return Array.from({ length: rounds }, (_, i) => text.slice(0, offset) + TYPED.repeat(1 + Math.floor(i / TYPED.length)).slice(0, i + 1) + text.slice(offset));
}
