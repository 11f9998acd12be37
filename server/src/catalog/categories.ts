// Categories of the built-in catalog that are not engineering: office and business software, industry and
// CAD tools, media, human languages, research. Did-you-mean offers an entry from one of them only for a
// one-edit typo and ranks engineering entries first (skill-catalog.ts). The full category list is
// scripts/catalog/categories.mjs; test/unit/catalog-data checks these names are on it.
export const NON_ENGINEERING_CATEGORIES: ReadonlySet<string> = new Set([
  'Business & Office Tools',
  'Business Applications',
  'Design & Media',
  'Engineering & Scientific Software',
  'Industry Software',
  'Languages (human)',
  'Research',
  'Other Digital Skills',
]);
