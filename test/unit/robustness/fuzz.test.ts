// The bounded fuzz run of `npm test` (about 10 s); `node scripts/fuzz.mjs --runs 100000` is the long one.
// A failure prints fast-check's seed and path: replay with `node scripts/fuzz.mjs --seed <s> --path <p>`.
import fc from 'fast-check';
import { PROPERTIES, Stats, type PropertyName } from './properties';

const RUNS: Record<PropertyName, number> = { parse: 300, workspace: 25, edits: 20, fixes: 25 };

describe('fuzzing (bounded run)', function () {
  this.timeout(60000);
  for (const [name, make] of Object.entries(PROPERTIES) as [PropertyName, (s: Stats) => fc.IProperty<unknown[]>][]) {
    it(`${name}: ${RUNS[name]} cases hold every property`, () => {
      const stats = new Stats();
      // A fixed seed keeps `npm test` reproducible; the long run (scripts/fuzz.mjs) draws new seeds.
      fc.assert(make(stats), { numRuns: RUNS[name], seed: 20261127 });
    });
  }
});
