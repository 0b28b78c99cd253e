/** An RFC 9457 problem answered by the API; `code` is stable (docs/errors.md), `detail` is for people. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
  ) {
    super(detail ?? title);
    this.name = 'ApiProblem';
  }

  static from(status: number, body: unknown): ApiProblem {
    const problem = (body ?? {}) as { code?: unknown; title?: unknown; detail?: unknown };
    return new ApiProblem(
      status,
      typeof problem.code === 'string' ? problem.code : 'UNKNOWN',
      typeof problem.title === 'string' ? problem.title : `HTTP ${status}`,
      typeof problem.detail === 'string' ? problem.detail : undefined,
    );
  }
}

/** openapi-fetch answers `{ data, error, response }`; pages want the data or an exception. */
export function dataOf<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) {
    if (result.response.ok && result.error === undefined) return undefined as T;
    throw ApiProblem.from(result.response.status, result.error);
  }
  return result.data;
}
