/**
 * Every error code Hexamall answers with, in one place (as Fastify's lib/errors.js).
 * Codes are stable API: clients branch on them. Add new ones here and document them in docs/errors.md;
 * a test fails when a code is missing there.
 */
export const ERROR_CATALOGUE = {
  // Generic request problems
  VALIDATION_FAILED: { status: 400, title: 'The request does not match the schema' },
  MALFORMED_BODY: { status: 400, title: 'The request body is not valid JSON' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported content type' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'The request body is too large' },
  NOT_FOUND: { status: 404, title: 'No such resource' },
  ROUTE_NOT_FOUND: { status: 404, title: 'No such route' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed' },
  RATE_LIMITED: { status: 429, title: 'Too many requests' },
  INTERNAL: { status: 500, title: 'Internal error' },
  INVALID_CURSOR: { status: 400, title: 'The pagination cursor is not valid' },
  // Identity and access
  UNAUTHENTICATED: { status: 401, title: 'Sign-in required' },
  INVALID_CREDENTIALS: { status: 401, title: 'Wrong account or password' },
  SESSION_EXPIRED: { status: 401, title: 'The session has expired or was revoked' },
  FORBIDDEN: { status: 403, title: 'Not allowed for this role' },
  MERCHANT_NOT_FOUND: { status: 404, title: 'No such merchant' },
  EMAIL_TAKEN: { status: 409, title: 'An account with this email exists' },
  WEAK_PASSWORD: { status: 422, title: 'The password is too weak' },
  MERCHANT_HANDLE_TAKEN: { status: 409, title: 'A merchant with this handle exists' },
  STAFF_NOT_FOUND: { status: 404, title: 'No such staff member' },
  LAST_OWNER: { status: 409, title: 'A merchant must keep one active owner' },
  CUSTOMER_NOT_FOUND: { status: 404, title: 'No such customer' },
  ADDRESS_NOT_FOUND: { status: 404, title: 'No such address' },
  ADDRESS_LIMIT_REACHED: { status: 409, title: 'This customer has the most addresses allowed' },
  // Idempotency
  IDEMPOTENCY_KEY_REQUIRED: { status: 400, title: 'This request needs an Idempotency-Key header' },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    title: 'This Idempotency-Key was used with a different request',
  },
  // Catalog
  PRODUCT_NOT_FOUND: { status: 404, title: 'No such product' },
  SKU_NOT_FOUND: { status: 404, title: 'No such SKU' },
  SKU_CODE_TAKEN: { status: 409, title: 'A SKU with this code exists' },
  CATEGORY_NOT_FOUND: { status: 404, title: 'No such category' },
  BRAND_NOT_FOUND: { status: 404, title: 'No such brand' },
  PRODUCT_NOT_PURCHASABLE: { status: 409, title: 'The product is not on sale' },
  CATEGORY_CYCLE: { status: 409, title: 'A category cannot be its own ancestor' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_CATALOGUE, code);
}
