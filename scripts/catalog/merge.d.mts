export function checkPrerequisites(skills: { id: string; requires: { skill: string; level: number }[] }[]): string[];
