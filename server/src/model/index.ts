// The model: *.skills.yaml text → typed documents with source ranges, plus syntax and schema diagnostics.
export { parseSkillsFile } from './file';
export { reparseSkillsFile } from './incremental';
export { LineTable } from './ranges';
export * from './types';
