export function deriveOnetNames(example: string, englishWords: Set<string>): { name: string; strong: string[]; lookupOnly: string[] };
