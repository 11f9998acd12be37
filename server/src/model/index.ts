// The model: *.skills.yaml text → typed documents with source ranges, plus syntax and schema diagnostics.
export { parseSkillsFile, DOCUMENT_KINDS, type ParseOptions } from './file';
export { DEFAULT_MAX_BYTES } from './limits';
export { reparseSkillsFile, reparseScope, type ReparseScope } from './incremental';
export { LineTable } from './ranges';
export { toLevel } from './build';
export { schemasByKind, commonDefinitions, entrySchema, schemaAtPath, schemaForPath, type JsonSchema } from './schemas';
export * from './types';
