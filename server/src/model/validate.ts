// Schema validation of one document with the precompiled validators (see validators.codegen.ts).
import type { ErrorObject } from 'ajv';
import * as validators from './validators.generated';
import type { DocumentKind } from './types';

export function schemaErrors(kind: DocumentKind, value: unknown): ErrorObject[] {
  const validate = validators[kind];
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

/** Errors of a parsed `.skillgap.yaml` against schemas/skillgap-config.schema.json. */
export function configErrors(value: unknown): ErrorObject[] {
  return validators.config(value) ? [] : [...(validators.config.errors ?? [])];
}
