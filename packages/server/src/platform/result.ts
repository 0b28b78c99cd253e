import type { ErrorCode } from './errors/catalogue.ts';

/** Expected business failures are values, so callers must handle them; exceptions are for the unexpected. */
export type Result<T, C extends ErrorCode = ErrorCode> =
  { ok: true; value: T } | { ok: false; code: C; detail?: string; data?: Record<string, unknown> };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = <C extends ErrorCode>(
  code: C,
  detail?: string,
  data?: Record<string, unknown>,
): Result<never, C> => ({ ok: false, code, ...(detail ? { detail } : {}), ...(data ? { data } : {}) });
