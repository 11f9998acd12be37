// Document generators for fuzzing: the samples (real, valid files) damaged the ways people and
// tools damage YAML, and random documents of each kind built from the schema's own keys.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';

const SAMPLES_DIR = join(__dirname, '../../../samples');

/** samples/*.skills.yaml by file name. */
export const SAMPLES: ReadonlyMap<string, string> = new Map(
  readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.skills.yaml')).sort()
    .map((f) => [f, readFileSync(join(SAMPLES_DIR, f), 'utf8')]),
);

export const YAML_PUNCTUATION = [':', '-', '[', ']', '{', '}', '&', '*', '!', '|', '>', '#', "'", '"', ',', '?', '%', '@', '`', '<<', '---', '...', '\t', '\n', '\r\n', '\r', ' ', '\u0000', '\ufeff', '\ufffd'];

type Mutation = (text: string) => string;

const at = (text: string, fraction: number) => Math.floor(fraction * (text.length + 1));
const lineSplit = (text: string) => text.split('\n');

const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const unicode = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 });
const anyUnit = fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }); // lone surrogates included

/** One damage to a text; positions are fractions so they fit any text length. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // "byte flip": one UTF-16 unit replaced by another (any, lone surrogates included)
  fc.tuple(fraction, anyUnit).map(([f, s]): Mutation => (t) => { const i = at(t, f); return t.slice(0, i) + s + t.slice(i + 1); }),
  fc.tuple(fraction, fc.constantFrom(...YAML_PUNCTUATION)).map(([f, p]): Mutation => (t) => { const i = at(t, f); return t.slice(0, i) + p + t.slice(i); }),
  fc.tuple(fraction, unicode).map(([f, u]): Mutation => (t) => { const i = at(t, f); return t.slice(0, i) + u + t.slice(i); }),
  fc.tuple(fraction, fc.integer({ min: 1, max: 40 })).map(([f, n]): Mutation => (t) => { const i = at(t, f); return t.slice(0, i) + t.slice(i + n); }),
  fraction.map((f): Mutation => (t) => { const l = lineSplit(t); l.splice(Math.floor(f * l.length), 1); return l.join('\n'); }),
  fraction.map((f): Mutation => (t) => { const l = lineSplit(t); const i = Math.floor(f * l.length); l.splice(i, 0, l[i]); return l.join('\n'); }),
  fc.tuple(fraction, fc.integer({ min: -4, max: 4 }), fc.constantFrom(' ', '\t')).map(([f, d, ch]): Mutation => (t) => {
    const l = lineSplit(t);
    const i = Math.floor(f * l.length);
    l[i] = d >= 0 ? ch.repeat(d) + l[i] : l[i].replace(new RegExp(`^ {0,${-d}}`), '');
    return l.join('\n');
  }),
  fc.constant((t: string) => t.replace(/\n/g, '\r\n')),
  fc.tuple(fraction, fraction).map(([a, b]): Mutation => (t) => { // move a chunk elsewhere
    const [i, j] = [at(t, Math.min(a, b)), at(t, Math.max(a, b))];
    return t.slice(j) + t.slice(i, j) + t.slice(0, i);
  }),
);

export const sampleName = fc.constantFrom(...SAMPLES.keys());

/** A sample with 1–6 mutations applied. */
export const mutatedSample: fc.Arbitrary<{ name: string; text: string }> = fc
  .tuple(sampleName, fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([name, ms]) => ({ name, text: ms.reduce((t, m) => m(t), SAMPLES.get(name)!) }));

// Keys the schemas know, so random documents get past "unknown key" into the typed model and checks.
const KEYS = ['kind', 'id', 'name', 'title', 'headline', 'summary', 'experience', 'years', 'minYears', 'education', 'degree',
  'skills', 'skill', 'level', 'targets', 'availability', 'hoursPerWeek', 'start', 'deadlineWeeks', 'requirements', 'anyOf',
  'priority', 'weight', 'extends', 'market', 'source', 'asOf', 'salary', 'min', 'max', 'demand', 'stack', 'trends', 'aliases',
  'requires', 'resources', 'url', 'hours', 'cost', 'levels', 'effort', 'hoursPerLevel', 'category', 'description', 'version'];
const SKILLS = ['Python', 'k8s', 'Kubernetes', 'MLOps', 'Machine Learning Operations', 'Pytorch2', 'docker', 'AWS', 'senior-ai-engineer', 'ml-engineer', 'proficient'];

const scalar = fc.oneof(
  fc.constantFrom(...SKILLS), fc.integer({ min: -2, max: 12 }), fc.constantFrom('must', 'should', 'nice', '2026-11', '2026-12-07', 'https://x.test/'),
  fc.string({ unit: 'grapheme', maxLength: 12 }), fc.boolean(), fc.constant(null), fc.double(),
);
const value: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof({ depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('v'), { maxKeys: 5 })),
})).v;

/** A random document of a random kind, as YAML text (block or flow style), possibly several in one file. */
const randomDocument: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom('candidate', 'role', 'catalog', 'team'), fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 8 }), fc.boolean()),
    { minLength: 1, maxLength: 3 })
  .map((docs) => docs.map(([kind, body, flow]) => stringify({ ...body, kind }, { flowLevel: flow ? 1 : -1 } as never)).join('---\n'));

/** Either a damaged sample or a random document, damaged or not. */
export const anyDocument: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: mutatedSample.map((m) => m.text) },
  { weight: 1, arbitrary: randomDocument },
  { weight: 1, arbitrary: fc.tuple(randomDocument, fc.array(mutation, { maxLength: 3 })).map(([t, ms]) => ms.reduce((x, m) => m(x), t)) },
);

// Names that draw alias, unknown-skill (with and without suggestions) and duplicate-skill findings,
// including ones that need quoting in YAML, so their fixes get exercised.
const FIXABLE_NAMES = ['k8s', 'kube', 'ML Ops', 'mlops', 'Machine Learning Operations', 'pytorch', 'Pytorch2', 'Kuberntes', 'C#', 'c++',
  'Weights & Biases', 'node.js', 'scikit learn', 'Docker', 'docker', 'Python', 'python3', 'Zorblax 9000', 'AFS', 'acme feature store',
  'tensor: flow', 'hash # tag', "O'Reilly Stack", 'ÄÖÜ tooling', 'js'];

const fixableName = fc.constantFrom(...FIXABLE_NAMES);
const quoted = (name: string, style: number) => (style === 0 ? name : style === 1 ? JSON.stringify(name) : `'${name.replace(/'/g, "''")}'`);
const needsQuotes = (name: string) => /[:#]|^'|'$/.test(name);
const written = fc.tuple(fixableName, fc.integer({ min: 0, max: 2 })).map(([n, s]) => quoted(n, needsQuotes(n) && s === 0 ? 1 : s));

const candidateItem = fc.tuple(written, fc.integer({ min: 0, max: 3 })).map(([n, style]) => [
  `  - { skill: ${n}, level: 2 }`,
  `  - {skill: ${n}}`,
  `  - skill: ${n}\n    level: 3`,
  `  -   skill: ${n}   # comment\n      years: 1`,
][style]);
const requirementItem = fc.tuple(written, written, fc.boolean()).map(([a, b, any]) => (any
  ? `  - { anyOf: [${a}, ${b}], level: 2, priority: should }`
  : `  - skill: ${a}\n    level: 2\n    priority: must`));

/** A candidate, role or catalog document whose skill names draw fixable findings, in several list styles. */
export const fixableDocument: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.array(candidateItem, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n'))
    .map(([items, eol]) => ['kind: candidate', 'name: Fuzz', 'skills:', ...items, 'targets: [senior-ai-engineer]', ''].join('\n').replace(/\n/g, eol)),
  fc.tuple(fc.array(requirementItem, { minLength: 1, maxLength: 5 }), fc.array(written, { maxLength: 4 }))
    .map(([items, stack]) => ['kind: role', 'id: fuzz-role', 'title: Fuzz', 'requirements:', ...items, 'market:', `  stack: [${stack.join(', ')}]`, ''].join('\n')),
  fc.array(written, { minLength: 1, maxLength: 4 })
    .map((reqs) => ['kind: catalog', 'id: fuzz', 'skills:', '  - id: fuzz-skill', '    name: Fuzz Skill', '    requires:', ...reqs.map((r) => `      - { skill: ${r}, level: 1 }`), ''].join('\n')),
);
