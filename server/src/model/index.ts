// The model: *.skills.yaml text → typed documents with source ranges, plus syntax and schema diagnostics.
export { parseSkillsFile, oversizedFile } from './file';
export { DEFAULT_MAX_BYTES } from './limits';
export { reparseSkillsFile } from './incremental';
export { LineTable } from './ranges';
export * from './types';
