export function isSpellingOf(alias: string, name: string): boolean;
export function isEscoSynonym(alt: string, preferredLabel: string): boolean;
export function isVersionOrFacetOf(alias: string, name: string): boolean;
