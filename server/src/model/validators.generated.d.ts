// Types for the generated standalone validators (see validators.codegen.ts).
import type { ErrorObject } from 'ajv';

export interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const candidate: GeneratedValidator;
export declare const role: GeneratedValidator;
export declare const catalog: GeneratedValidator;
export declare const config: GeneratedValidator;
