// What the command line writes to a terminal: colour only where it is wanted, and strings from files
// always with their control characters escaped visibly (render/escape.ts).
export { escapeTerminal } from '../render/escape';

/**
 * Colour when the stream is a terminal, or when FORCE_COLOR asks for it (any value but '', '0' or
 * 'false'), and never when NO_COLOR is set to anything but '' (https://no-color.org), which wins.
 */
export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return stream.isTTY === true;
}

const ANSI = { bold: [1, 22], dim: [2, 22], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39], gray: [90, 39] } as const;
export type Style = keyof typeof ANSI;

export function colorizer(enabled: boolean): (style: Style, text: string) => string {
  return enabled ? (style, text) => `\u001b[${ANSI[style][0]}m${text}\u001b[${ANSI[style][1]}m` : (_style, text) => text;
}

/** JSON for a terminal: JSON.stringify leaves DEL, C1 controls, bidi controls and U+2028/9 raw; they become \u escapes (still valid JSON). */
export function terminalSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}
