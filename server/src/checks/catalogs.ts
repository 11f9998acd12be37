// Workspace catalog documents: prerequisite names, duplicate-id for skill ids, and cycles in `requires`.
import type { SkillCatalog } from '../catalog';
import type { CatalogDoc, Diagnostic, Spanned } from '../model/types';
import type { CheckContext } from './context';
import { coded } from '../model/diagnostic-codes';
import { CatalogReads, noteReads, recordCatalogReads } from '../catalog/reads';

/**
 * The checks of a workspace catalog document that depend on the catalog: each entry's prerequisite
 * names (`name`), duplicate-id and cycles. An entry found clean before (ctx.cleanItems) is not checked
 * again while nothing it read has changed; what it read is noted for the file all the same.
 */
export function checkCatalogDoc(doc: CatalogDoc, file: string, ctx: CheckContext, name: (n: Spanned<string>) => Diagnostic | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  let loops: LoopFinder | undefined;
  for (const skill of doc.skills) {
    const known = ctx.cleanItems?.stillClean(skill);
    if (known) { noteReads(known); continue; }
    const reads = new CatalogReads();
    const found = recordCatalogReads(reads, () => checkCatalogSkill(skill, file, ctx, name, () => (loops ??= requiresLoopsOf(ctx))));
    noteReads(reads);
    if (found.length === 0) ctx.cleanItems?.clean(skill, reads);
    else out.push(...found);
  }
  return out;
}

function checkCatalogSkill(skill: CatalogDoc['skills'][number], file: string, ctx: CheckContext, name: (n: Spanned<string>) => Diagnostic | undefined, loops: () => LoopFinder): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const req of skill.requires) { const d = name(req.skill); if (d) out.push(d); }
  const defs = ctx.catalogSkillDefinitions(skill.id.value);
  const first = defs[0];
  if (defs.length > 1 && !(first.file === file && first.range.start.line === skill.id.range.start.line && first.range.start.character === skill.id.range.start.character)) {
    out.push({
      range: skill.id.range, ...coded('duplicate-id'),
      message: `Skill id '${skill.id.value}' is already defined in ${ctx.display(first.file)}:${first.range.start.line + 1}`,
      related: [{ file: first.file, range: first.range, message: 'first definition' }],
    });
  }
  for (const req of skill.requires) {
    const loop = loops()(skill.id.value, req.skill.value);
    if (loop) {
      out.push({
        range: req.skill.range, ...coded('cycle'),
        message: `requires loops: ${loop.join(' → ')}`,
        data: { cycle: loop },
      });
    }
  }
  return out;
}

const MAX_SPELLED_LOOP = 50;

type LoopFinder = (from: string, to: string) => string[] | undefined;

/** The `requires` graph's loops, and the names its construction resolved (what it depends on besides prerequisites). */
interface RequiresLoops { find: (catalog: SkillCatalog) => LoopFinder; reads: CatalogReads }

/**
 * One analysis of the `requires` graph per composed catalog, shared by every catalog file's checks: run
 * per file, a 5,000-file requires chain was walked from each file (quadratic).
 */
const loopFinders = new WeakMap<SkillCatalog, RequiresLoops>();

function requiresLoopsOf(ctx: CheckContext): LoopFinder {
  let loops = loopFinders.get(ctx.catalog);
  if (!loops) {
    const reads = new CatalogReads();
    // Shared by every file: what it reads is its own dependency (see carryRequiresLoops), not the file's.
    const find = recordCatalogReads(reads, () => requiresLoops(ctx.catalogs.flatMap((c) => c.doc.skills.map((s) => s.id.value)), ctx.catalog));
    loops = { find, reads };
    loopFinders.set(ctx.catalog, loops);
  }
  return loops.find(ctx.catalog);
}

/**
 * Lets `to` (the workspace catalog after an edit) reuse the loops found in `from`. For the caller to
 * call only when the edit changed no prerequisite and no workspace skill id; this checks the rest: no
 * name the analysis resolved resolves differently (`changedKeys`). A catalog with 10,000 prerequisites
 * is then not walked again for an edit of a description or a name.
 */
export function carryRequiresLoops(from: SkillCatalog, to: SkillCatalog, changedKeys: ReadonlySet<string>): boolean {
  const loops = loopFinders.get(from);
  if (!loops || [...changedKeys].some((key) => loops.reads.keys.has(key))) return false;
  loopFinders.set(to, loops);
  return true;
}

/**
 * Strongly connected components of the `requires` graph reachable from the workspace's skills (Tarjan,
 * iterative: a 10,000-long chain must not overflow the stack; linear in the graph's size). An edge
 * inside one component lies on a loop; the loop is found by a search confined to that component.
 */
function requiresLoops(roots: readonly string[], catalog: SkillCatalog): (current: SkillCatalog) => LoopFinder {
  const idIn = (c: SkillCatalog, written: string) => {
    const byId = c.get(written);
    if (byId) return byId.id;
    const r = c.resolve(written);
    return r.status === 'exact' || r.status === 'alias' ? r.entry.id : undefined;
  };
  const idOf = (written: string) => idIn(catalog, written);
  const next = new Map<string, string[]>();
  const edges = (id: string) => {
    let out = next.get(id);
    if (!out) {
      out = [...new Set((catalog.get(id)?.requires ?? []).map((r) => idOf(r.skill)).filter((x): x is string => x !== undefined))];
      next.set(id, out);
    }
    return out;
  };
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const component = new Map<string, number>();
  const stack: string[] = [];
  let counter = 0;
  let components = 0;
  for (const root of roots) {
    if (index.has(root) || !catalog.get(root)) continue;
    const work: { id: string; child: number }[] = [{ id: root, child: 0 }];
    index.set(root, counter); low.set(root, counter++); stack.push(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const children = edges(frame.id);
      if (frame.child < children.length) {
        const w = children[frame.child++];
        if (!index.has(w)) {
          index.set(w, counter); low.set(w, counter++); stack.push(w);
          work.push({ id: w, child: 0 });
        } else if (!component.has(w)) {
          low.set(frame.id, Math.min(low.get(frame.id)!, index.get(w)!));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) { const up = work[work.length - 1].id; low.set(up, Math.min(low.get(up)!, low.get(frame.id)!)); }
      if (low.get(frame.id) === index.get(frame.id)) {
        let w: string;
        do { w = stack.pop()!; component.set(w, components); } while (w !== frame.id);
        components++;
      }
    }
  }
  const sizes = new Array<number>(components).fill(0);
  for (const c of component.values()) sizes[c]++;
  return (current) => (fromWritten, toWritten) => {
    const from = idIn(current, fromWritten) ?? fromWritten;
    const to = idIn(current, toWritten);
    if (to === undefined || component.get(from) === undefined || component.get(from) !== component.get(to)) return undefined;
    if (to === from) return [from, from];
    const scc = component.get(from)!;
    // Spelling out the way back costs a search per edge: only for loops short enough to read.
    const size = sizes[scc];
    if (size > MAX_SPELLED_LOOP) return [from, to, `… (a loop through ${size} skills)`, from];
    // Shortest way back from `to` to `from` inside the component.
    const parent = new Map<string, string>();
    const queue = [to];
    for (let i = 0; i < queue.length; i++) {
      for (const w of edges(queue[i])) {
        if (component.get(w) !== scc || parent.has(w) || w === to) continue;
        parent.set(w, queue[i]);
        if (w === from) {
          const path = [from];
          for (let at: string | undefined = queue[i]; at !== undefined; at = parent.get(at)) path.unshift(at);
          return [from, ...path];
        }
        queue.push(w);
      }
    }
    return undefined;
  };
}
