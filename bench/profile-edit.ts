// Profiling helper (not part of npm run bench): one generated catalog in a Workspace, then keystrokes,
// printing setFile (incremental parse) and diagnostics (checks) times per edit. Profile with
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile-edit.ts 10000 20
import { reparseScope } from '../server/src/model';
import { Workspace } from '../server/src/workspace';
import { generateCatalog } from './generate';
import { edits, time } from './stats';

const skills = Number(process.argv[2] ?? 1000);
const rounds = Number(process.argv[3] ?? 6);
const text = generateCatalog(skills, 'g');
const workspace = new Workspace({ today: '2026-11-27' });
console.log('first setFile', time(() => workspace.setFile('c.skills.yaml', text)).toFixed(1), 'ms');
console.log('first diagnostics', time(() => workspace.diagnostics('c.skills.yaml')).toFixed(1), 'ms');
for (const edited of edits(text, rounds)) {
  const parse = time(() => workspace.setFile('c.skills.yaml', edited));
  const checks = time(() => workspace.diagnostics('c.skills.yaml'));
  console.log('edit: setFile', parse.toFixed(1), 'ms, diagnostics', checks.toFixed(1), 'ms,', JSON.stringify(reparseScope(workspace.parsed('c.skills.yaml')!)));
}
