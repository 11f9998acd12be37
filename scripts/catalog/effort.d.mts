export function effortProblems(effort: unknown): string[];
