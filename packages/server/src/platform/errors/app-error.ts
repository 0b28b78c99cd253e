import { ERROR_CATALOGUE, type ErrorCode } from './catalogue.ts';

/** Thrown for failures that end a request; answered as RFC 9457 problem+json with the catalogue's status. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly detail: string | undefined;
  readonly data: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, detail?: string, data?: Record<string, unknown>) {
    super(detail ?? ERROR_CATALOGUE[code].title);
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CATALOGUE[code].status;
    this.detail = detail;
    this.data = data;
  }
}

/** Turns an expected failure value into the error that ends the request. */
export function unwrap<T>(
  result:
    { ok: true; value: T } | { ok: false; code: ErrorCode; detail?: string; data?: Record<string, unknown> },
): T {
  if (result.ok) return result.value;
  throw new AppError(result.code, result.detail, result.data);
}
