import type { Static, TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { fail, ok, type Result } from '../../platform/index.ts';

const validators = new WeakMap<TSchema, ReturnType<typeof Compile>>();

/** Services re-check their input: workflows and the seed call them without a route's validation. */
export function checkInput<T extends TSchema>(schema: T, value: unknown): Result<Static<T>> {
  let validator = validators.get(schema);
  if (!validator) {
    validator = Compile(schema);
    validators.set(schema, validator);
  }
  if (validator.Check(value)) return ok(value as Static<T>);
  const first = validator.Errors(value)[0];
  return fail('VALIDATION_FAILED', `${first?.instancePath || '/'}: ${first?.message ?? 'invalid'}`);
}
