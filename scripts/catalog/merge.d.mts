export function checkPrerequisites(skills: { id: string; requires: { skill: string; level: number }[] }[]): string[];
export const OWNERSHIP: string[];
// Records and entries are plain objects of the generator (see merge.mjs); typed loosely for tests.
export function mergeRecords(records: any[]): { entries: any[]; stats: { skippedMergeOnly: number; entriesJoined: number } };
export function resolveAliases(entries: any[]): { dropped: Record<string, number>; droppedCurated: string[]; renamed: string[] };
