// The `effort` of a curated skill, as the file format (schemas/catalog.schema.json) defines it:
// `{ hours: [h1, h2, h3, h4, h5] }` — the hours of the steps 0→1 … 4→5, five non-negative numbers that
// never decrease — or the uniform shorthand `{ hoursPerLevel: n }` (n > 0). Returns the problems found
// (empty when the effort is well-formed or absent), worded like the editor's diagnostics.
const STEPS = ['0→1', '1→2', '2→3', '3→4', '4→5'];

export function effortProblems(effort) {
  if (effort === undefined) return [];
  if (effort === null || typeof effort !== 'object' || Array.isArray(effort)) return ['effort must be { hours: [5 numbers] } or { hoursPerLevel: n }'];
  const keys = Object.keys(effort);
  const unknown = keys.filter((k) => k !== 'hours' && k !== 'hoursPerLevel');
  if (unknown.length) return [`effort has unknown key(s) ${unknown.join(', ')} (expected hours or hoursPerLevel)`];
  if (keys.length !== 1) return ['effort needs exactly one of hours or hoursPerLevel'];
  if ('hoursPerLevel' in effort) {
    const h = effort.hoursPerLevel;
    return typeof h === 'number' && Number.isFinite(h) && h > 0 ? [] : ['effort.hoursPerLevel must be a number above 0'];
  }
  const hours = effort.hours;
  if (!Array.isArray(hours) || hours.length !== 5) return ['effort.hours must list exactly 5 numbers (steps 0→1, 1→2, 2→3, 3→4, 4→5)'];
  const problems = [];
  hours.forEach((h, k) => {
    if (typeof h !== 'number' || !Number.isFinite(h) || h < 0) problems.push(`effort.hours[${k}] must be a number of at least 0`);
    else if (k > 0 && typeof hours[k - 1] === 'number' && h < hours[k - 1]) {
      problems.push(`effort step ${STEPS[k]} (${h} h) is cheaper than ${STEPS[k - 1]} (${hours[k - 1]} h): steps never get cheaper as the level rises`);
    }
  });
  return problems;
}
