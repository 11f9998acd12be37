// Generated, valid *.skills.yaml texts for the benchmark and the incremental-parsing tests:
// a workspace catalog of n skills (~400 bytes each: 100 ≈ 40 KB, 10,000 ≈ 4 MB) and a role with n
// requirements. Deterministic: the same n gives the same text.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const SAMPLES = join(__dirname, '..', 'samples');

/** The shipped samples, by file name. */
export function sampleFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(SAMPLES).filter((n) => n.endsWith('.skills.yaml'))) out[f] = readFileSync(join(SAMPLES, f), 'utf8');
  return out;
}

const CATEGORIES = ['Cloud & Platform', 'Data Engineering', 'Machine Learning', 'Programming Languages', 'Leadership'];

export function generatedSkillId(i: number): string {
  return `gen-skill-${i}`;
}

export function catalogItem(i: number): string {
  const id = generatedSkillId(i);
  // Prerequisite chains ten deep, as in real catalogs (a 10,000-deep chain overflows the cycle check's recursion).
  const prerequisite = i % 10 !== 0 ? `\n    requires: [{ skill: ${generatedSkillId(i - 1)}, level: ${1 + (i % 3)} }]` : '';
  return [
    `  - id: ${id}`,
    `    name: Generated Skill ${i}`,
    `    aliases: [gs${i}, "gen ${i}"]`,
    `    category: ${CATEGORIES[i % CATEGORIES.length]}`,
    `    description: Generated skill to measure how checking scales.${prerequisite}`,
    `    effort: { hoursPerLevel: ${4 + (i % 9)} }`,
    `    evidence: A project using skill ${i}.`,
    `    resources:`,
    `      - { title: Course ${i}, provider: Example Academy, url: "https://example.com/courses/${i}", hours: ${2 + (i % 7)}, cost: 0, levels: [1, 2] }`,
  ].join('\n') + '\n';
}

export function generateCatalog(n: number, id = 'generated'): string {
  const items: string[] = [];
  for (let i = 0; i < n; i++) items.push(catalogItem(i));
  return `kind: catalog\nid: ${id}\nname: Generated catalog (${n} skills)\nversion: "1"\nskills:\n${items.join('')}`;
}

const LEVEL_WORDS = ['awareness', 'novice', 'competent', 'proficient', 'expert'];
const PRIORITIES = ['must', 'should', 'nice'];

/** A role with n requirements on skills of the built-in catalog (names passed in, cycled). */
export function generateRole(n: number, skillNames: string[], id = 'generated-role'): string {
  const lines = [`kind: role`, `id: ${id}`, `title: Generated role (${n} requirements)`, `requirements:`];
  for (let i = 0; i < n; i++) {
    lines.push(`  - { skill: ${JSON.stringify(skillNames[i % skillNames.length])}, level: ${LEVEL_WORDS[i % LEVEL_WORDS.length]}, priority: ${PRIORITIES[i % 3]} }`);
  }
  return lines.join('\n') + '\n';
}
