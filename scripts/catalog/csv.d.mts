export function parseCsv(text: string): string[][];
export function readCsvObjects(text: string): Record<string, string>[];
export function readTsvObjects(text: string): Record<string, string>[];
