import assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { allSchemas, entrySchema, SCHEMA_BASE, schemaAtPath, schemaForPath, type JsonSchema } from '../../../server/src/model/schemas';
import { GENERATED_FILE, generateValidatorsSource } from '../../../server/src/model/validators.codegen';

type Finding = string;

/** Walks every subschema, calling visit with its JSON pointer. `if` conditions are tests, not declarations. */
function walk(schema: unknown, pointer: string, visit: (s: JsonSchema, pointer: string) => void): void {
  if (Array.isArray(schema)) {
    schema.forEach((s, i) => walk(s, `${pointer}/${i}`, visit));
    return;
  }
  if (!schema || typeof schema !== 'object') return;
  const s = schema as JsonSchema;
  visit(s, pointer);
  for (const key of ['properties', '$defs']) {
    for (const [name, sub] of Object.entries((s[key] as Record<string, unknown>) ?? {})) walk(sub, `${pointer}/${key}/${name}`, visit);
  }
  for (const key of ['items', 'additionalProperties', 'then', 'allOf', 'oneOf', 'anyOf']) {
    if (s[key] !== undefined && typeof s[key] === 'object') walk(s[key], `${pointer}/${key}`, visit);
  }
}

describe('model: JSON Schemas', () => {
  it('every property has a description; every object is closed', () => {
    const problems: Finding[] = [];
    let properties = 0;
    for (const schema of allSchemas) {
      const file = String(schema.$id).slice(SCHEMA_BASE.length);
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema', file);
      walk(schema, `${file}#`, (s, pointer) => {
        for (const [name, sub] of Object.entries((s.properties as Record<string, JsonSchema>) ?? {})) {
          properties++;
          if (typeof sub.description !== 'string' || sub.description.length < 10) problems.push(`${pointer}/properties/${name}: no description`);
        }
        const isObject = s.type === 'object' || s.properties !== undefined;
        // The entry schema only dispatches on `kind`; each kind's schema closes the document.
        if (isObject && s !== entrySchema && s.additionalProperties !== false && typeof s.additionalProperties !== 'object') {
          problems.push(`${pointer}: additionalProperties is not false`);
        }
      });
    }
    assert.deepEqual(problems, []);
    assert.ok(properties > 60, `walked ${properties} properties`);
  });

  it('the entry schema gives exactly one error for a missing or unknown kind', () => {
    const ajv = new Ajv2020({ allErrors: true, strictRequired: false });
    addFormats(ajv, ['date', 'uri']);
    ajv.addKeyword('$anchor');
    for (const s of allSchemas) ajv.addSchema(s);
    const validate = ajv.getSchema(`${SCHEMA_BASE}skills.schema.json`)!;
    const errors = (data: unknown) => (validate(data) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.keyword}`));
    assert.deepEqual(errors({ name: 'x', levle: 3 }), [' required']);
    assert.deepEqual(errors({ kind: 'candidat', name: 'x', levle: 3 }), ['/kind enum']);
    assert.deepEqual(errors({ kind: 'candidate', name: 'x' }), []);
    assert.deepEqual(errors({ kind: 'role', id: 'r', requirements: [{ skill: 'Python', level: 'expert', priority: 'must' }] }), []);
    assert.deepEqual(errors({ kind: 'catalog', id: 'c', skills: [{ id: 'go', levle: 1 }] }), ['/skills/0 additionalProperties', ' if']);
  });

  it('the precompiled validators are up to date with the schemas', () => {
    assert.equal(readFileSync(GENERATED_FILE, 'utf8'), generateValidatorsSource(),
      'schemas changed: run node --import tsx server/src/model/validators.codegen.ts');
  });

  it('schemaAtPath follows ajv schema paths, anchors included', () => {
    assert.equal(schemaAtPath('candidate', '#/properties/skills/items')?.required?.toString(), 'skill');
    assert.equal(schemaAtPath('role', 'common.schema.json#level')?.$anchor, 'level');
    assert.equal(schemaAtPath('role', '#/properties/nope'), undefined);
  });

  it('schemaForPath gives the schema of a document path, with $ref resolved and the local description kept', () => {
    const level = schemaForPath('candidate', ['skills', '3', 'level']);
    assert.equal(level?.description, 'Self-assessed level: 0–5 (0 none, 1 awareness, 2 novice, 3 competent, 4 proficient, 5 expert) or the label.');
    assert.deepEqual(level?.enum, [0, 1, 2, 3, 4, 5, 'none', 'awareness', 'novice', 'competent', 'proficient', 'expert']);
    assert.equal(schemaForPath('catalog', ['skills', '0', 'resources', '1', 'levels', '0'])?.$anchor, 'level');
    assert.equal(schemaForPath('catalog', ['skills', '0', 'source', 'custom'])?.description, 'An id or URI in another taxonomy.');
    assert.equal(schemaForPath('role', ['market', 'salary', 'period'])?.description, 'The period the amounts are paid for.');
    assert.equal(schemaForPath('role', ['nope']), undefined);
  });
});
