export const CATEGORIES: string[];
