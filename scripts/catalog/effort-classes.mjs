// Effort classes of the curated layer: a curated skill writes `effort: M` (or an explicit
// `effort: { hours: [h1, h2, h3, h4, h5] }`), and the build expands the class into the five step hours
// 0→1 … 4→5 that the catalog format (schemas/catalog.schema.json) carries.
//
// Basis (also in server/src/catalog/data/README.md, "Effort estimates"): every class has the shape of
// the analysis' default curves, [1, 1, 2, 4, 8] units — from novice on, a step takes about as long as all
// the steps below it together — and a unit chosen per skill so that the steps 1→3 (3 units) are about
// the hours of the skill's main official tutorial or well-known course plus a first project of the same
// size (e.g. the FastAPI tutorial, ~8 h, + a project: ~24 h = 3 units of 8 → class M).
export const EFFORT_UNITS = { XS: 2, S: 4, M: 8, L: 12, XL: 16, XXL: 24 };

export const EFFORT_SHAPE = [1, 1, 2, 4, 8];

/** The `effort` a curated skill declares, in the catalog format; a class name is expanded. */
export function expandEffort(effort) {
  if (typeof effort === 'string' && effort in EFFORT_UNITS) return { hours: EFFORT_SHAPE.map((k) => k * EFFORT_UNITS[effort]) };
  return effort;
}
