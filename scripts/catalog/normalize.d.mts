export function normalizeKey(name: string): string;
export function slugify(name: string): string;
export const ID_PATTERN: RegExp;
export function cleanLabel(text: string): string;
export function truncateDescription(text: string, max?: number): string;
