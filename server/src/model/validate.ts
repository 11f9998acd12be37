// Schema validation of one document with the precompiled validators (see validators.codegen.ts).
import type { ErrorObject } from 'ajv';
import * as validators from './validators.generated';
import type { DocumentKind } from './types';
import { formatRuleErrors } from './format-rules';

/** The schema's errors, then the format rules it cannot express (format-rules.ts). */
export function schemaErrors(kind: DocumentKind, value: unknown): ErrorObject[] {
  const validate = validators[kind];
  const errors = validate(value) ? [] : [...(validate.errors ?? [])];
  return [...errors, ...formatRuleErrors(kind, value, errors)];
}

/** Errors of a parsed `.skillgap.yaml` against schemas/skillgap-config.schema.json. */
export function configErrors(value: unknown): ErrorObject[] {
  return validators.config(value) ? [] : [...(validators.config.errors ?? [])];
}
