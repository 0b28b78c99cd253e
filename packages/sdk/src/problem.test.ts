import { describe, expect, it } from 'vitest';
import { ApiProblem, dataOf } from './index.ts';

const answer = (status: number) => new Response(null, { status });

describe('dataOf', () => {
  it('hands back the data of a success, and undefined for an empty one', () => {
    expect(dataOf({ data: { id: 'ord_1' }, response: answer(200) })).toEqual({ id: 'ord_1' });
    expect(dataOf({ response: answer(204) })).toBeUndefined();
  });

  it('throws the problem with its stable code, title and detail', () => {
    const problem = {
      type: 'https://hexamall.dev/problems/OUT_OF_STOCK',
      code: 'OUT_OF_STOCK',
      title: 'Not enough stock',
      status: 409,
      detail: 'Only 2 left',
    };
    const thrown = (() => {
      try {
        dataOf({ error: problem, response: answer(409) });
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(ApiProblem);
    expect(thrown).toMatchObject({
      status: 409,
      code: 'OUT_OF_STOCK',
      title: 'Not enough stock',
      message: 'Only 2 left',
    });
  });

  it('reads a body that is no problem at all (a proxy page) as UNKNOWN with the status', () => {
    expect(() => dataOf({ error: '<html>Bad gateway</html>', response: answer(502) })).toThrow(
      expect.objectContaining({ status: 502, code: 'UNKNOWN', title: 'HTTP 502' }),
    );
  });
});
