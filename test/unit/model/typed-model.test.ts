import assert from 'node:assert/strict';
import { parseSkillsFile } from '../../../server/src/model';
import type { Candidate, CatalogDoc, Role, SkillsDocument } from '../../../server/src/model';
import { at, yaml } from './helpers';

function only(text: string): SkillsDocument | undefined {
  const file = parseSkillsFile('f', text);
  assert.equal(file.documents.length, 1);
  return file.documents[0].doc;
}

/** Spanned values as "value@range", to compare whole structures at once. */
function flat(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(flat);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('value' in o && 'range' in o && Object.keys(o).length === 2 && typeof o.value !== 'object') {
      return `${String(o.value)}@${at(o.range as never)}`;
    }
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, k.endsWith('ange') ? at(x as never) : flat(x)]));
  }
  return v;
}

describe('model: typed documents', () => {
  it('candidate: values with ranges, level labels converted, invalid fields left out', () => {
    const doc = only(yaml(
      'kind: candidate',
      'name: Santana Mena',
      'experience: { years: 3 }',
      'education:',
      '  - { degree: BSc Computer Science, institution: XYZ University, year: 2020 }',
      'skills:',
      '  - { skill: Python, level: 4, years: 3 }',
      '  - { skill: k8s, level: awareness }',
      '  - { skill: Go, level: 9 }',
      '  - { level: 2 }',
      'targets: [senior-ai-engineer, Not An Id]',
      'availability: { hoursPerWeek: 10, start: 2026-12-07, deadlineWeeks: 12 }',
      'preferences: { providers: [Coursera], budget: { amount: 300, currency: USD } }',
    )) as Candidate;
    assert.deepEqual(flat(doc), {
      kind: 'candidate',
      name: 'Santana Mena@1:6-1:18',
      experienceYears: '3@2:21-2:22',
      education: [{ degree: 'BSc Computer Science@4:14-4:34', institution: 'XYZ University@4:49-4:63', year: '2020@4:71-4:75', range: '4:4-4:77' }],
      skills: [
        { skill: 'Python@6:13-6:19', level: '4@6:28-6:29', years: '3@6:38-6:39', range: '6:4-6:41' },
        { skill: 'k8s@7:13-7:16', level: '1@7:25-7:34', range: '7:4-7:36' },
        { skill: 'Go@8:13-8:15', range: '8:4-8:27' },
      ],
      skillsKeyRange: '5:0-5:6',
      skillsRange: '6:2-10:0',
      targets: ['senior-ai-engineer@10:10-10:28'],
      targetsKeyRange: '10:0-10:7',
      availability: { hoursPerWeek: '10@11:30-11:32', start: '2026-12-07@11:41-11:51', deadlineWeeks: '12@11:68-11:70', keyRange: '11:0-11:12' },
      preferences: { providers: ['Coursera@12:27-12:35'], budget: { amount: '300@12:56-12:59', currency: 'USD@12:71-12:74' } },
    });
  });

  it('role: requirements with anyOf, default priority, market', () => {
    const doc = only(yaml(
      'kind: role',
      'id: senior-ai-engineer',
      'title: Senior AI Engineer',
      'extends: ai-engineer',
      'experience: { minYears: 5 }',
      'requirements:',
      '  - { skill: Python, level: proficient, priority: must }',
      '  - { anyOf: [AWS, Azure], level: 3, weight: 2.5 }',
      'market:',
      '  source: Example survey 2026',
      '  asOf: 2026-10',
      '  salary: { currency: USD, min: 120000, max: 200000, period: year }',
      '  demand: growing',
      '  stack: [Python, Docker]',
      '  trends: [Generative AI]',
    )) as Role;
    assert.deepEqual(flat(doc), {
      kind: 'role',
      id: 'senior-ai-engineer@1:4-1:22',
      title: 'Senior AI Engineer@2:7-2:25',
      extends: 'ai-engineer@3:9-3:20',
      minYears: '5@4:24-4:25',
      requirements: [
        { skills: ['Python@6:13-6:19'], anyOf: false, level: '4@6:28-6:38', priority: 'must', priorityRange: '6:50-6:54', range: '6:4-6:56' },
        { skills: ['AWS@7:14-7:17', 'Azure@7:19-7:24'], anyOf: true, level: '3@7:34-7:35', priority: 'should', weight: '2.5@7:45-7:48', range: '7:4-7:50' },
      ],
      requirementsKeyRange: '5:0-5:12',
      market: {
        source: 'Example survey 2026@9:10-9:29',
        asOf: '2026-10@10:8-10:15',
        salary: { currency: 'USD@11:22-11:25', min: '120000@11:32-11:38', max: '200000@11:45-11:51', period: 'year@11:61-11:65', keyRange: '11:2-11:8' },
        demand: 'growing@12:10-12:17',
        stack: ['Python@13:10-13:16', 'Docker@13:18-13:24'],
        trends: ['Generative AI@14:11-14:24'],
        keyRange: '8:0-8:6',
      },
    });
  });

  it('role: with both skill and anyOf, the skill is kept', () => {
    const doc = only(yaml('kind: role', 'id: r', 'requirements:', '  - { skill: GCP, anyOf: [AWS, Azure] }')) as Role;
    assert.deepEqual(doc.requirements.map((r) => [r.anyOf, r.skills.map((s) => s.value)]), [[false, ['GCP']]]);
  });

  it('catalog: skills, prerequisites, effort, sources and resources', () => {
    const doc = only(yaml(
      'kind: catalog',
      'id: acme',
      'version: "1.0"',
      'skills:',
      '  - id: kubernetes',
      '    name: Kubernetes',
      '    aliases: [k8s, kube]',
      '    category: Cloud & Platform',
      '    requires: [{ skill: docker, level: novice }]',
      '    effort: { hoursPerLevel: 15 }',
      '    source: { esco: "http://data.europa.eu/esco/skill/x", internal: K-12 }',
      '    resources:',
      '      - { title: Kubernetes Basics, provider: Kubernetes project, url: "https://kubernetes.io/docs/tutorials/", hours: 6, cost: 0, levels: [1, competent], certificate: false }',
      '      - { title: No Provider }',
      '      - { title: CKA, provider: The Linux Foundation, cost: 445, currency: USD, costAsOf: 2026-11, costSource: "https://training.linuxfoundation.org/" }',
    )) as CatalogDoc;
    assert.deepEqual(flat(doc), {
      kind: 'catalog',
      id: 'acme@1:4-1:8',
      version: '1.0@2:9-2:14',
      skills: [{
        id: 'kubernetes@4:8-4:18',
        name: 'Kubernetes@5:10-5:20',
        aliases: ['k8s@6:14-6:17', 'kube@6:19-6:23'],
        category: 'Cloud & Platform@7:14-7:30',
        requires: [{ skill: 'docker@8:24-8:30', level: '2@8:39-8:45', range: '8:15-8:47' }],
        effort: { hoursPerLevel: '15@9:29-9:31' },
        source: { esco: 'http://data.europa.eu/esco/skill/x', internal: 'K-12' },
        resources: [{
          value: {
            title: 'Kubernetes Basics', provider: 'Kubernetes project', url: 'https://kubernetes.io/docs/tutorials/',
            hours: 6, cost: 0, levels: [1, 3], certificate: false,
          },
          range: '12:8-12:175',
        }, {
          value: { title: 'CKA', provider: 'The Linux Foundation', cost: 445, currency: 'USD', costAsOf: '2026-11', costSource: 'https://training.linuxfoundation.org/' },
          range: '14:8-14:152',
        }],
        range: '4:4-15:0',
      }],
      skillsKeyRange: '3:0-3:6',
      skillsRange: '4:2-15:0',
    });
  });

  it('catalog: an effort curve keeps each step with its range', () => {
    const doc = only(yaml('kind: catalog', 'id: acme', 'skills:', '  - id: spark', '    effort: { hours: [4, 8, 16, 30, 60] }')) as CatalogDoc;
    assert.deepEqual(flat(doc.skills[0].effort), { hours: ['4@4:22-4:23', '8@4:25-4:26', '16@4:28-4:30', '30@4:32-4:34', '60@4:36-4:38'] });
  });

  it('collects every string value (not keys) with its range, quotes included', () => {
    const file = parseSkillsFile('f', yaml('kind: candidate', 'name: "Bachelorâ€™s"', 'skills: [{ skill: Python, level: 3 }]'));
    assert.deepEqual(file.documents[0].strings.map((s) => `${s.value}@${at(s.range)}`), [
      'candidate@0:6-0:15', 'Bachelorâ€™s@1:6-1:20', 'Python@2:18-2:24',
    ]);
  });
});
