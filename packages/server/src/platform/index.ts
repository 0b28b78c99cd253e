// The platform: what every module builds on. Modules import from here, never from each other's files.
export * from './db/index.ts';
export * from './errors/index.ts';
export * from './events/index.ts';
export * from './jobs/index.ts';
export * from './context.ts';
export * from './privacy.ts';
export * from './ids.ts';
export * from './money.ts';
export * from './result.ts';
export * from './permissions.ts';
export * from './module.ts';
export * from './personal-data.ts';
export * from './schemas.ts';
export * from './cache/index.ts';
export {
  withIdempotency,
  hashRequest,
  IDEMPOTENCY_KEY_PATTERN,
  type StoredResponse,
} from './idempotency/index.ts';
export { PageQuery, pageOf, encodeCursor, decodeCursor, toPage } from './http/pagination.ts';
export { MERCHANT_HEADER, type Authenticators } from './http/auth.ts';
export {
  signInThrottleOf,
  SignInThrottle,
  MemoryFailureCounter,
  RedisFailureCounter,
  DEFAULT_SIGN_IN_LIMITS,
  type FailureCounter,
  type SignInAttempt,
  type SignInLimits,
} from './http/sign-in-throttle.ts';
