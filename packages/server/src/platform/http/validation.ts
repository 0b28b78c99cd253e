import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import { findCardNumber } from '../card-number.ts';
import { CARD_NUMBER_KEYWORD } from '../schemas.ts';

/**
 * Bodies are validated strictly: unknown fields and wrong types are refused, never stripped or coerced,
 * so a client bug surfaces as a 400 instead of silently changing what is stored. Query strings and
 * params arrive as text and are coerced.
 */
function makeAjv(coerce: boolean) {
  const ajv = new Ajv.default({
    removeAdditional: false,
    useDefaults: true,
    coerceTypes: coerce ? 'array' : false,
    allErrors: false,
    strict: false,
  });
  addFormats.default(ajv);
  // FreeText(): the problem handler answers a failure of this keyword with CARD_NUMBER_REFUSED.
  ajv.addKeyword({
    keyword: CARD_NUMBER_KEYWORD,
    type: 'string',
    schemaType: 'boolean',
    validate: (enabled: boolean, text: string) => !enabled || findCardNumber(text) === undefined,
  });
  return ajv;
}

const strict = makeAjv(false);
const coercing = makeAjv(true);

export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? strict : coercing;
  return ajv.compile(schema) as ReturnType<FastifySchemaCompiler<object>>;
};
