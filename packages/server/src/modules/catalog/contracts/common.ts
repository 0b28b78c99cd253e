import { Type, type Static, type TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { fail, ok, type Result } from '../../../platform/index.ts';

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const EntityId = Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z]+_[0-9a-z]+$' });

/** Absolute http(s) URLs or paths on this deployment (the seed serves its images locally). */
export const ImageUrl = Type.String({ minLength: 1, maxLength: 2000, pattern: '^(https?://|/)\\S+$' });

/** A name in one or both supported locales; responses pick the reader's locale and fall back to the other. */
export const LocalizedName = Type.Object(
  {
    'zh-CN': Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    en: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type LocalizedName = Static<typeof LocalizedName>;

export const DateTime = Type.String({ format: 'date-time' });

const validators = new WeakMap<TSchema, ReturnType<typeof Compile>>();

/**
 * Checks a service input against its TypeBox schema. Routes already validate bodies, but services are
 * also called by the importer and seed with data nobody has checked.
 */
export function checkInput<T extends TSchema>(schema: T, value: unknown): Result<Static<T>> {
  let validator = validators.get(schema);
  if (!validator) {
    validator = Compile(schema);
    validators.set(schema, validator);
  }
  if (validator.Check(value)) return ok(value as Static<T>);
  // "schema is false" only restates the additionalProperties error that follows it.
  const errors = validator.Errors(value).filter((e) => e.keyword !== 'boolean');
  const first = errors[0];
  return fail('VALIDATION_FAILED', `${first?.instancePath || '/'}: ${first?.message ?? 'invalid'}`, {
    errors: errors.map((e) => ({ path: e.instancePath || '/', message: e.message })),
  });
}
