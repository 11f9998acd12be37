// Hand-written report models for the renderer tests (the analysis is tested on its own). The full one is
// the seed's scenario done right: the plan's 14 weeks are exactly its phases, every figure agrees.

import type { ReportModel, SectionId } from '../../../server/src/analysis/report-model';

export const SECTION_TITLES: [SectionId, string][] = [
  ['executive-summary', 'Executive summary'],
  ['candidate-profile', 'Candidate profile'],
  ['market-requirements', 'Market requirements'],
  ['market-insights', 'Market insights'],
  ['technology-stack', 'Technology stack popularity'],
  ['skill-gap-assessment', 'Skill gap assessment'],
  ['upskilling-roadmap', 'Upskilling roadmap'],
  ['recommendations', 'Recommendations'],
  ['relevant-resources', 'Relevant resources'],
  ['market-outlook', 'Market outlook'],
  ['additional-notes', 'Additional notes'],
];

const CANDIDATE_FILE = 'samples/santana-mena.skills.yaml';
const ROLE_FILE = 'samples/roles/senior-ai-engineer.skills.yaml';

const k8sBasics = { title: 'Kubernetes Basics', provider: 'Kubernetes project', url: 'https://kubernetes.io/docs/tutorials/', hours: 6, cost: 0, currency: 'USD', certificate: false };
const dockerStart = { title: 'Docker – Get Started', provider: 'Docker Inc.', url: 'https://docs.docker.com/get-started/', hours: 4, cost: 0, currency: 'USD', certificate: false };
const pytorch = { title: 'Deep Learning with PyTorch', provider: 'Coursera', url: 'https://www.coursera.org/learn/deep-neural-networks-with-pytorch', hours: 30, cost: 49, currency: 'USD', certificate: true };
const mlops = { title: 'Machine Learning Engineering for Production (MLOps)', provider: 'Coursera', url: 'https://www.coursera.org/specializations/machine-learning-engineering-for-production-mlops', hours: 40, cost: 196, currency: 'USD', certificate: true };
const llm = { title: 'LLM Course', provider: 'Hugging Face', url: 'https://huggingface.co/learn/llm-course', hours: 12, cost: 0, currency: 'USD', certificate: false };

export function fullModel(): ReportModel {
  const model: ReportModel = {
    schemaVersion: 1,
    generatedFor: { today: '2026-11-27' },
    candidate: {
      name: 'Santana Mena',
      file: CANDIDATE_FILE,
      headline: 'AI Developer',
      summary: 'Builds Python services around ML models; wants to move into a senior AI role…',
      experienceYears: 3,
      education: [{ degree: 'Bachelor’s in Computer Science', institution: 'XYZ University', year: 2022 }],
      skills: [
        { skill: 'Python', id: 'python', name: 'Python', level: 4, years: 3, category: 'Programming', line: 7 },
        { skill: 'JavaScript', id: 'javascript', name: 'JavaScript', level: 3, years: 2, category: 'Programming', line: 8 },
        { skill: 'Docker', id: 'docker', name: 'Docker', level: 2, category: 'Cloud & Platform', line: 9 },
        { skill: 'k8s', id: 'kubernetes', name: 'Kubernetes', level: 1, category: 'Cloud & Platform', line: 10 },
        { skill: 'AWS', id: 'aws', name: 'AWS', level: 3, years: 2, category: 'Cloud & Platform', line: 11 },
        { skill: 'Scikit-learn', id: 'scikit-learn', name: 'Scikit-learn', level: 3, category: 'Machine Learning', line: 12 },
        { skill: 'Git', id: 'git', name: 'Git', level: 4, years: 3, category: 'Tools', line: 13 },
      ],
      hoursPerWeek: 10,
      hoursPerWeekIsDefault: false,
      start: '2026-12-07',
      deadlineWeeks: 12,
      providers: ['Coursera'],
      budget: { amount: 300, currency: 'USD' },
    },
    role: { id: 'senior-ai-engineer', title: 'Senior AI Engineer', file: ROLE_FILE, extends: ['ai-engineer'], minYears: 5 },
    summary: { largestGaps: [] },
    comparison: [],
    match: { percent: 44, readiness: 'not-ready', mustHaves: { met: 2, total: 5 }, experience: { years: 3, required: 5, met: false } },
    requirements: [
      { skills: ['Python'], ids: ['python'], anyOf: false, level: 4, priority: 'must', weight: 3, inheritedFrom: 'ai-engineer', current: 4, met: true, line: 9 },
      { skills: ['MLOps'], ids: ['mlops'], anyOf: false, level: 4, priority: 'must', weight: 3, current: 0, met: false, line: 10 },
      { skills: ['Kubernetes'], ids: ['kubernetes'], anyOf: false, level: 3, priority: 'must', weight: 3, current: 1, met: false, line: 11 },
      { skills: ['AWS', 'Google Cloud', 'Azure'], ids: ['aws', 'google-cloud', 'azure'], anyOf: true, level: 3, priority: 'must', weight: 3, current: 3, met: true, line: 12 },
      { skills: ['PyTorch'], ids: ['pytorch'], anyOf: false, level: 3, priority: 'must', weight: 3, current: 0, met: false, line: 13 },
      { skills: ['Large Language Models'], ids: ['llms'], anyOf: false, level: 3, priority: 'should', weight: 2, current: 0, met: false, line: 14 },
      { skills: ['Docker'], ids: ['docker'], anyOf: false, level: 3, priority: 'should', weight: 2, inheritedFrom: 'ai-engineer', current: 2, met: false, line: 15 },
    ],
    gaps: [
      { skill: 'MLOps', id: 'mlops', required: 4, current: 0, gap: 4, priority: 'must', hours: 40, hoursFrom: 'resources', effortModelHours: 0, prerequisite: false, category: 'Machine Learning' },
      { skill: 'Kubernetes', id: 'kubernetes', required: 3, current: 1, gap: 2, priority: 'must', hours: 30, hoursFrom: 'effort-model', effortModelHours: 30, prerequisite: false, category: 'Cloud & Platform' },
      { skill: 'PyTorch', id: 'pytorch', required: 3, current: 0, gap: 3, priority: 'must', hours: 40, hoursFrom: 'resources', effortModelHours: 10, prerequisite: false, category: 'Machine Learning' },
      { skill: 'Large Language Models', id: 'llms', required: 3, current: 0, gap: 3, priority: 'should', hours: 20, hoursFrom: 'effort-model', effortModelHours: 20, prerequisite: false, category: 'Generative AI' },
      { skill: 'Docker', id: 'docker', required: 3, current: 2, gap: 1, priority: 'should', hours: 10, hoursFrom: 'effort-model', effortModelHours: 10, prerequisite: true, prerequisiteOf: ['Kubernetes'], category: 'Cloud & Platform' },
    ],
    strengths: [
      { skill: 'python', name: 'Python', level: 4, required: 4, reason: 'meets-requirement' },
      { skill: 'aws', name: 'AWS', level: 3, required: 3, reason: 'meets-requirement' },
      { skill: 'git', name: 'Git', level: 4, reason: 'beyond-role' },
    ],
    categories: [
      { category: 'Programming', required: 4, current: 4 },
      { category: 'Cloud & Platform', required: 3, current: 2 },
      { category: 'Machine Learning', required: 3.5, current: 0 },
      { category: 'Generative AI', required: 3, current: 0 },
    ],
    market: {
      source: 'https://example.org/ai-salary-survey-2026', asOf: '2026-10', stale: false,
      salary: { currency: 'USD', min: 120000, max: 200000, period: 'year' }, demand: 'growing', file: ROLE_FILE,
    },
    stack: [
      { skill: 'Python', id: 'python', name: 'Python', status: 'held', level: 4, required: 4 },
      { skill: 'Scikit-learn', id: 'scikit-learn', name: 'Scikit-learn', status: 'held', level: 3 },
      { skill: 'Hugging Face', id: 'hugging-face', name: 'Hugging Face', status: 'not-required' },
      { skill: 'Kubernetes', id: 'kubernetes', name: 'Kubernetes', status: 'gap', level: 1, required: 3 },
      { skill: 'Docker', id: 'docker', name: 'Docker', status: 'gap', level: 2, required: 3 },
      { skill: 'AWS', id: 'aws', name: 'AWS', status: 'held', level: 3, required: 3 },
      { skill: 'MLflow', id: 'mlflow', name: 'MLflow', status: 'not-required' },
    ],
    roadmap: {
      totalWeeks: 14, totalHours: 140, hoursPerWeek: 10,
      phases: [
        {
          index: 1, title: 'Phase 1 — Cloud & Platform', category: 'Cloud & Platform', startWeek: 1, endWeek: 4, weeks: 4, hours: 40,
          startDate: '2026-12-07', endDate: '2027-01-03',
          items: [
            { skill: 'Docker', id: 'docker', from: 2, to: 3, hours: 10, prerequisite: true, resources: [dockerStart] },
            { skill: 'Kubernetes', id: 'kubernetes', from: 1, to: 3, hours: 30, prerequisite: false, resources: [k8sBasics] },
          ],
          deliverables: [{ kind: 'project', text: 'Deploy a model service with autoscaling on a cluster.', skill: 'Kubernetes' }],
        },
        {
          index: 2, title: 'Phase 2 — Machine Learning', category: 'Machine Learning', startWeek: 5, endWeek: 8, weeks: 4, hours: 40,
          startDate: '2027-01-04', endDate: '2027-01-31',
          items: [{ skill: 'PyTorch', id: 'pytorch', from: 0, to: 3, hours: 40, prerequisite: false, resources: [pytorch] }],
          deliverables: [{ kind: 'certificate', text: 'Deep Learning with PyTorch (Coursera)', skill: 'PyTorch' }],
        },
        {
          index: 3, title: 'Phase 3 — Machine Learning', category: 'Machine Learning', startWeek: 9, endWeek: 12, weeks: 4, hours: 40,
          startDate: '2027-02-01', endDate: '2027-02-28',
          items: [{ skill: 'MLOps', id: 'mlops', from: 0, to: 4, hours: 40, prerequisite: false, resources: [mlops] }],
          deliverables: [
            { kind: 'certificate', text: 'Machine Learning Engineering for Production (MLOps) (Coursera)', skill: 'MLOps' },
            { kind: 'project', text: 'Ship a model with CI, a registry and monitoring.', skill: 'MLOps' },
          ],
        },
        {
          index: 4, title: 'Phase 4 — Generative AI', category: 'Generative AI', startWeek: 13, endWeek: 14, weeks: 2, hours: 20,
          startDate: '2027-03-01', endDate: '2027-03-14',
          items: [{ skill: 'Large Language Models', id: 'llms', from: 0, to: 3, hours: 20, prerequisite: false, resources: [llm] }],
          deliverables: [{ kind: 'project', text: 'Build a retrieval-augmented assistant over your own notes.', skill: 'Large Language Models' }],
        },
      ],
      deadlineWeeks: 12,
      overDeadline: { weeks: 14, deadlineWeeks: 12, neededHoursPerWeek: 12, achievable: true },
      cost: { total: 245, currency: 'USD', budget: 300, withinBudget: true },
      costs: [{ total: 245, currency: 'USD', budget: 300, withinBudget: true }],
    },
    recommendations: [
      { rank: 1, text: 'Close MLOps (must-have, 0 → 4) with the MLOps specialization and a shipped pipeline.', skills: ['MLOps'], hours: 40, cost: 196, currency: 'USD', priority: 'must' },
      { rank: 2, text: 'Learn PyTorch to level 3 (must-have).', skills: ['PyTorch'], hours: 40, cost: 49, currency: 'USD', priority: 'must' },
      { rank: 3, text: 'Raise Kubernetes to 3, after Docker (its prerequisite).', skills: ['Kubernetes', 'Docker'], hours: 40, cost: 0, priority: 'must' },
      { rank: 4, text: 'Learn Large Language Models to level 3 (should-have).', skills: ['Large Language Models'], hours: 20, cost: 0, priority: 'should' },
    ],
    resources: [
      { ...dockerStart, skills: ['Docker'], catalog: 'builtin' },
      { ...k8sBasics, skills: ['Kubernetes'], catalog: 'builtin' },
      { ...pytorch, skills: ['PyTorch'], catalog: 'builtin' },
      { ...mlops, skills: ['MLOps'], catalog: 'acme' },
      { ...llm, skills: ['Large Language Models'], catalog: 'builtin' },
    ],
    outlook: [
      { trend: 'Generative AI', id: 'generative-ai', relation: 'gap', note: 'Large Language Models is a gap (0 → 3), planned in phase 4.' },
      { trend: 'MLOps', id: 'mlops', relation: 'gap', note: 'MLOps is your largest gap (0 → 4), planned in phase 3.' },
      { trend: 'Edge AI', relation: 'unrelated', note: 'No requirement or skill of yours relates to it.' },
      { trend: 'Responsible AI', id: 'responsible-ai', relation: 'unrelated', note: 'Not among the role’s requirements.' },
    ],
    notes: {
      followUp: { afterPhase: 1, week: 5, date: '2027-01-04' },
      provenance: {
        files: [CANDIDATE_FILE, ROLE_FILE, 'samples/roles/ai-engineer.skills.yaml'],
        catalogs: [{ id: 'builtin', version: '2026.11' }, { id: 'acme', file: 'samples/acme.skills.yaml' }],
      },
      assumptions: ['Levels are self-assessed by the candidate.', 'Effort model: 10 h per level when no resource covers a step.'],
    },
    sections: SECTION_TITLES.map(([id, title]) => ({ id, title })),
  };
  // The analysis picks them (MLOps 4, then the two 3-level gaps, must before should); the renderers only quote.
  model.summary.largestGaps = [model.gaps[0], model.gaps[2], model.gaps[3]];
  return model;
}

/** A candidate with nothing to compare: every optional section says why it is empty. */
export function emptyModel(): ReportModel {
  const empties: Partial<Record<SectionId, string>> = {
    'market-requirements': 'Junior Tester states no requirements.',
    'market-insights': 'No market data in samples/roles/junior-tester.skills.yaml.',
    'technology-stack': 'No technology stack in samples/roles/junior-tester.skills.yaml.',
    'skill-gap-assessment': 'No gaps: every requirement is met.',
    'upskilling-roadmap': 'No gaps: nothing to plan.',
    'recommendations': 'No gaps: nothing to recommend.',
    'relevant-resources': 'The plan cites no resources.',
    'market-outlook': 'No trends in samples/roles/junior-tester.skills.yaml.',
  };
  return {
    schemaVersion: 1,
    generatedFor: {},
    candidate: { name: 'Ana', file: 'ana.skills.yaml', education: [], skills: [], hoursPerWeek: 5, hoursPerWeekIsDefault: true, providers: [] },
    role: { id: 'junior-tester', title: 'Junior Tester', file: 'samples/roles/junior-tester.skills.yaml', extends: [] },
    summary: { largestGaps: [] },
    comparison: [],
    match: { percent: 100, readiness: 'ready', mustHaves: { met: 0, total: 0 }, experience: { met: null } },
    requirements: [], gaps: [], strengths: [], categories: [],
    market: { stale: false, file: 'samples/roles/junior-tester.skills.yaml', empty: 'No market data in samples/roles/junior-tester.skills.yaml.' },
    stack: [],
    roadmap: { totalWeeks: 0, totalHours: 0, hoursPerWeek: 5, phases: [], cost: { total: 0, currency: 'USD', withinBudget: null }, costs: [], empty: 'No gaps: nothing to plan.' },
    recommendations: [], resources: [], outlook: [],
    notes: { provenance: { files: ['ana.skills.yaml', 'samples/roles/junior-tester.skills.yaml'], catalogs: [{ id: 'builtin', version: '2026.11' }] }, assumptions: [] },
    sections: SECTION_TITLES.map(([id, title]) => ({ id, title, ...(empties[id] === undefined ? {} : { empty: empties[id] }) })),
  };
}

/** Injection attempts in every string a file can supply. */
const PAYLOAD = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"> [x](javascript:window.__pwned=1) | # - ' & \\ *_ \u001b[31m`;

/** Values the analysis picks from fixed sets (and section ids): not file text, left as they are. */
const CLOSED_KEYS = new Set(['priority', 'readiness', 'status', 'relation', 'kind', 'hoursFrom', 'reason']);

export function hostileModel(): ReportModel {
  const model = fullModel();
  const poison = (value: unknown, key: string, parentKey: string): unknown => {
    if (typeof value === 'string') {
      if (CLOSED_KEYS.has(key) || (parentKey === 'sections' && key === 'id')) return value;
      if (key === 'url' || key === 'source' && value.startsWith('http')) return 'javascript:window.__pwned=1';
      return `${value}${PAYLOAD}`;
    }
    if (Array.isArray(value)) return value.map((item) => poison(item, key, key));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k, key)]));
    }
    return value;
  };
  const hostile = poison(model, '', '') as ReportModel;
  // One link that parses as https but tries to break out of the attribute.
  hostile.resources[0].url = 'https://example.com/"><script>window.__pwned=1</script>';
  return hostile;
}

/** Every file-supplied string of a model with its path, for the escaping tests. */
export function fileStrings(model: ReportModel): { path: string; value: string }[] {
  const out: { path: string; value: string }[] = [];
  const walk = (value: unknown, path: string, key: string, parentKey: string) => {
    if (typeof value === 'string') {
      if (!CLOSED_KEYS.has(key) && !(parentKey === 'sections' && key === 'id')) out.push({ path, value });
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`, key, key));
    else if (value !== null && typeof value === 'object') Object.entries(value).forEach(([k, v]) => walk(v, path === '' ? k : `${path}.${k}`, k, key));
  };
  walk(model, '', '', '');
  return out;
}
