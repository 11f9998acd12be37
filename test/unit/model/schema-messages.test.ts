import assert from 'node:assert/strict';
import { parseSkillsFile } from '../../../server/src/model';
import type { CatalogDoc } from '../../../server/src/model';
import { at, problems, yaml } from './helpers';

describe('model: schema errors → ranges and messages', () => {
  it('unknown key: key range, did-you-mean and a rename fix', () => {
    const text = yaml('kind: candidate', 'skills:', '  - { skill: Python, levle: 3 }');
    const [d, ...rest] = parseSkillsFile('f', text).diagnostics;
    assert.equal(rest.length, 0);
    assert.equal(d.code, 'schema');
    assert.equal(d.severity, 'error');
    assert.equal(d.message, "unknown key 'levle' — did you mean 'level'?");
    assert.equal(at(d.range), '2:21-2:26');
    assert.deepEqual(d.fixes, [{ title: "Rename to 'level'", preferred: true, edits: [{ range: d.range, newText: 'level' }] }]);
  });

  it('unknown key far from every allowed key lists the allowed keys, with no fix', () => {
    const text = yaml('kind: candidate', 'experience:', '  months: 4');
    const [d] = parseSkillsFile('f', text).diagnostics;
    assert.equal(d.message, "unknown key 'months' (expected one of: years)");
    assert.equal(at(d.range), '2:2-2:8');
    assert.equal(d.fixes, undefined);
  });

  it('does not suggest a key that is already present', () => {
    assert.deepEqual(problems(yaml('kind: candidate', 'skills:', '  - { skill: Python, level: 3, levle: 2 }')), [
      "2:31-2:36 unknown key 'levle' (expected one of: skill, level, years)",
    ]);
  });

  it('unknown keys at the root and in nested objects', () => {
    assert.deepEqual(problems(yaml(
      'kind: role',
      'id: data-engineer',
      'titel: Data Engineer',
      'market:',
      '  salary: { currency: EUR, mni: 1 }',
    )), [
      "2:0-2:5 unknown key 'titel' — did you mean 'title'?",
      "4:27-4:30 unknown key 'mni' — did you mean 'min'?",
    ]);
  });

  it('missing required property in a list item: on the item\'s first key', () => {
    assert.deepEqual(problems(yaml('kind: candidate', 'skills:', '  - level: 3', '    years: 2')), [
      "2:4-2:9 missing required 'skill'",
    ]);
  });

  it('missing required property at the root: on the kind key', () => {
    assert.deepEqual(problems(yaml('title: X', 'kind: role')), ["1:0-1:4 missing required 'id'"]);
  });

  it('missing required in a nested list inside a catalog', () => {
    assert.deepEqual(problems(yaml(
      'kind: catalog',
      'id: acme',
      'skills:',
      '  - id: kubernetes',
      '    resources:',
      '      - { title: K8s Basics }',
    )), ["5:10-5:15 missing required 'provider'"]);
  });

  it('wrong types: value range, messages for people', () => {
    assert.deepEqual(problems(yaml(
      'kind: candidate',
      'experience: { years: three }',
      'skills: Python',
      'name: 42',
      'education:',
      '  - degree: BSc',
      '    year: 2020.5',
    )), [
      '1:21-1:26 years must be a number',
      '2:8-2:14 skills must be a list, e.g. [ { skill: Python, level: 4 } ]',
      '3:6-3:8 name must be text — put it in quotes',
      '6:10-6:16 year must be a whole number',
    ]);
  });

  it('a list item that is not a mapping shows an example', () => {
    assert.deepEqual(problems(yaml('kind: candidate', 'skills:', '  - Python')), [
      '2:4-2:10 skills[0] must be a mapping (key: value), e.g. { skill: Python, level: 4, years: 3 }',
    ]);
  });

  it('an empty value is reported on its key', () => {
    assert.deepEqual(problems(yaml('kind: candidate', 'name:', 'availability:')), [
      '1:0-1:4 name must be text (it has no value)',
      '2:0-2:12 availability must be a mapping (key: value) (it has no value), e.g. { hoursPerWeek: 10, start: 2026-12-07, deadlineWeeks: 12 }',
    ]);
  });

  it('a block collection of the wrong type is reported on its key, not its many lines', () => {
    assert.deepEqual(problems(yaml('kind: candidate', 'targets:', '  a: 1', '  b: 2')), [
      '1:0-1:7 targets must be a list, e.g. [ senior-ai-engineer ]',
    ]);
  });

  it('level out of range, negative, fractional, and a misspelled label', () => {
    assert.deepEqual(problems(yaml(
      'kind: candidate',
      'skills:',
      '  - { skill: A, level: 7 }',
      '  - { skill: B, level: -1 }',
      '  - { skill: C, level: 2.5 }',
      '  - { skill: D, level: profcient }',
      '  - { skill: E, level: guru }',
    )), [
      '2:23-2:24 level must be 0–5 (0 none … 5 expert)',
      '3:23-3:25 level must be 0–5 (0 none … 5 expert)',
      '4:23-4:26 level must be 0–5 (0 none … 5 expert)',
      "5:23-5:32 level must be 0–5 (0 none … 5 expert) — did you mean 'proficient'?",
      '6:23-6:27 level must be 0–5 (0 none … 5 expert)',
    ]);
  });

  it('level labels are accepted', () => {
    assert.deepEqual(problems(yaml('kind: candidate', 'skills:', '  - { skill: A, level: expert }', '  - { skill: B, level: none }')), []);
  });

  it('bad priority, with did-you-mean and a replace fix', () => {
    const text = yaml('kind: role', 'id: r', 'requirements:', '  - { skill: Python, priority: mst }', '  - { skill: Go, priority: optional }');
    const diagnostics = parseSkillsFile('f', text).diagnostics;
    assert.deepEqual(diagnostics.map((d) => `${at(d.range)} ${d.message}`), [
      "3:31-3:34 priority must be one of: must, should, nice — did you mean 'must'?",
      '4:27-4:35 priority must be one of: must, should, nice',
    ]);
    assert.deepEqual(diagnostics[0].fixes?.[0].edits, [{ range: diagnostics[0].range, newText: 'must' }]);
  });

  it('bad dates: impossible day, wrong shape, month form', () => {
    assert.deepEqual(problems(yaml(
      'kind: candidate',
      'availability: { start: 2026-02-30 }',
      '---',
      'kind: candidate',
      'availability: { start: 12/07/2026 }',
      '---',
      'kind: role',
      'id: r',
      'market: { asOf: 2026-13 }',
      '---',
      'kind: role',
      'id: r',
      'market: { asOf: 2026-10 }',
      '---',
      'kind: catalog',
      'id: c',
      'skills: [{ id: x, resources: [{ title: T, provider: P, cost: 5, currency: USD, costAsOf: Nov 2026, costSource: "" }] }]',
    )), [
      '1:23-1:33 start must be a date written YYYY-MM-DD, e.g. 2026-12-07',
      '4:23-4:33 start must be a date written YYYY-MM-DD, e.g. 2026-12-07',
      '8:16-8:23 asOf must be YYYY-MM or YYYY-MM-DD, e.g. 2026-10',
      '16:89-16:97 costAsOf must be YYYY-MM or YYYY-MM-DD, e.g. 2026-10',
      '16:111-16:113 costSource must not be empty',
    ]);
  });

  it('bad urls: not http(s), not a URI', () => {
    assert.deepEqual(problems(yaml(
      'kind: catalog',
      'id: acme',
      'skills:',
      '  - id: go',
      '    resources:',
      '      - { title: A, provider: P, url: "ftp://example.com/a" }',
      '      - { title: B, provider: P, url: not a url }',
      '      - { title: C, provider: P, url: "https://go.dev/tour/" }',
    )), [
      '5:38-5:59 url must be an http(s) URL, e.g. https://example.com/course',
      '6:38-6:47 url must be an http(s) URL, e.g. https://example.com/course',
    ]);
  });

  it('anyOf and skill together: one error on the later key; neither: one missing error', () => {
    assert.deepEqual(problems(yaml(
      'kind: role',
      'id: r',
      'requirements:',
      '  - { skill: GCP, anyOf: [AWS, Azure], level: 3 }',
      '  - { level: 3, priority: must }',
      '  - { anyOf: [AWS] }',
    )), [
      "3:18-3:23 use either 'skill' or 'anyOf', not both",
      "4:6-4:11 missing required 'skill' (or 'anyOf')",
      "5:13-5:18 anyOf must list at least 2 skills (use 'skill' for one)",
    ]);
  });

  it('effort: a step cheaper than the one below is an error on that number; the typed model drops the curve', () => {
    const text = yaml(
      'kind: catalog',
      'id: acme',
      'skills:',
      '  - { id: a, effort: { hours: [5, 10, 30, 20, 40] } }',
      '  - { id: b, effort: { hours: [9, 3, 1, 1, 1] } }',
      '  - { id: c, effort: { hours: [1, 2, 3] } }',
      '  - { id: d, effort: { hours: [1, 2, 3, 4, 5], hoursPerLevel: 3 } }',
      '  - { id: e, effort: { hours: [1, 2, x, 4, 5] } }',
      '  - { id: f, effort: {} }',
    );
    assert.deepEqual(problems(text), [
      '3:42-3:44 effort step 3→4 (20 h) is cheaper than 2→3 (30 h): steps never get cheaper as the level rises',
      '4:34-4:35 effort step 1→2 (3 h) is cheaper than 0→1 (9 h): steps never get cheaper as the level rises',
      '4:37-4:38 effort step 2→3 (1 h) is cheaper than 1→2 (3 h): steps never get cheaper as the level rises',
      '5:30-5:39 hours must list exactly 5 items',
      "6:47-6:60 use either 'hours' or 'hoursPerLevel', not both",
      '7:37-7:38 hours[2] must be a number',
      "8:13-8:19 missing required 'hours' (or 'hoursPerLevel')",
    ]);
    const doc = parseSkillsFile('f', text).documents[0].doc as CatalogDoc;
    assert.deepEqual(doc.skills.map((s) => s.effort?.hours?.map((h) => h.value)), [[5, 10, 30, 40], [9, 1, 1], undefined, [1, 2, 3, 4, 5], [1, 2, 4, 5], undefined]);
  });

  it('resource levels must rise: [from, to] with from below to', () => {
    assert.deepEqual(problems(yaml(
      'kind: catalog',
      'id: acme',
      'skills:',
      '  - id: a',
      '    resources:',
      '      - { title: T, provider: P, levels: [3, 2] }',
      '      - { title: U, provider: P, levels: [novice, novice] }',
      '      - { title: V, provider: P, levels: [0, expert] }',
    )), [
      '5:41-5:47 levels [3, 2] must rise: [from, to] takes a learner from one level up to a higher one, e.g. [3, 4]',
      '6:41-6:57 levels [novice, novice] must rise: [from, to] takes a learner from one level up to a higher one, e.g. [2, 3]',
    ]);
  });

  it('unknown kind: did-you-mean with a fix, or the list of kinds', () => {
    const [d] = parseSkillsFile('f', yaml('kind: candidat', 'name: X')).diagnostics;
    assert.equal(`${at(d.range)} ${d.message}`, "0:6-0:14 unknown kind 'candidat' — did you mean 'candidate'?");
    assert.deepEqual(d.fixes?.[0].edits, [{ range: d.range, newText: 'candidate' }]);
    assert.deepEqual(problems(yaml('kind: person', 'name: X')), ["0:6-0:12 unknown kind 'person' (expected candidate, role or catalog)"]);
  });

  it('missing kind: one error on the first key, nothing else checked', () => {
    assert.deepEqual(problems(yaml('name: X', 'levle: 3', 'skills: 4')), ["0:0-0:4 missing 'kind' (candidate, role or catalog)"]);
  });

  it('a document that is not a mapping', () => {
    assert.deepEqual(problems(yaml('- kind: role', '- id: x')), [
      '0:0-0:12 a skills document must be a mapping that starts with kind: candidate, role or catalog',
    ]);
  });

  it('numbers below their minimum, and kebab-case ids', () => {
    assert.deepEqual(problems(yaml(
      'kind: role',
      'id: Senior AI Engineer',
      'requirements:',
      '  - { skill: A, weight: 0 }',
      'experience: { minYears: -2 }',
    )), [
      '1:4-1:22 id must be kebab-case (lowercase letters and digits joined by single hyphens), e.g. senior-ai-engineer',
      '3:24-3:25 weight must be more than 0',
      '4:24-4:26 minYears must be at least 0',
    ]);
  });

  it('a file with one of every mistake gets exactly one diagnostic per mistake', () => {
    const text = yaml(
      'kind: candidate',                                   // 0
      'name: Santana Mena',                                // 1
      'experience: { years: many }',                       // 2  wrong type
      'skills:',                                           // 3
      '  - { skill: Python, levle: 4 }',                   // 4  misspelled key
      '  - { skill: Go, level: 9 }',                       // 5  level out of range
      '  - { years: 2 }',                                  // 6  missing skill
      'targets: [Senior-AI]',                              // 7  bad id
      'availability: { hoursPerWeek: 0, start: 2026-1-5 }',// 8  two mistakes: minimum, date
      'preferences: { budget: { amount: 5, currency: dollars } }', // 9 currency
      'hobbies: [chess]',                                  // 10 unknown key, no suggestion
      '---',                                               // 11
      'kind: role',                                        // 12
      'id: ai-engineer',                                   // 13
      'requirements:',                                     // 14
      '  - { skill: A, anyOf: [B, C] }',                   // 15 both
      '  - { skill: D, priority: high }',                  // 16 bad priority
      'market:',                                           // 17
      '  asOf: last year',                                 // 18 bad month
      '  demand: booming',                                 // 19 bad enum
      '  salary: { min: 1, max: 2, period: week }',        // 20 bad period
      '---',                                               // 21
      'kind: catalg',                                      // 22 unknown kind (15 mistakes in all)
    );
    assert.deepEqual(problems(text), [
      '2:21-2:25 years must be a number',
      "4:21-4:26 unknown key 'levle' — did you mean 'level'?",
      '5:24-5:25 level must be 0–5 (0 none … 5 expert)',
      "6:6-6:11 missing required 'skill'",
      '7:10-7:19 targets[0] must be kebab-case (lowercase letters and digits joined by single hyphens), e.g. senior-ai-engineer',
      '8:30-8:31 hoursPerWeek must be more than 0',
      '8:40-8:48 start must be a date written YYYY-MM-DD, e.g. 2026-12-07',
      '9:46-9:53 currency must be a three-letter currency code, e.g. USD',
      "10:0-10:7 unknown key 'hobbies' (expected one of: kind, name, headline, summary, experience, education, skills, targets, availability, preferences)",
      "15:16-15:21 use either 'skill' or 'anyOf', not both",
      '16:26-16:30 priority must be one of: must, should, nice',
      '18:8-18:17 asOf must be YYYY-MM or YYYY-MM-DD, e.g. 2026-10',
      '19:10-19:17 demand must be one of: declining, stable, growing, surging',
      '20:36-20:40 period must be one of: year, month, hour',
      "22:6-22:12 unknown kind 'catalg' — did you mean 'catalog'?",
    ]);
  });
});
