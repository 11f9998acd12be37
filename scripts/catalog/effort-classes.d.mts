export const EFFORT_UNITS: Record<'XS' | 'S' | 'M' | 'L' | 'XL' | 'XXL', number>;
export const EFFORT_SHAPE: number[];
export function expandEffort(effort: unknown): unknown;
