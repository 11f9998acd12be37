// The inputs of issue #17's reproductions, by size: used by the hostile tests (test/unit/robustness,
// test/cli) and measured at the issue's full sizes by `node scripts/hostile.mjs` for SECURITY.md.

export const hostileFiles = {
  /** `n` documents of 101 unclosed `[` each (47,000 ≈ 4.98 MB). */
  tooDeepDocuments(n: number): string {
    return Array.from({ length: n }, () => '['.repeat(101)).join('\n---\n');
  },

  /** A role whose `trends` lists `uses` aliases of one `items`-long list. */
  aliasFanOut(items: number, uses: number): string {
    return `kind: role\nid: fan\ntitle: Fan\nx-list: &r [${Array(items).fill('a').join(', ')}]\nmarket: { trends: [${Array(uses).fill('*r').join(', ')}] }\n`;
  },

  /** Roles r0 … r(n-1), each extending the one before (r0 extends r(n-1) when `loop`), and a candidate targeting the last. */
  extendsChain(n: number, loop: boolean): Record<string, string> {
    const files: Record<string, string> = {};
    for (let i = 0; i < n; i++) {
      const parent = i > 0 ? `r${i - 1}` : loop ? `r${n - 1}` : undefined;
      files[`r${i}.skills.yaml`] = `kind: role\nid: r${i}\ntitle: Role ${i}\n${parent ? `extends: ${parent}\n` : ''}requirements:\n  - { skill: Python, level: ${1 + (i % 5)}, priority: must }\n`;
    }
    files['candidate.skills.yaml'] = `kind: candidate\nname: Ada\nskills:\n  - { skill: Python, level: 3 }\ntargets: [r${n - 1}]\n`;
    return files;
  },

  /** Catalog files c0 … c(n-1), skill s_i requiring s_(i-1) at novice, so a plan pulls the whole chain in (s0 requires s(n-1) when `loop`). */
  requiresChain(n: number, loop: boolean): Record<string, string> {
    const files: Record<string, string> = {};
    for (let i = 0; i < n; i++) {
      const needs = i > 0 ? `s${i - 1}` : loop ? `s${n - 1}` : undefined;
      files[`c${i}.skills.yaml`] = `kind: catalog\nid: c${i}\nname: Catalog ${i}\nskills:\n  - id: s${i}\n    name: Skill ${i}\n    category: Chain\n${needs ? `    requires: [{ skill: ${needs}, level: 2 }]\n` : ''}`;
    }
    return files;
  },
};
