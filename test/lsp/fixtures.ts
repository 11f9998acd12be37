// A small workspace: a candidate targeting two roles (one extends the other), and a catalog.
export const ADA = [
  'kind: candidate',
  'name: Ada Lovelace',
  'skills:',
  '  - { skill: k8s, level: 1 }',
  '  - { skill: Pytorch2, level: 3 }',
  '  - { skill: Python, level: 2 }',
  '  - { skill: wdg, level: 4 }',
  'targets: [backend-dev, senior-backend]',
  '',
].join('\n');

export const BACKEND = [
  'kind: role',
  'id: backend-dev',
  'title: Backend Developer',
  'requirements:',
  '  - { skill: Python, level: 4, priority: must }',
  '  - { skill: Docker, level: 3, priority: must }',
  '  - { skill: Kubernetes, level: 2, priority: should }',
  '',
].join('\n');

const SENIOR = [
  'kind: role',
  'id: senior-backend',
  'title: Senior Backend Developer',
  'extends: backend-dev',
  'requirements:',
  '  - { skill: widgets, level: 3, priority: must }',
  '',
].join('\n');

const ACME = [
  'kind: catalog',
  'id: acme',
  'skills:',
  '  - id: widgets',
  '    name: Widgets',
  '    aliases: [wdg]',
  '    category: Tools',
  '    description: Making widgets.',
  '',
].join('\n');

export const WORKSPACE = {
  'ada.skills.yaml': ADA,
  'backend.skills.yaml': BACKEND,
  'senior.skills.yaml': SENIOR,
  'catalogs/acme.skills.yaml': ACME,
};
