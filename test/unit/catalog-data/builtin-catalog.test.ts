// Checks the committed, generated built-in catalog (server/src/catalog/data/builtin-catalog.json).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { BuiltinCatalogFile, SkillEntry } from '../../../server/src/catalog/types';
import { normalizeSkillName } from '../../../server/src/catalog';
import { NON_ENGINEERING_CATEGORIES } from '../../../server/src/catalog/categories';

// The generator's helpers are ES modules (scripts/*.mjs); this CommonJS test loads them dynamically.
type Normalize = typeof import('../../../scripts/catalog/normalize.mjs', { with: { 'resolution-mode': 'import' } });
type Merge = typeof import('../../../scripts/catalog/merge.mjs', { with: { 'resolution-mode': 'import' } });
type EffortRules = typeof import('../../../scripts/catalog/effort.mjs', { with: { 'resolution-mode': 'import' } });
let effortProblems: EffortRules['effortProblems'];
let normalizeKey: Normalize['normalizeKey'];
let ID_PATTERN: RegExp;
let checkPrerequisites: Merge['checkPrerequisites'];

const root = resolve(__dirname, '../../..');
const catalogPath = join(root, 'server/src/catalog/data/builtin-catalog.json');
const text = readFileSync(catalogPath, 'utf8');

// The file omits empty arrays to stay small; this is how a loader reads it back.
type StoredSkill = Omit<SkillEntry, 'origin' | 'aliases' | 'requires' | 'resources'> &
  Partial<Pick<SkillEntry, 'aliases' | 'requires' | 'resources'>>;
const file = JSON.parse(text) as Omit<BuiltinCatalogFile, 'skills'> & { skills: StoredSkill[] };
const skills = file.skills.map((s) => ({ ...s, aliases: s.aliases ?? [], requires: s.requires ?? [], resources: s.resources ?? [] }));
const byId = new Map(skills.map((s) => [s.id, s]));
/** Declared ambiguous abbreviations (scripts/catalog/curated/names.yaml): alias -> the skill ids it names. */
const ambiguous = (parseYaml(readFileSync(join(root, 'scripts/catalog/curated/names.yaml'), 'utf8')) as { ambiguous: Record<string, string[]> }).ambiguous;

/** Resolves a written skill name the way the product does (id, name or alias, normalized). */
const owner = new Map<string, string>();
const resolveName = (name: string) => owner.get(normalizeKey(name));

before(async () => {
  ({ normalizeKey, ID_PATTERN } = await import('../../../scripts/catalog/normalize.mjs'));
  ({ checkPrerequisites } = await import('../../../scripts/catalog/merge.mjs'));
  ({ effortProblems } = await import('../../../scripts/catalog/effort.mjs'));
  for (const s of skills) for (const n of [s.id, s.name, ...s.aliases]) if (!owner.has(normalizeKey(n))) owner.set(normalizeKey(n), s.id);
});

function skill(id: string) {
  const s = byId.get(id);
  assert.ok(s, `no skill with id ${id}`);
  return s;
}

describe('built-in catalog data', () => {
  it('has at least 10,000 skills and 20,000 names and aliases', () => {
    assert.ok(skills.length >= 10_000, `${skills.length} skills`);
    const names = skills.reduce((n, s) => n + 1 + s.aliases.length, 0);
    assert.ok(names >= 20_000, `${names} names+aliases`);
  });

  it('has unique kebab-case ids, sorted', () => {
    const ids = skills.map((s) => s.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, ID_PATTERN);
    assert.deepEqual(ids, [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('gives every normalized name or alias to exactly one skill, except the declared ambiguous abbreviations', () => {
    const owners = new Map<string, Set<string>>();
    for (const s of skills) {
      for (const n of [s.name, ...s.aliases]) {
        const key = normalizeKey(n);
        owners.set(key, (owners.get(key) ?? new Set()).add(s.id));
      }
    }
    const shared = [...owners].filter(([, ids]) => ids.size > 1).map(([key, ids]) => `${key}: ${[...ids].sort().join(', ')}`);
    const declared = Object.entries(ambiguous).map(([alias, ids]) => `${normalizeKey(alias)}: ${[...ids].sort().join(', ')}`);
    assert.deepEqual(shared.sort(), declared.sort());
    assert.deepEqual(declared.sort(), [
      'eda: electronic-design-automation-eda-software, exploratory-data-analysis',
      'pm: product-management, project-management',
      'tf: tensorflow, terraform',
    ]);
  });

  it('normalizes names exactly as the runtime resolver does', () => {
    const differ = skills.flatMap((s) => [s.name, ...s.aliases]).filter((n) => normalizeKey(n) !== normalizeSkillName(n));
    assert.deepEqual(differ, []);
  });

  it('never stores empty arrays or empty strings', () => {
    for (const s of file.skills) {
      for (const [k, v] of Object.entries(s)) {
        assert.ok(!(Array.isArray(v) && v.length === 0), `${s.id}.${k} is an empty array`);
        assert.notEqual(v, '', `${s.id}.${k} is empty`);
      }
    }
  });

  it('resolves the practitioners\' names and aliases to one canonical skill each', () => {
    const expected: [string, string, string][] = [
      ['k8s', 'kubernetes', 'Kubernetes'], ['kube', 'kubernetes', 'Kubernetes'],
      ['ML Ops', 'mlops', 'MLOps'], ['Machine Learning Operations', 'mlops', 'MLOps'], ['mlops', 'mlops', 'MLOps'],
      ['Machine Learning Operations (MLOps)', 'mlops', 'MLOps'],
      ['sklearn', 'scikit-learn', 'scikit-learn'], ['Scikit-learn', 'scikit-learn', 'scikit-learn'],
      ['golang', 'go', 'Go'], ['pytorch', 'pytorch', 'PyTorch'], ['Postgres', 'postgresql', 'PostgreSQL'],
      ['GCP', 'google-cloud', 'Google Cloud'], ['Google Cloud Platform', 'google-cloud', 'Google Cloud'],
      ['Amazon Web Services', 'aws', 'AWS'], ['Microsoft Azure', 'azure', 'Azure'],
      ['W&B', 'weights-and-biases', 'Weights & Biases'], ['wandb', 'weights-and-biases', 'Weights & Biases'],
      ['Retrieval-Augmented Generation', 'rag', 'RAG'], ['Large Language Models', 'llms', 'LLMs'],
      ['NLP', 'natural-language-processing', 'Natural Language Processing'],
      ['Python (computer programming)', 'python', 'Python'], ['py', 'python', 'Python'],
      ['js', 'javascript', 'JavaScript'], ['ts', 'typescript', 'TypeScript'], ['nodejs', 'nodejs', 'Node.js'],
      ['Mlflow', 'mlflow', 'MLflow'], ['huggingface', 'hugging-face', 'Hugging Face'],
      ['Atlassian JIRA', 'jira', 'Jira'], ['The MathWorks MATLAB', 'matlab', 'MATLAB'],
      ['Oracle Java', 'java', 'Java'], ['Google Angular', 'angular', 'Angular'],
    ];
    for (const [written, id, name] of expected) {
      assert.equal(resolveName(written), id, `'${written}'`);
      assert.equal(skill(id).name, name);
    }
  });

  it('gives short abbreviations the meaning engineers use, and keeps a language with that name qualified', () => {
    assert.equal(resolveName('ML'), 'machine-learning');
    assert.equal(resolveName('DL'), 'deep-learning');
    assert.equal(resolveName('CV'), 'computer-vision');
    assert.equal(resolveName('HF'), 'hugging-face');
    assert.equal(resolveName('k8'), 'kubernetes');
    // ESCO's "ML (computer programming)" is the ML language: still there, under its qualified name.
    const mlLanguage = skills.find((s) => s.source.esco === 'http://data.europa.eu/esco/skill/a4d336a6-9ffd-402a-91cc-f359716ba4e0');
    assert.deepEqual([mlLanguage?.name, mlLanguage?.category], ['ML (programming language)', 'Programming Languages']);
    assert.equal(resolveName('ML (computer programming)'), mlLanguage?.id);
    assert.equal(skill('standard-ml').name, 'Standard ML');
  });

  it('keeps junk aliases out (Linguist identifiers, ESCO examples and versions)', () => {
    assert.deepEqual(skill('python').aliases.filter((a) => /rusthon|3k/i.test(a)), []);
    assert.ok(skill('python').aliases.includes('py3'));
    assert.equal(resolveName('node'), 'nodejs'); // Linguist lists "node" on JavaScript
    assert.equal(resolveName('django'), 'django'); // … and "django" on Jinja
    assert.equal(resolveName('terraform'), 'terraform'); // … and "terraform" on HCL
    assert.equal(resolveName('Seed7'), undefined); // listed as an example of ESCO's "computer programming"
    assert.equal(resolveName('rusthon'), undefined);
  });

  it('keeps different skills with one name apart (names.yaml "separate")', () => {
    assert.equal(skill(resolveName('Eclipse')!).name, 'Eclipse IDE');
    assert.equal(skill(resolveName('Eclipse')!).category, 'Software Engineering');
    assert.equal(skill(resolveName('ECLiPSe (programming language)')!).source.linguist, 'ECLiPSe');
    assert.equal(resolveName('Risk Management'), 'risk-management');
    assert.notEqual(resolveName('Thomson Reuters Risk Management'), 'risk-management');
  });

  it('files engineering skills under the right category', () => {
    const categories = Object.fromEntries(['data-science', 'xgboost', 'data-structures-and-algorithms', 'etl'].map((id) => [id, skill(id).category]));
    assert.deepEqual(categories, {
      'data-science': 'Data Science & Analytics', xgboost: 'Machine Learning & AI',
      'data-structures-and-algorithms': 'Software Engineering', etl: 'Data Engineering',
    });
    assert.equal(resolveName('algorithms'), 'data-structures-and-algorithms');
    assert.equal(resolveName('ETL'), 'etl');
  });

  it('carries O*NET demand: occupations listing the technology and those flagging it In Demand', () => {
    const demand = (id: string) => (skill(id) as { demand?: { occupations: number; inDemand?: number } }).demand;
    assert.deepEqual(demand('python'), { occupations: 131, inDemand: 67 });
    assert.deepEqual(demand('apache-spark'), { occupations: 23, inDemand: 3 }); // "Apache Spark" and "PySpark" together
    assert.equal(demand('mlops'), undefined);
    for (const s of skills) {
      const d = (s as { demand?: { occupations: number; inDemand?: number } }).demand;
      if (d) assert.ok(d.occupations >= 1 && (d.inDemand === undefined || (d.inDemand >= 1 && d.inDemand <= d.occupations)), s.id);
      if (s.hot || s.inDemand) assert.ok(d && s.source.onet, `${s.id} is flagged by O*NET but has no demand`);
    }
  });

  it('tells C, C++ and C# apart', () => {
    assert.deepEqual([resolveName('C'), resolveName('c++'), resolveName('C#')], ['c', 'cpp', 'csharp']);
    assert.deepEqual([skill('cpp').name, skill('csharp').name], ['C++', 'C#']);
  });

  it('keeps each source\'s identifiers and O*NET flags', () => {
    assert.equal(skill('python').source.esco, 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d');
    assert.equal(skill('python').source.onet, 'Python');
    assert.equal(skill('python').source.linguist, 'Python');
    assert.equal(skill('python').hot, true);
    assert.equal(skill('kubernetes').hot, true);
    assert.equal(skill('kubernetes').source.onet, 'Kubernetes');
    assert.equal(skill('aws').source.onet, 'Amazon Web Services AWS software');
    assert.equal(skill('mlops').source.curated, true);
    assert.equal(skill('mlops').hot, undefined);
    const esco = skills.filter((s) => s.source.esco !== undefined);
    assert.ok(esco.length > 1500);
    for (const s of esco) assert.match(s.source.esco as string, /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}$/);
  });

  it('names only fixed categories as non-engineering for did-you-mean', async () => {
    const { CATEGORIES } = await import('../../../scripts/catalog/categories.mjs');
    assert.deepEqual([...NON_ENGINEERING_CATEGORIES].filter((c) => !CATEGORIES.includes(c)), []);
  });

  it('puts every skill in one of the fixed categories', () => {
    const categories = new Set(skills.map((s) => s.category));
    assert.ok(categories.size <= 25, `${categories.size} categories`);
    assert.equal(skill('python').category, 'Programming Languages');
    assert.equal(skill('kubernetes').category, 'Cloud & Platform');
    assert.equal(skill('mlops').category, 'Machine Learning & AI');
    assert.equal(skill('write-hungarian').category, 'Languages (human)');
  });

  it('has prerequisites that exist and never loop', () => {
    assert.deepEqual(checkPrerequisites(skills), []);
    assert.deepEqual(skill('kubernetes').requires, [{ skill: 'docker', level: 2 }]);
    assert.deepEqual(skill('mlops').requires, [{ skill: 'machine-learning', level: 3 }, { skill: 'docker', level: 2 }]);
    assert.deepEqual(skill('rag').requires, [{ skill: 'llms', level: 2 }, { skill: 'vector-databases', level: 2 }]);
    assert.deepEqual(skill('pytorch').requires, [{ skill: 'python', level: 3 }, { skill: 'deep-learning', level: 2 }]);
    for (const s of skills) for (const r of s.requires) assert.ok(Number.isInteger(r.level) && r.level >= 1 && r.level <= 5);
  });

  it('gives at least 500 curated skills a description, evidence project, effort curve and resource', () => {
    const curated = skills.filter((s) => s.source.curated);
    assert.ok(curated.length >= 500, `${curated.length} curated`);
    for (const s of curated) {
      assert.ok(s.resources.length >= 1, `${s.id} has no resource`);
      assert.ok(s.description && s.evidence && s.effort, `${s.id} lacks description/evidence/effort`);
    }
    for (const s of skills) assert.deepEqual(effortProblems(s.effort), [], s.id);
    assert.deepEqual(skill('docker').effort, { hoursPerLevel: 10 });
    for (const id of ['mlops', 'llms', 'rag', 'langchain', 'hugging-face', 'pytorch', 'machine-learning', 'deep-learning']) {
      assert.ok(skill(id).resources.length >= 2, `${id} should have 2-3 resources`);
      assert.ok(skill(id).resources.some((r) => r.cost === 0), `${id} needs a free resource`);
    }
    const resources = skills.flatMap((s) => s.resources);
    for (const r of resources) {
      assert.match(r.url ?? '', /^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/|$)/, r.title);
      assert.ok(r.provider.trim().length > 0 && r.title.trim().length > 0);
      assert.ok(r.levels && r.levels[0] < r.levels[1] && r.levels[0] >= 0 && r.levels[1] <= 5, `${r.title} levels`);
      assert.ok(typeof r.hours === 'number' && r.hours > 0, `${r.title} hours`);
      assert.equal(typeof r.certificate, 'boolean');
      assert.ok(r.cost === undefined || r.cost >= 0, `${r.title} cost`); // absent: price not stated
      // A price is stated with its date and source, or not at all.
      if (r.cost !== undefined && r.cost > 0) {
        assert.match(r.currency ?? '', /^[A-Z]{3}$/, `${r.title} currency`);
        assert.match(r.costAsOf ?? '', /^\d{4}-\d{2}$/, `${r.title} costAsOf`);
        assert.ok(r.costSource, `${r.title} costSource`);
      }
    }
    // Providers are written exactly as a candidate's `preferences.providers` would name them.
    assert.ok(resources.some((r) => r.provider === 'Coursera' && r.certificate));
    assert.deepEqual(resources.filter((r) => r.provider.includes('Coursera') && r.provider !== 'Coursera'), []);
    assert.equal(skill('machine-learning').resources[0].title, 'Machine Learning Specialization (DeepLearning.AI & Stanford University)');
  });

  it('is compact: no pretty-printing, well under 3 MB', () => {
    assert.ok(!text.includes('\n  '));
    assert.ok(Buffer.byteLength(text) < 3_000_000, `${Buffer.byteLength(text)} bytes`);
  });

  it('regenerates byte-identically from the data', function () {
    this.timeout(60_000);
    const dataDir = process.env.SKILLGAP_DATA ?? resolve(root, '../shared/data');
    // Without the source data (e.g. a checkout elsewhere) only the canonical serialization can be checked.
    if (!existsSync(dataDir)) {
      assert.equal(`${JSON.stringify(JSON.parse(text))}\n`, text);
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'skillgap-catalog-'));
    try {
      const out = join(dir, 'catalog.json');
      const run = spawnSync(process.execPath, [join(root, 'scripts/build-catalog.mjs'), '--data', dataDir, '--out', out], { encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      assert.ok(readFileSync(out).equals(readFileSync(catalogPath)), 'regenerated catalog differs from the committed one');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
