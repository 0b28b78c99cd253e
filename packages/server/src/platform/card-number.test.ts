import Fastify from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { afterAll, describe, expect, it } from 'vitest';
import { findCardNumber, luhnValid } from './card-number.ts';
import { registerProblemHandlers } from './errors/index.ts';
import { validatorCompiler } from './http/validation.ts';
import { FreeText } from './schemas.ts';

/** The digits with the Luhn check digit appended. */
function withCheckDigit(body: string): string {
  const digit = [...'0123456789'].find((d) => luhnValid(body + d))!;
  return body + digit;
}

describe('findCardNumber', () => {
  it.each([
    ['4111 1111 1111 1111', 16, '1111'],
    ['4111-1111-1111-1111', 16, '1111'],
    ['please charge 4111111111111111 thanks', 16, '1111'],
    ['卡号4111111111111111谢谢', 16, '1111'],
    ['４１１１１１１１１１１１１１１１', 16, '1111'],
    ['amex 378282246310005', 15, '0005'],
    ['4222222222222', 13, '2222'],
    [withCheckDigit('621234567890123456'), 19, withCheckDigit('621234567890123456').slice(-4)],
    ['card 4111 1111 1111 1111 2028', 16, '1111'],
  ])('finds the card number in %j', (text, digits, last4) => {
    expect(findCardNumber(text)).toEqual({ digits, last4 });
  });

  it.each([
    ['4111 1111 1111 1112', 'fails the Luhn check'],
    [withCheckDigit('41111111111'), 'has 12 digits'],
    [withCheckDigit('4111111111111111111'), 'is one unbroken run of 20 digits'],
    ['SF4111111111111111', 'is glued to letters (a tracking code)'],
    ['4111111111111111A', 'is glued to letters'],
    ['+' + withCheckDigit('861380013800'), 'starts with + (a phone number)'],
    ['4111  1111 1111 1111', 'is split by a double space'],
    ['call 138 0013 8000 after 6', 'is a phone number of 11 digits'],
    ['', 'is empty'],
  ])('finds none in %j: it %s', (text) => {
    expect(findCardNumber(text)).toBeUndefined();
  });

  it('counts the bare 13-digit phone as a card when it passes Luhn, which is why + matters', () => {
    expect(findCardNumber(withCheckDigit('861380013800'))).toBeDefined();
  });
});

describe('FreeText schema', () => {
  const app = Fastify().withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  registerProblemHandlers(app);
  app.post(
    '/notes',
    {
      schema: {
        body: Type.Object({ note: FreeText({ maxLength: 200 }) }, { additionalProperties: false }),
        querystring: Type.Object({ tag: Type.Optional(FreeText({ maxLength: 50 })) }),
      },
    },
    async (request) => ({ saved: request.body.note }),
  );
  afterAll(() => app.close());
  const post = (note: unknown, query = '') =>
    app.inject({ method: 'POST', url: `/notes${query}`, payload: { note } });

  it('accepts ordinary text', async () => {
    const res = await post('leave at the door, call 138 0013 8000');
    expect(res.statusCode).toBe(200);
  });

  it('refuses a card number with CARD_NUMBER_REFUSED, naming the field but not echoing the text', async () => {
    const res = await post('my card is 4111 1111 1111 1111');
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      code: 'CARD_NUMBER_REFUSED',
      status: 422,
      errors: [{ in: 'body', path: '/note' }],
    });
    expect(res.body).not.toContain('4111');
    const inQuery = await post('fine', '?tag=4111111111111111');
    expect(inQuery.json()).toMatchObject({ code: 'CARD_NUMBER_REFUSED', errors: [{ in: 'querystring' }] });
  });

  it('still applies the other string rules', async () => {
    expect((await post('x'.repeat(201))).json()).toMatchObject({ code: 'VALIDATION_FAILED', status: 400 });
    expect((await post(4111111111111111)).json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
