import validate from './generated/validateRequest.js';
import type { RuleCode } from './codes';
import { getAt } from './pointer';

export interface ShapeError {
  code: RuleCode;
  path: string;
  message: string;
  /** For a missing property: its name. */
  field?: string;
}

const TYPE_NAMES: Record<string, string> = {
  object: 'an object',
  array: 'an array',
  string: 'a string',
  boolean: 'true or false',
  number: 'a number',
};

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return 'a string';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return 'a ' + typeof v;
}


/** Checks the request's shape against REQUEST_SCHEMA (RULES.md 1, schema/*). */
export function validateShape(canonical: unknown): ShapeError[] {
  if (validate(canonical)) return [];
  return (validate.errors ?? []).map((e) => {
    switch (e.keyword) {
      case 'required':
        return {
          code: 'schema/required',
          path: e.instancePath,
          message: `"${String(e.params.missingProperty)}" is required here.`,
          field: String(e.params.missingProperty),
        };
      case 'type':
        return {
          code: 'schema/type',
          path: e.instancePath,
          message: `Must be ${TYPE_NAMES[String(e.params.type)] ?? String(e.params.type)}, not ${describe(getAt(canonical, e.instancePath))}.`,
        };
      case 'minItems':
        return { code: 'schema/min-items', path: e.instancePath, message: 'Must have at least one entry.' };
      default:
        return { code: 'schema/invalid', path: e.instancePath, message: e.message ?? 'Invalid value.' };
    }
  });
}
