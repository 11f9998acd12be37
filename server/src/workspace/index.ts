// The set of skills files (open documents and files on disk) with the cross-file indexes that the
// checks, the report and the editor features need. Protocol-free: files are keyed by whatever string
// the caller uses (a URI in the server, a path in the CLI).
import { SkillCatalog, builtinCatalogInfo, catalogDocToLayer, type CatalogLayer, type SkillEntry } from '../catalog';
import { CatalogReads, recordCatalogReads } from '../catalog/reads';
import { buildReport } from '../analysis';
import { resolveSkill } from '../analysis/skills';
import type { ReportModel } from '../analysis/report-model';
import { buildRoleComparison, buildRoleReport, ladderStepInto, type RoleCandidateInput } from '../analysis/role-report';
import type { LadderStep, RoleComparisonModel, RoleReportModel } from '../analysis/role-report-model';
import { roleFacts, standingOf, type ResolvedRole, type RoleFacts, type Standing } from '../analysis/standing';
import type { WorkspaceFacts } from '../analysis/impact';
import { readinessShort } from '../analysis/wording';
import { DEFAULT_MAX_BYTES, oversizedFile, parseSkillsFile, reparseSkillsFile } from '../model';
import type { Candidate, CatalogDoc, Diagnostic, ParsedFile, Range, Role } from '../model/types';
import { isDeepStrictEqual } from 'node:util';
import { checkFile } from '../checks';
import { carryRequiresLoops } from '../checks/catalogs';
import { CleanItems } from '../checks/clean-items';
import type { CheckContext, WorkspaceCatalogDoc } from '../checks/context';
import { RoleIndex, type RoleDefinition } from '../analysis/role-index';
import { referencedRoleIds, candidatesOf, rolesOf, catalogsOf } from './documents';


export interface WorkspaceOptions {
  maxFileBytes?: number;
  /** YYYY-MM-DD: the date stale market data is judged against; absent, that check is skipped. */
  today?: string;
  /** How messages name another file (the server passes workspace-relative paths); default: the key itself. */
  displayPath?: (file: string) => string;
}

export class WorkspaceError extends Error {}

interface FileState {
  text: string;
  /** Set for a file known only by its size (too large to read): it has no text. */
  oversize?: number;
  parsed: ParsedFile;
  diagnostics?: Diagnostic[];
  /**
   * Reports of the file's candidate, by role and date, with the files each read (their errors are the
   * report's `inputErrors`, looked up on each call). A report depends on what the file's diagnostics
   * depend on (the file, the roles of its targets' `extends` chains, the catalog entries it reads), so
   * both are forgotten together; code lens, hover, the preview and export share one computation.
   */
  reports?: Map<string, ReportMemo>;
  /** What the diagnostics and reports read from the catalog: a catalog edit re-checks the file only if it changed some of it. */
  reads?: CatalogReads;
  /** Other files the diagnostics cite (a first definition, a fix's edit there): their edits move what is cited. */
  cites?: Set<string>;
  /**
   * The file's candidate against each role it targets (match and roadmap), by role and date: what the
   * role report and change impact read. It depends on what the diagnostics depend on (the file, its
   * targets' `extends` chains, the catalog entries it reads), so both are forgotten together.
   */
  standings?: Map<string, Standing>;
  /** Role ids the file defines and refers to (targets, extends): kept to find dependents quickly. */
  links: RoleLinks;
}

interface ReportMemo {
  model: ReportModel;
  read: string[];
  /** The model with the `inputErrors` of the read files' diagnostics it was last answered with. */
  answer?: { model: ReportModel; diagnostics: Diagnostic[][] };
}

interface RoleLinks { defines: string[]; refers: Set<string>; hasCatalog: boolean }

/** A file parsed by Workspace.parseAhead, not yet in the workspace. */
export interface ParsedAhead { file: string; text: string; maxBytes: number | undefined; parsed: ParsedFile }

function roleLinks(parsed: ParsedFile): RoleLinks {
  return {
    defines: rolesOf(parsed).flatMap((r) => (r.role.id ? [r.role.id.value] : [])),
    refers: referencedRoleIds(parsed),
    hasCatalog: catalogsOf(parsed).length > 0,
  };
}

export class Workspace {
  private readonly state = new Map<string, FileState>();
  private sortedFiles?: string[];
  private options: WorkspaceOptions;
  private roleIndex?: RoleIndex;
  /** The workspace catalogs composed over the base, and the layers they were composed from. */
  private composed?: { layers: CatalogLayer[]; catalog: SkillCatalog };
  private readonly layerOfDoc = new WeakMap<CatalogDoc, CatalogLayer>();
  /** Catalog entries by the list item they were made from: an item the incremental parser kept keeps its entry. */
  private readonly entryOfItem = new WeakMap<object, SkillEntry>();
  private catalogDocs?: WorkspaceCatalogDoc[];
  private catalogSkillDefs?: Map<string, { file: string; range: Range }[]>;
  /** Catalog entries found clean, kept while the catalog is updated in place (see afterCatalogChange). */
  private readonly cleanItems = new CleanItems();
  /** Bumped by every change: role reports read every candidate file, so they are kept for one generation. */
  private generation = 0;
  private roleReports = new Map<string, { generation: number; model: RoleReportModel }>();

  private readonly base: SkillCatalog;
  private readonly baseIsBuiltin: boolean;

  /** `base` replaces the built-in catalog (tests, tools); workspace catalogs are layered over it. */
  constructor(options: WorkspaceOptions = {}, base?: SkillCatalog) {
    this.options = { ...options };
    this.baseIsBuiltin = base === undefined;
    this.base = base ?? SkillCatalog.builtin();
  }

  /** Changes options; returns the files whose diagnostics may change (all of them). */
  setOptions(options: Partial<WorkspaceOptions>): string[] {
    const sizeChanged = options.maxFileBytes !== undefined && options.maxFileBytes !== this.options.maxFileBytes;
    this.options = { ...this.options, ...options };
    if (sizeChanged) {
      for (const [file, s] of this.state) {
        if (s.oversize !== undefined) { this.state.set(file, this.oversizedState(file, s.oversize)); continue; }
        const parsed = this.parse(file, s.text);
        this.state.set(file, { text: s.text, parsed, links: roleLinks(parsed) });
      }
    }
    this.invalidateAll();
    return this.files();
  }

  /** Adds or replaces a file; returns the files whose diagnostics may have changed, itself first. */
  setFile(file: string, text: string): string[] {
    const before = this.state.get(file);
    if (before && before.text === text && before.oversize === undefined) return [];
    // Re-reads only what the edit touched; `before.parsed` is consumed (its links were kept apart).
    const parsed = reparseSkillsFile(before?.parsed, file, text, { maxBytes: this.options.maxFileBytes });
    const links = roleLinks(parsed);
    if (!before) this.sortedFiles = undefined;
    this.state.set(file, { text, parsed, links });
    return this.afterChange(file, before?.links, links);
  }

  /**
   * A file that was not read because it is larger than `maxFileBytes` (a caller that checks the size
   * before reading, see fs-policy.ts): it gets one `file-too-large` error and no analysis.
   */
  setOversizedFile(file: string, size: number): string[] {
    const before = this.state.get(file);
    if (!before) this.sortedFiles = undefined;
    const state = this.oversizedState(file, size);
    this.state.set(file, state);
    return this.afterChange(file, before?.links, state.links);
  }

  private oversizedState(file: string, size: number): FileState {
    const parsed = oversizedFile(file, size, this.options.maxFileBytes ?? DEFAULT_MAX_BYTES);
    return { text: '', oversize: size, parsed, links: roleLinks(parsed) };
  }

  /**
   * Adds many files at once (a CLI run, a first indexing): the cross-file indexes are rebuilt once at
   * the end instead of after each file, so loading n files costs O(n), not O(n²).
   */
  setFiles(files: Iterable<[file: string, text: string]>): void {
    for (const [file, text] of files) {
      const before = this.state.get(file);
      if (before && before.text === text && before.oversize === undefined) continue;
      const parsed = reparseSkillsFile(before?.parsed, file, text, { maxBytes: this.options.maxFileBytes });
      this.state.set(file, { text, parsed, links: roleLinks(parsed) });
    }
    this.sortedFiles = undefined;
    this.invalidateAll();
  }

  /**
   * A file parsed for setParsedFiles without changing the workspace, so that a caller can parse many
   * files a few at a time between other work (the language server answers requests meanwhile) and add
   * them at once.
   */
  parseAhead(file: string, text: string): ParsedAhead {
    const maxBytes = this.options.maxFileBytes;
    return { file, text, maxBytes, parsed: reparseSkillsFile(undefined, file, text, { maxBytes }) };
  }

  /** setFiles for files parsed by parseAhead (parsed again if the size limit changed since). */
  setParsedFiles(files: Iterable<ParsedAhead>): void {
    for (const { file, text, maxBytes, parsed } of files) {
      const before = this.state.get(file);
      if (before && before.text === text && before.oversize === undefined) continue;
      const current = maxBytes === this.options.maxFileBytes ? parsed : reparseSkillsFile(undefined, file, text, { maxBytes: this.options.maxFileBytes });
      this.state.set(file, { text, parsed: current, links: roleLinks(current) });
    }
    this.sortedFiles = undefined;
    this.invalidateAll();
  }

  removeFile(file: string): string[] {
    const before = this.state.get(file);
    if (!before) return [];
    this.state.delete(file);
    this.sortedFiles = undefined;
    return this.afterChange(file, before.links, undefined).filter((f) => f !== file);
  }

  has(file: string): boolean { return this.state.has(file); }
  /** How messages and editor features name a file (workspace-relative in the server). */
  displayPath(file: string): string { return (this.options.displayPath ?? ((f: string) => f))(file); }
  files(): string[] { return [...(this.sortedFiles ??= [...this.state.keys()].sort())]; }
  text(file: string): string | undefined { return this.state.get(file)?.text; }
  parsed(file: string): ParsedFile | undefined { return this.state.get(file)?.parsed; }

  diagnostics(file: string): Diagnostic[] {
    const s = this.state.get(file);
    if (!s) return [];
    if (!s.diagnostics) {
      const context = this.context();
      const diagnostics = recordCatalogReads(s.reads ??= new CatalogReads(), () => checkFile(s.parsed, context, (f) => this.state.get(f)?.text));
      s.cites = citedFiles(file, diagnostics);
      s.diagnostics = diagnostics;
    }
    return s.diagnostics;
  }

  catalog(): SkillCatalog {
    if (!this.composed) {
      const layers = this.layers();
      this.composed = { layers, catalog: this.base.withLayers(layers) };
    }
    return this.composed.catalog;
  }

  /** One layer per workspace catalog document, in file order; kept per document while it is unchanged. */
  private layers(): CatalogLayer[] {
    return this.workspaceCatalogs().map(({ doc, file }) => {
      let layer = this.layerOfDoc.get(doc);
      if (!layer || layer.file !== file) {
        layer = catalogDocToLayer(doc, file, this.entryOfItem);
        this.layerOfDoc.set(doc, layer);
      }
      return layer;
    });
  }

  roles(): RoleIndex {
    if (!this.roleIndex) {
      const defs: RoleDefinition[] = [];
      for (const file of this.files()) {
        for (const { role, docIndex } of rolesOf(this.state.get(file)!.parsed)) {
          if (role.id) defs.push({ role, file, range: role.id.range, docIndex });
        }
      }
      this.roleIndex = new RoleIndex(defs);
    }
    return this.roleIndex;
  }

  role(id: string): { role: Role; file: string; range: Range } | undefined { return this.roles().get(id); }
  roleIds(): string[] { return [...this.roles().ids()]; }

  /** Every place a role id is defined or referenced, in file order. */
  roleReferences(id: string): { file: string; range: Range; kind: 'target' | 'extends' | 'definition' }[] {
    const out: { file: string; range: Range; kind: 'target' | 'extends' | 'definition' }[] = [];
    for (const file of this.files()) {
      const parsed = this.state.get(file)!.parsed;
      for (const { role } of rolesOf(parsed)) {
        if (role.id?.value === id) out.push({ file, range: role.id.range, kind: 'definition' });
        if (role.extends?.value === id) out.push({ file, range: role.extends.range, kind: 'extends' });
      }
      for (const { candidate } of candidatesOf(parsed)) {
        for (const t of candidate.targets) if (t.value === id) out.push({ file, range: t.range, kind: 'target' });
      }
    }
    return out;
  }

  /**
   * The candidates targeting a role that `roleFile` defines (where the id resolves to that file), the
   * first candidate document of each file, by name then role title.
   */
  candidatesForRole(roleFile: string): { file: string; role: string; name: string; roleTitle: string }[] {
    const s = this.state.get(roleFile);
    if (!s) return [];
    const out: { file: string; role: string; name: string; roleTitle: string }[] = [];
    for (const { role } of rolesOf(s.parsed)) {
      const id = role.id?.value;
      if (id === undefined || this.roles().get(id)?.file !== roleFile) continue;
      const files = new Set(this.roleReferences(id).filter((r) => r.kind === 'target').map((r) => r.file));
      for (const file of files) {
        const candidate = this.candidates(file)[0];
        if (!candidate?.targets.some((t) => t.value === id)) continue;
        out.push({ file, role: id, name: candidate.name?.value ?? (this.options.displayPath ?? ((f: string) => f))(file), roleTitle: role.title?.value ?? id });
      }
    }
    return out.sort((a, b) => a.name.localeCompare(b.name) || a.roleTitle.localeCompare(b.roleTitle));
  }

  /** Every written skill name (profiles, requirements, stacks, catalog ids and prerequisites) that resolves to `skillId`. */
  skillReferences(skillId: string): { file: string; range: Range }[] {
    const catalog = this.catalog();
    const out: { file: string; range: Range }[] = [];
    const consider = (file: string, written: string, range: Range) => {
      const r = catalog.resolve(written);
      if ((r.status === 'exact' || r.status === 'alias') && r.entry.id === skillId) out.push({ file, range });
    };
    for (const file of this.files()) {
      const parsed = this.state.get(file)!.parsed;
      for (const { candidate } of candidatesOf(parsed)) for (const s of candidate.skills) consider(file, s.skill.value, s.skill.range);
      for (const { role } of rolesOf(parsed)) {
        for (const req of role.requirements) for (const s of req.skills) consider(file, s.value, s.range);
        for (const s of role.market?.stack ?? []) consider(file, s.value, s.range);
      }
      for (const { doc } of catalogsOf(parsed)) {
        for (const skill of doc.skills) {
          if (skill.id.value === skillId) out.push({ file, range: skill.id.range });
          for (const req of skill.requires) consider(file, req.skill.value, req.skill.range);
        }
      }
    }
    return out;
  }

  /** The workspace catalog entry that defines a skill id, if any (the built-in catalog has no file). */
  catalogEntryLocation(skillId: string): { file: string; range: Range } | undefined {
    this.workspaceCatalogs();
    return this.catalogSkillDefs!.get(skillId)?.[0];
  }

  /** The report of the first candidate in `file` against `roleId` (default: its first target). */
  report(file: string, roleId?: string, options: { today?: string } = {}): ReportModel {
    const s = this.state.get(file);
    if (!s) throw new WorkspaceError(`${file}: no such skills file in the workspace`);
    const today = options.today ?? this.options.today;
    const key = `${roleId ?? ''}\u0000${today ?? ''}`;
    let known = s.reports?.get(key);
    if (!known) {
      known = recordCatalogReads(s.reads ??= new CatalogReads(), () => this.buildReport(file, s, roleId, today));
      (s.reports ??= new Map()).set(key, known);
    }
    // The same model while the files it read have the same diagnostics (a catalog edit need not affect the report, yet add an error to it).
    const diagnostics = known.read.map((f) => this.diagnostics(f));
    if (!known.answer || diagnostics.some((d, i) => d !== known!.answer!.diagnostics[i])) {
      known.answer = { model: { ...known.model, inputErrors: this.inputErrors(known.read) }, diagnostics };
    }
    return known.answer.model;
  }

  private buildReport(file: string, s: FileState, roleId: string | undefined, today: string | undefined): ReportMemo {
    const candidate = candidatesOf(s.parsed)[0]?.candidate;
    if (!candidate) throw new WorkspaceError(`${file} has no candidate document (kind: candidate), so there is no one to report on`);
    const targetIds = candidate.targets.map((t) => t.value);
    const id = roleId ?? targetIds[0];
    if (id === undefined) throw new WorkspaceError(`${file}: the candidate has no targets; add one (targets: [role-id]) or pass a role`);
    const roles = this.roles();
    const target = this.resolveTarget(id);
    const compareTo = targetIds.filter((t) => t !== id && roles.get(t)).map((t) => this.resolveTarget(t));
    const model = buildReport({
      candidate, candidateFile: file,
      role: target.role, ancestors: target.ancestors,
      catalog: this.catalog(),
      compareTo,
      options: { today, catalogs: this.catalogProvenance() },
    });
    const read = [file, target.role.file, ...target.ancestors.map((a) => a.file), ...compareTo.flatMap((c) => [c.role.file, ...c.ancestors.map((a) => a.file)]),
      ...this.workspaceCatalogs().map((c) => c.file)];
    return { model, read: [...new Set(read)].sort() };
  }

  /** The errors of the files a report reads (DESIGN §3.1: invalid input never yields a silent report), in file order. */
  private inputErrors(files: string[]): ReportModel['inputErrors'] {
    return files.flatMap((file) => this.diagnostics(file).filter((d) => d.severity === 'error').map((d) => ({
      file, line: d.range.start.line + 1, column: d.range.start.character + 1, code: d.code, message: d.message,
    })));
  }

  private resolveTarget(id: string): ResolvedRole {
    const roles = this.roles();
    const def = roles.get(id);
    if (!def) {
      const known = roles.ids();
      throw new WorkspaceError(`Unknown role '${id}'${known.length ? `; roles in the workspace: ${known.join(', ')}` : ': the workspace defines no roles'}`);
    }
    const chain = roles.chain(def.role);
    return { role: { role: def.role, file: def.file }, ancestors: chain.ancestors.map((a) => ({ role: a.role, file: a.file })) };
  }

  /** Every file's first candidate document (the one its report shows), in file order. */
  candidateFiles(): { file: string; candidate: Candidate }[] {
    const out: { file: string; candidate: Candidate }[] = [];
    for (const file of this.files()) {
      const candidate = candidatesOf(this.state.get(file)!.parsed)[0]?.candidate;
      if (candidate) out.push({ file, candidate });
    }
    return out;
  }

  /**
   * The candidate of `file` against a role: match and roadmap. Remembered for a role the candidate
   * targets (its dependencies are then tracked, see FileState.standings); computed afresh otherwise.
   */
  standing(file: string, roleId: string, options: { today?: string } = {}): Standing {
    const s = this.state.get(file);
    const candidate = s && candidatesOf(s.parsed)[0]?.candidate;
    if (!s || !candidate) throw new WorkspaceError(`${file} has no candidate document (kind: candidate)`);
    const facts = roleFacts(this.resolveTarget(roleId), this.catalog());
    return this.standingFor(s, candidate, facts, options.today ?? this.options.today);
  }

  private standingFor(s: FileState, candidate: Candidate, facts: RoleFacts, today: string | undefined): Standing {
    const compute = () => standingOf(candidate, facts, this.catalog(), { today });
    if (!candidate.targets.some((t) => t.value === facts.id)) return compute();
    const key = `${facts.id}\u0000${today ?? ''}`;
    let standing = s.standings?.get(key);
    if (!standing) {
      standing = recordCatalogReads(s.reads ??= new CatalogReads(), () => {
        // The facts were resolved outside this file's record: the names of the role's chain are resolved
        // again (cached lookups), so that a catalog edit changing one re-checks this file.
        const target = this.resolveTarget(facts.id);
        for (const { role } of [target.role, ...target.ancestors]) for (const req of role.requirements) for (const w of req.skills) resolveSkill(this.catalog(), w.value);
        return compute();
      });
      (s.standings ??= new Map()).set(key, standing);
    }
    return standing;
  }

  /** Roles whose `extends` names `id`, with their chains. */
  private roleChildren(id: string): ResolvedRole[] {
    const roles = this.roles();
    return roles.ids().filter((other) => roles.get(other)!.role.extends?.value === id).map((other) => this.resolveTarget(other));
  }

  private roleCandidates(ids: string[], allCandidates: boolean): (RoleCandidateInput & { targeting: Set<string> })[] {
    return this.candidateFiles()
      .map(({ file, candidate }) => ({ file, candidate, targets: false, targeting: new Set(candidate.targets.map((t) => t.value).filter((t) => ids.includes(t))) }))
      .filter((c) => allCandidates || c.targeting.size > 0);
  }

  /**
   * The role report (DESIGN §3.2) of a role id: its candidates (those targeting it, or every candidate
   * of the workspace), matrix, coverage and ladder. Kept until the next change to the workspace.
   */
  roleReport(roleId: string, options: { today?: string; allCandidates?: boolean } = {}): RoleReportModel {
    const today = options.today ?? this.options.today;
    const all = options.allCandidates === true;
    const key = `${roleId}\u0000${today ?? ''}\u0000${all}`;
    const known = this.roleReports.get(key);
    if (known && known.generation === this.generation) return known.model;
    const target = this.resolveTarget(roleId);
    const model = buildRoleReport({
      role: target,
      children: this.roleChildren(roleId),
      candidates: this.roleCandidates([roleId], all).map((c) => ({ file: c.file, candidate: c.candidate, targets: c.targeting.size > 0 })),
      scope: all ? 'all' : 'targeting',
      catalog: this.catalog(),
      standing: (c, facts) => this.standingFor(this.state.get(c.file)!, c.candidate, facts, today),
      options: { today, catalogs: this.catalogProvenance() },
    });
    if (this.roleReports.size > 64) this.roleReports.clear();
    this.roleReports.set(key, { generation: this.generation, model });
    return model;
  }

  /**
   * What change impact compares: every candidate (first document of each file) against each target that
   * resolves to a role, and every diagnostic of every file.
   */
  impactFacts(options: { today?: string } = {}): WorkspaceFacts {
    const today = options.today ?? this.options.today;
    const facts = new Map<string, RoleFacts>();
    const pairs: WorkspaceFacts['pairs'] = [];
    for (const { file, candidate } of this.candidateFiles()) {
      for (const id of new Set(candidate.targets.map((t) => t.value))) {
        if (!this.roles().get(id)) continue;
        let role = facts.get(id);
        if (!role) facts.set(id, (role = roleFacts(this.resolveTarget(id), this.catalog())));
        const { match, roadmap } = this.standingFor(this.state.get(file)!, candidate, role, today);
        pairs.push({
          candidate: candidate.name?.value ?? file, file, roleId: id, roleTitle: role.title,
          percent: match.percent, readiness: match.readiness, mustHaves: match.mustHaves,
          readyWeek: roadmap.readyWeek, ...(roadmap.readyDate !== undefined ? { readyDate: roadmap.readyDate } : {}),
          readyText: readinessShort({ roleTitle: role.title, roadmap }),
        });
      }
    }
    const diagnostics = this.files().flatMap((file) => this.diagnostics(file).map((d) => ({
      file, line: d.range.start.line + 1, column: d.range.start.character + 1, severity: d.severity, code: d.code, message: d.message,
    })));
    return { pairs, diagnostics };
  }

  /** The roles a file defines (where its id resolves to this file), in document order. */
  rolesDefinedIn(file: string): { id: string; title: string }[] {
    const s = this.state.get(file);
    if (!s) return [];
    return rolesOf(s.parsed).flatMap(({ role }) => {
      const id = role.id?.value;
      return id !== undefined && this.roles().get(id)?.file === file ? [{ id, title: role.title?.value ?? id }] : [];
    });
  }

  /** The step from a role's parent into it (the hover on `extends`); undefined without a parent. */
  ladderStep(roleId: string): LadderStep | undefined {
    return ladderStepInto(this.resolveTarget(roleId), this.catalog());
  }

  /** Two roles side by side: the requirements diff and every candidate targeting either (or all) in both. */
  roleComparison(fromId: string, toId: string, options: { today?: string; allCandidates?: boolean } = {}): RoleComparisonModel {
    const today = options.today ?? this.options.today;
    const all = options.allCandidates === true;
    return buildRoleComparison({
      from: this.resolveTarget(fromId),
      to: this.resolveTarget(toId),
      candidates: this.roleCandidates([fromId, toId], all).map((c) => ({
        file: c.file, candidate: c.candidate, targets: c.targeting.size > 0, targetsFrom: c.targeting.has(fromId), targetsTo: c.targeting.has(toId),
      })),
      scope: all ? 'all' : 'targeting',
      catalog: this.catalog(),
      standing: (c, facts) => this.standingFor(this.state.get(c.file)!, c.candidate, facts, today),
      options: { today, catalogs: this.catalogProvenance() },
    });
  }

  catalogProvenance(): { id: string; version?: string; file?: string }[] {
    return [
      this.baseIsBuiltin ? { id: 'builtin', version: builtinCatalogInfo().version } : { id: 'base' },
      ...this.workspaceCatalogs().map((c) => ({ id: c.doc.id?.value ?? c.file, version: c.doc.version?.value, file: c.file })),
    ];
  }

  /** Candidates in a file, for callers that show per-target summaries. */
  candidates(file: string): Candidate[] {
    const s = this.state.get(file);
    return s ? candidatesOf(s.parsed).map((c) => c.candidate) : [];
  }

  context(): CheckContext {
    this.workspaceCatalogs();
    const defs = this.catalogSkillDefs!;
    return {
      catalog: this.catalog(),
      roles: this.roles(),
      catalogs: this.catalogDocs!,
      catalogSkillDefinitions: (id) => defs.get(id) ?? [],
      today: this.options.today,
      display: this.options.displayPath ?? ((file) => file),
      cleanItems: this.cleanItems,
    };
  }

  private workspaceCatalogs(): WorkspaceCatalogDoc[] {
    if (!this.catalogDocs) {
      this.catalogDocs = [];
      this.catalogSkillDefs = new Map();
      for (const file of this.files()) {
        for (const { doc } of catalogsOf(this.state.get(file)!.parsed)) {
          this.catalogDocs.push({ file, doc });
          for (const skill of doc.skills) {
            const list = this.catalogSkillDefs.get(skill.id.value) ?? [];
            list.push({ file, range: skill.id.range });
            this.catalogSkillDefs.set(skill.id.value, list);
          }
        }
      }
    }
    return this.catalogDocs;
  }

  private parse(file: string, text: string): ParsedFile {
    return parseSkillsFile(file, text, { maxBytes: this.options.maxFileBytes });
  }

  /**
   * Which files a change can affect: the file itself; when a catalog changed, the files that read what
   * changed (afterCatalogChange); the files that define or reference the role ids the file defined
   * before or defines now, following `extends` down to the candidates; the files whose diagnostics cite it.
   */
  private afterChange(file: string, before: RoleLinks | undefined, after: RoleLinks | undefined): string[] {
    this.generation++;
    // The role index holds Role objects: rebuilt only when a file that defines roles changes.
    if ((before?.defines.length ?? 0) > 0 || (after?.defines.length ?? 0) > 0) this.roleIndex = undefined;
    const affected = new Set<string>([file]);
    if (before?.hasCatalog || after?.hasCatalog) {
      const readers = this.afterCatalogChange();
      if (!readers) {
        this.invalidateAll();
        return [file, ...[...this.state.keys()].filter((f) => f !== file)];
      }
      for (const f of readers) affected.add(f);
    }
    const changedIds = new Set([...(before?.defines ?? []), ...(after?.defines ?? [])]);
    // Follow references until no new role id is reached: a role extending a changed role changes too.
    // Through an index from role id to the files naming it, so a 5,000-role extends chain is one pass
    // (a scan of every file per step of the chain was quadratic).
    if (changedIds.size > 0) {
      const naming = this.filesNamingRoles();
      let frontier = [...changedIds];
      while (frontier.length > 0) {
        const next: string[] = [];
        for (const id of frontier) {
          for (const other of naming.get(id) ?? []) {
            if (affected.has(other)) continue;
            affected.add(other);
            for (const defined of this.state.get(other)!.links.defines) {
              if (!changedIds.has(defined)) { changedIds.add(defined); next.push(defined); }
            }
          }
        }
        frontier = next;
      }
    }
    // A role id appearing or going changes the did-you-mean of every unknown role reference anywhere.
    const beforeIds = new Set(before?.defines ?? []);
    const afterIds = new Set(after?.defines ?? []);
    if (beforeIds.size !== afterIds.size || [...beforeIds].some((id) => !afterIds.has(id))) {
      for (const [other, state] of this.state) if (state.links.refers.size > 0) affected.add(other);
    }
    for (const [other, state] of this.state) if (state.cites?.has(file)) affected.add(other);
    for (const f of affected) { const s = this.state.get(f); if (s) forgetDerived(s); }
    return [...affected].filter((f) => f === file || this.state.has(f));
  }

  /**
   * After a change to a file holding catalogs (already in `state`): the composed catalog updated from
   * the entries that changed (SkillCatalog.updateLayers), and the files whose results can change —
   * those that looked up a name now resolving differently or read a changed entry, those with an
   * unknown name when names came or went (their did-you-mean), and every catalog file when the
   * `requires` graph or the set of skill ids changed (cycles, duplicate ids). Undefined when the
   * catalog must be composed afresh and every file re-checked: a catalog document came, went or
   * changed its id or version (in every report's provenance), or the change is not one
   * updateLayers applies in place.
   */
  private afterCatalogChange(): Set<string> | undefined {
    const previous = this.composed;
    const previousDocs = this.catalogDocs;
    const previousDefs = this.catalogSkillDefs;
    this.catalogDocs = undefined;
    if (!previous || !previousDocs || !previousDefs) return undefined;
    const provenance = (docs: WorkspaceCatalogDoc[]) => docs.map((c) => [c.file, c.doc.id?.value, c.doc.version?.value]);
    if (!isDeepStrictEqual(provenance(previousDocs), provenance(this.workspaceCatalogs()))) return undefined;
    const layers = this.layers();
    const update = previous.catalog.updateLayers(previous.layers, layers);
    if (!update) return undefined;
    this.composed = { layers, catalog: update.catalog };
    const defs = this.catalogSkillDefs!;
    const idsCameOrWent = [...update.ids].some((id) => previousDefs.has(id) !== defs.has(id));
    let loopsKept = false;
    if (update.catalog !== previous.catalog && !update.requiresChanged && !idsCameOrWent) {
      loopsKept = carryRequiresLoops(previous.catalog, update.catalog, update.keys);
    }
    // Clean catalog entries stay clean unless they read what changed; a changed loop or id may touch any.
    if (update.catalog !== previous.catalog) {
      if (loopsKept) this.cleanItems.changed(update.keys, update.ids);
      else this.cleanItems.reset();
    }
    const readers = new Set<string>();
    for (const [file, s] of this.state) {
      const reads = s.reads;
      if (!reads) { if (s.diagnostics || s.reports || s.standings) readers.add(file); continue; }
      if ((!loopsKept && update.catalog !== previous.catalog && s.links.hasCatalog)
        || (update.keys.size > 0 && reads.suggested)
        || [...update.keys].some((key) => reads.keys.has(key))
        || [...update.ids].some((id) => reads.ids.has(id))) readers.add(file);
    }
    return readers;
  }

  /** Role id → the files that define or refer to it. */
  private filesNamingRoles(): Map<string, string[]> {
    const naming = new Map<string, string[]>();
    const add = (id: string, file: string) => {
      const list = naming.get(id);
      if (list) list.push(file); else naming.set(id, [file]);
    };
    for (const [file, { links }] of this.state) {
      for (const id of links.refers) add(id, file);
      for (const id of links.defines) add(id, file);
    }
    return naming;
  }

  private invalidateAll(): void {
    this.generation++;
    this.cleanItems.reset();
    this.roleIndex = undefined;
    this.composed = undefined;
    this.catalogDocs = undefined;
    for (const s of this.state.values()) forgetDerived(s);
  }
}

/** What is computed from a file and the workspace around it. */
function forgetDerived(s: FileState): void {
  s.diagnostics = undefined;
  s.standings = undefined;
  s.reports = undefined;
  s.reads = undefined;
  s.cites = undefined;
}

/** The other files a file's diagnostics point into: related locations and fixes' edits. */
function citedFiles(file: string, diagnostics: Diagnostic[]): Set<string> | undefined {
  let cited: Set<string> | undefined;
  for (const d of diagnostics) {
    for (const r of d.related ?? []) if (r.file !== file) (cited ??= new Set()).add(r.file);
    for (const fix of d.fixes ?? []) for (const e of fix.edits) if (e.file !== undefined && e.file !== file) (cited ??= new Set()).add(e.file);
  }
  return cited;
}

