// Level words from other formats → Skillgap's 0–5 scale (0 none, 1 awareness, 2 novice, 3 competent,
// 4 proficient, 5 expert). The rule, documented in docs/import.md:
//   - a number 0–5 is kept; "n/5" and "n/10" are scaled to 5 and rounded; "n%" is n/20, rounded;
//   - CEFR language levels: A1 → 1, A2 → 2, B1 → 3, B2 → 3, C1 → 4, C2 → 5;
//   - words, case and punctuation ignored (the first one found wins, most specific first):
//       5: master, expert, guru, native, bilingual, mother tongue
//       4: advanced, proficient, experienced, senior, strong, fluent, professional
//       3: intermediate, competent, working knowledge, good, mid, conversational
//       2: beginner, novice, basic, elementary, junior, learning, limited
//       1: awareness, aware, familiar, exposure, some knowledge
//       0: none, no knowledge
//   - anything else is not mapped: the caller keeps the skill without a level and lists it.

const WORDS: [number, string[]][] = [
  [5, ['master', 'expert', 'guru', 'native', 'bilingual', 'mother tongue']],
  [4, ['advanced', 'proficient', 'experienced', 'senior', 'strong', 'fluent', 'professional']],
  [3, ['intermediate', 'competent', 'working knowledge', 'good', 'mid', 'conversational']],
  [2, ['beginner', 'novice', 'basic', 'elementary', 'junior', 'learning', 'limited']],
  [1, ['awareness', 'aware', 'familiar', 'exposure', 'some knowledge']],
  [0, ['none', 'no knowledge']],
];

const CEFR: Record<string, number> = { a1: 1, a2: 2, b1: 3, b2: 3, c1: 4, c2: 5 };

export type Level = 0 | 1 | 2 | 3 | 4 | 5;

const clamp = (n: number): Level => Math.max(0, Math.min(5, Math.round(n))) as Level;

/** The 0–5 level a written level stands for, or undefined when the rule above does not cover it. */
export function levelFromWords(written: string | undefined): Level | undefined {
  if (written === undefined) return undefined;
  const text = written.trim().toLowerCase();
  if (text === '') return undefined;
  let m = /^(\d+(?:\.\d+)?)\s*\/\s*(5|10)$/.exec(text);
  if (m) return clamp((Number(m[1]) / Number(m[2])) * 5);
  m = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
  if (m) return clamp(Number(m[1]) / 20);
  if (/^[0-5]$/.test(text)) return Number(text) as Level;
  const cefr = /\b([abc][12])\b/.exec(text);
  if (cefr) return CEFR[cefr[1]] as Level;
  const words = ` ${text.replace(/[^a-z]+/g, ' ').trim()} `;
  for (const [level, list] of WORDS) if (list.some((w) => words.includes(` ${w} `))) return level as Level;
  return undefined;
}
