// Hand-written report models for the renderer tests (the analysis is tested on its own). The full one is
// the seed's scenario done right: every figure worked out by hand and agreeing with every other.

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

const k8sBasics = { title: 'Kubernetes Basics', provider: 'Kubernetes project', url: 'https://kubernetes.io/docs/tutorials/', certificate: false };
const pytorch = { title: 'Deep Learning with PyTorch', provider: 'Coursera', url: 'https://www.coursera.org/learn/deep-neural-networks-with-pytorch', certificate: true };
const mlops = { title: 'Machine Learning Engineering for Production (MLOps)', provider: 'Coursera', url: 'https://www.coursera.org/specializations/machine-learning-engineering-for-production-mlops', certificate: true };
const llm = { title: 'LLM Course', provider: 'Hugging Face', url: 'https://huggingface.co/learn/llm-course', certificate: false };

const HEADLINE = 'Must-haves for Senior AI Engineer met in 12 weeks, by 2027-02-28, at 10 h/week; the role also asks 5 years of experience (you have 3, about 3.2 by then); the full plan takes 15 weeks.';

/**
 * The seed's scenario done right, worked by hand at 10 h/week from 2026-12-07: must-haves MLOps 40 h
 * (weeks 1–4), PyTorch 40 h (5–8), Linux 8 h as Kubernetes' prerequisite (9), Kubernetes 30 h (9–12):
 * 118 h, ready at the end of week 12; should-haves LLMs 20 h (12–14) and Docker 10 h (14–15): 148 h in 15 weeks.
 */
export function fullModel(): ReportModel {
  const model: ReportModel = {
    schemaVersion: 2,
    generatedFor: { today: '2026-11-27' },
    inputErrors: [],
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
    summary: { headline: HEADLINE, largestGaps: [] },
    comparison: [],
    match: {
      percent: 44, readiness: 'not-ready', mustHaves: { met: 2, total: 5 }, experience: { years: 3, required: 5, met: false },
      formula: 'Match % = Σ wᵢ·min(haveᵢ, needᵢ)/needᵢ ÷ Σ wᵢ over the role’s requirements.',
    },
    requirements: [
      { skills: ['Python'], ids: ['python'], anyOf: false, level: 4, priority: 'must', weight: 3, inheritedFrom: 'ai-engineer', current: 4, met: true, line: 9 },
      { skills: ['MLOps'], ids: ['mlops'], anyOf: false, level: 4, priority: 'must', weight: 3, current: 0, met: false, plannedOn: 'MLOps', line: 10 },
      { skills: ['Kubernetes'], ids: ['kubernetes'], anyOf: false, level: 3, priority: 'must', weight: 3, current: 1, met: false, plannedOn: 'Kubernetes', line: 11 },
      { skills: ['AWS', 'Google Cloud', 'Azure'], ids: ['aws', 'google-cloud', 'azure'], anyOf: true, level: 3, priority: 'must', weight: 3, current: 3, met: true, line: 12 },
      { skills: ['PyTorch'], ids: ['pytorch'], anyOf: false, level: 3, priority: 'must', weight: 3, current: 0, met: false, plannedOn: 'PyTorch', line: 13 },
      { skills: ['Large Language Models'], ids: ['llms'], anyOf: false, level: 3, priority: 'should', weight: 2, current: 0, met: false, plannedOn: 'Large Language Models', line: 14 },
      { skills: ['Docker'], ids: ['docker'], anyOf: false, level: 3, priority: 'should', weight: 2, inheritedFrom: 'ai-engineer', current: 2, met: false, plannedOn: 'Docker', line: 15 },
    ],
    gaps: [
      { skill: 'MLOps', id: 'mlops', required: 4, current: 0, gap: 4, priority: 'must', hours: 40, resourceHours: 40, practiceHours: 0, prerequisite: false, prerequisiteOf: [], category: 'Machine Learning' },
      { skill: 'PyTorch', id: 'pytorch', required: 3, current: 0, gap: 3, priority: 'must', hours: 40, resourceHours: 30, practiceHours: 10, prerequisite: false, prerequisiteOf: [], category: 'Machine Learning' },
      { skill: 'Linux', id: 'linux', required: 1, current: 0, gap: 1, priority: 'must', hours: 8, resourceHours: 0, practiceHours: 8, prerequisite: true, prerequisiteOf: ['Kubernetes'], category: 'Networking & Operating Systems' },
      { skill: 'Kubernetes', id: 'kubernetes', required: 3, current: 1, gap: 2, priority: 'must', hours: 30, resourceHours: 6, practiceHours: 24, prerequisite: false, prerequisiteOf: [], category: 'Cloud & Platform' },
      { skill: 'Large Language Models', id: 'llms', required: 3, current: 0, gap: 3, priority: 'should', hours: 20, resourceHours: 12, practiceHours: 8, prerequisite: false, prerequisiteOf: [], category: 'Generative AI' },
      { skill: 'Docker', id: 'docker', required: 3, current: 2, gap: 1, priority: 'should', hours: 10, resourceHours: 0, practiceHours: 10, prerequisite: false, prerequisiteOf: [], category: 'Cloud & Platform' },
    ],
    strengths: [
      { skill: 'python', name: 'Python', level: 4, required: 4, reason: 'meets-requirement' },
      { skill: 'aws', name: 'AWS', level: 3, required: 3, reason: 'meets-requirement' },
      { skill: 'git', name: 'Git', level: 4, reason: 'beyond-role' },
    ],
    categories: [
      { category: 'Programming', required: 4, current: 4, requirements: ['Python'] },
      { category: 'Cloud & Platform', required: 3, current: 2, requirements: ['Kubernetes', 'AWS / Google Cloud / Azure', 'Docker'] },
      { category: 'Machine Learning', required: 3.5, current: 0, requirements: ['MLOps', 'PyTorch'] },
      { category: 'Generative AI', required: 3, current: 0, requirements: ['Large Language Models'] },
    ],
    market: {
      source: 'https://example.org/ai-salary-survey-2026', asOf: '2026-10', stale: false,
      salary: { currency: 'USD', min: 120000, max: 200000, period: 'year' }, demand: 'growing', file: ROLE_FILE,
    },
    stack: [
      { skill: 'Python', id: 'python', name: 'Python', status: 'held', level: 4, required: 4 },
      { skill: 'Scikit-learn', id: 'scikit-learn', name: 'Scikit-learn', status: 'held', level: 3 },
      { skill: 'Hugging Face', id: 'hugging-face', name: 'Hugging Face', status: 'optional' },
      { skill: 'Kubernetes', id: 'kubernetes', name: 'Kubernetes', status: 'gap', level: 1, required: 3 },
      { skill: 'Docker', id: 'docker', name: 'Docker', status: 'gap', level: 2, required: 3 },
      { skill: 'AWS', id: 'aws', name: 'AWS', status: 'held', level: 3, required: 3 },
      { skill: 'Azure', id: 'azure', name: 'Azure', status: 'alternative', required: 3 },
      { skill: 'MLflow', id: 'mlflow', name: 'MLflow', status: 'optional' },
    ],
    roadmap: {
      totalWeeks: 15, totalHours: 148, hoursPerWeek: 10, readyWeek: 12, readyHours: 118, readyDate: '2027-02-28', endDate: '2027-03-21',
      experience: { required: 5, years: 3, yearsAtReady: 3.2, metAtReady: false },
      phases: [
        {
          index: 1, title: 'Must-haves for Senior AI Engineer', tier: 1, priority: 'must', startWeek: 1, endWeek: 12, weeks: 12, hours: 118,
          startDate: '2026-12-07', endDate: '2027-02-28',
          items: [
            {
              skill: 'MLOps', id: 'mlops', from: 0, to: 4, hours: 40, resourceHours: 40, practiceHours: 0, priority: 'must', tier: 1,
              startWeek: 1, endWeek: 4, startDate: '2026-12-07', endDate: '2027-01-03', prerequisite: false, prerequisiteOf: [],
              resources: [{ ...mlops, levels: [0, 4], used: [0, 4], hours: 40, fullHours: 40, price: 'paid', cost: 196, currency: 'USD', alsoCovers: [] }],
            },
            {
              skill: 'PyTorch', id: 'pytorch', from: 0, to: 3, hours: 40, resourceHours: 30, practiceHours: 10, priority: 'must', tier: 1,
              startWeek: 5, endWeek: 8, startDate: '2027-01-04', endDate: '2027-01-31', prerequisite: false, prerequisiteOf: [],
              resources: [{ ...pytorch, levels: [0, 2], used: [0, 2], hours: 30, fullHours: 30, price: 'paid', cost: 49, currency: 'USD', alsoCovers: [] }],
            },
            {
              skill: 'Linux', id: 'linux', from: 0, to: 1, hours: 8, resourceHours: 0, practiceHours: 8, priority: 'must', tier: 1,
              startWeek: 9, endWeek: 9, startDate: '2027-02-01', endDate: '2027-02-07', prerequisite: true, prerequisiteOf: ['Kubernetes'], resources: [],
            },
            {
              skill: 'Kubernetes', id: 'kubernetes', from: 1, to: 3, hours: 30, resourceHours: 6, practiceHours: 24, priority: 'must', tier: 1,
              startWeek: 9, endWeek: 12, startDate: '2027-02-01', endDate: '2027-02-28', prerequisite: false, prerequisiteOf: [],
              resources: [{ ...k8sBasics, levels: [1, 2], used: [1, 2], hours: 6, fullHours: 6, price: 'free', cost: 0, alsoCovers: [] }],
            },
          ],
          deliverables: [
            { kind: 'certificate', text: 'Machine Learning Engineering for Production (MLOps) (Coursera)', skill: 'MLOps' },
            { kind: 'project', text: 'Ship a model with CI, a registry and monitoring.', skill: 'MLOps' },
            { kind: 'certificate', text: 'Deep Learning with PyTorch (Coursera)', skill: 'PyTorch' },
            { kind: 'project', text: 'Deploy a model service with autoscaling on a cluster.', skill: 'Kubernetes' },
          ],
          review: { week: 12, date: '2027-02-28', text: 'Check that MLOps 4 (proficient), PyTorch 3 (competent), Linux 1 (awareness) and Kubernetes 3 (competent) are reached, with the deliverables above as evidence.' },
        },
        {
          index: 2, title: 'Should-haves', tier: 2, priority: 'should', startWeek: 12, endWeek: 15, weeks: 4, hours: 30,
          startDate: '2027-02-22', endDate: '2027-03-21',
          items: [
            {
              skill: 'Large Language Models', id: 'llms', from: 0, to: 3, hours: 20, resourceHours: 12, practiceHours: 8, priority: 'should', tier: 2,
              startWeek: 12, endWeek: 14, startDate: '2027-02-22', endDate: '2027-03-14', prerequisite: false, prerequisiteOf: [],
              resources: [{ ...llm, levels: [0, 2], used: [0, 2], hours: 12, fullHours: 12, price: 'free', cost: 0, alsoCovers: [] }],
            },
            {
              skill: 'Docker', id: 'docker', from: 2, to: 3, hours: 10, resourceHours: 0, practiceHours: 10, priority: 'should', tier: 2,
              startWeek: 14, endWeek: 15, startDate: '2027-03-08', endDate: '2027-03-21', prerequisite: false, prerequisiteOf: [], resources: [],
            },
          ],
          deliverables: [{ kind: 'project', text: 'Build a retrieval-augmented assistant over your own notes.', skill: 'Large Language Models' }],
          review: { week: 15, date: '2027-03-21', text: 'Check that Large Language Models 3 (competent) and Docker 3 (competent) are reached (should-haves), with the deliverables above as evidence.' },
        },
      ],
      deadlineWeeks: 12,
      deadline: { weeks: 12, ready: 'within', fullPlan: 'over', text: 'Must-haves for Senior AI Engineer met in 12 weeks at 10 h/week, within the 12-week deadline; the full plan takes 15 weeks' },
      cost: { total: 245, currency: 'USD', budget: 300, withinBudget: true },
      costs: [{ total: 245, currency: 'USD', budget: 300, withinBudget: true }],
      priceNotStated: 0,
    },
    recommendations: [
      { rank: 1, text: 'Raise MLOps from 0 (none) to 4 (proficient) (must-have): 40 h — 40 h with Machine Learning Engineering for Production (MLOps) (Coursera)', skills: ['MLOps'], hours: 40, cost: 196, currency: 'USD', priceNotStated: 0, priority: 'must' },
      { rank: 2, text: 'Raise PyTorch from 0 (none) to 3 (competent) (must-have): 40 h — 30 h with Deep Learning with PyTorch (Coursera) and 10 h of practice/self-study', skills: ['PyTorch'], hours: 40, cost: 49, currency: 'USD', priceNotStated: 0, priority: 'must' },
      { rank: 3, text: 'Learn Linux to 1 (awareness) first, a prerequisite of Kubernetes (must-have tier): 8 h — 8 h of practice/self-study', skills: ['Linux'], hours: 8, cost: 0, priceNotStated: 0, priority: 'must' },
      { rank: 4, text: 'Raise Kubernetes from 1 (awareness) to 3 (competent) (must-have): 30 h — 6 h with Kubernetes Basics (Kubernetes project) and 24 h of practice/self-study', skills: ['Kubernetes'], hours: 30, cost: 0, priceNotStated: 0, priority: 'must' },
      { rank: 5, text: 'Raise Large Language Models from 0 (none) to 3 (competent) (should-have): 20 h — 12 h with LLM Course (Hugging Face) and 8 h of practice/self-study', skills: ['Large Language Models'], hours: 20, cost: 0, priceNotStated: 0, priority: 'should' },
      { rank: 6, text: 'Raise Docker from 2 (novice) to 3 (competent) (should-have): 10 h — 10 h of practice/self-study', skills: ['Docker'], hours: 10, cost: 0, priceNotStated: 0, priority: 'should' },
    ],
    resources: [
      { ...mlops, hours: 40, fullHours: 40, price: 'paid', cost: 196, currency: 'USD', skills: ['MLOps'], catalog: 'acme' },
      { ...pytorch, hours: 30, fullHours: 30, price: 'paid', cost: 49, currency: 'USD', skills: ['PyTorch'], catalog: 'builtin' },
      { ...k8sBasics, hours: 6, fullHours: 6, price: 'free', cost: 0, skills: ['Kubernetes'], catalog: 'builtin' },
      { ...llm, hours: 12, fullHours: 12, price: 'free', cost: 0, skills: ['Large Language Models'], catalog: 'builtin' },
    ],
    outlook: [
      { trend: 'Generative AI', id: 'generative-ai', relation: 'gap', note: 'Large Language Models is a gap (0 → 3), planned in phase 2.' },
      { trend: 'MLOps', id: 'mlops', relation: 'gap', note: 'MLOps is your largest gap (0 → 4), planned in phase 1.' },
      { trend: 'Edge AI', relation: 'unrelated', note: 'No requirement or skill of yours relates to it.' },
      { trend: 'Responsible AI', id: 'responsible-ai', relation: 'unrelated', note: 'Not among the role’s requirements.' },
    ],
    notes: {
      followUp: { afterPhase: 1, week: 12, date: '2027-02-28' },
      provenance: {
        files: [CANDIDATE_FILE, ROLE_FILE, 'samples/roles/ai-engineer.skills.yaml'],
        catalogs: [{ id: 'builtin', version: '2026.11' }, { id: 'acme', file: 'samples/acme.skills.yaml' }],
      },
      assumptions: ['Levels are self-assessed by the candidate.', 'Effort model: 10 h per level when no resource covers a step.'],
    },
    sections: SECTION_TITLES.map(([id, title]) => ({ id, title })),
  };
  // The analysis picks them (unmet must-haves first, by hours); the renderers only quote.
  model.summary.largestGaps = [model.gaps[0], model.gaps[1], model.gaps[3]];
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
    schemaVersion: 2,
    generatedFor: {},
    inputErrors: [],
    candidate: { name: 'Ana', file: 'ana.skills.yaml', education: [], skills: [], hoursPerWeek: 5, hoursPerWeekIsDefault: true, providers: [] },
    role: { id: 'junior-tester', title: 'Junior Tester', file: 'samples/roles/junior-tester.skills.yaml', extends: [] },
    summary: { headline: 'Ready for Junior Tester now.', largestGaps: [] },
    comparison: [],
    match: { percent: 100, readiness: 'ready', mustHaves: { met: 0, total: 0 }, experience: { met: null }, formula: 'Match % = …' },
    requirements: [], gaps: [], strengths: [], categories: [],
    market: { stale: false, file: 'samples/roles/junior-tester.skills.yaml', empty: 'No market data in samples/roles/junior-tester.skills.yaml.' },
    stack: [],
    roadmap: {
      totalWeeks: 0, totalHours: 0, hoursPerWeek: 5, readyWeek: 0, readyHours: 0, phases: [],
      cost: { total: 0, currency: 'USD', withinBudget: null }, costs: [], priceNotStated: 0, empty: 'No gaps: nothing to plan.',
    },
    recommendations: [], resources: [], outlook: [],
    notes: { provenance: { files: ['ana.skills.yaml', 'samples/roles/junior-tester.skills.yaml'], catalogs: [{ id: 'builtin', version: '2026.11' }] }, assumptions: [] },
    sections: SECTION_TITLES.map(([id, title]) => ({ id, title, ...(empties[id] === undefined ? {} : { empty: empties[id] }) })),
  };
}

/** The model with the errors of two input files (the report rendered with --allow-errors). */
export function withInputErrors(model: ReportModel): ReportModel {
  model.inputErrors = [
    { file: CANDIDATE_FILE, line: 9, column: 22, code: 'schema', message: "unknown key 'levle' — did you mean 'level'?" },
    { file: 'samples/acme.skills.yaml', line: 7, column: 30, code: 'schema', message: 'effort step 2→3 (6 h) is cheaper than 1→2 (8 h): steps never get cheaper as the level rises' },
  ];
  return model;
}

/** Injection attempts in every string a file can supply. */
const PAYLOAD = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"> [x](javascript:window.__pwned=1) | # - ' & \\ *_ \u001b[31m`;

/** Values the analysis picks from fixed sets (and section ids): not file text, left as they are. */
const CLOSED_KEYS = new Set(['priority', 'readiness', 'status', 'relation', 'kind', 'reason', 'price', 'ready', 'fullPlan']);

export function hostileModel(): ReportModel {
  const model = withInputErrors(fullModel());
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
