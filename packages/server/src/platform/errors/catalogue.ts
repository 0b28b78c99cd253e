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
  MALFORMED_URL: { status: 400, title: 'The URL is not validly encoded' },
  URI_TOO_LONG: { status: 414, title: 'A path segment is too long' },
  CARD_NUMBER_REFUSED: { status: 422, title: 'Card numbers may not be entered here' },
  // Identity and access
  UNAUTHENTICATED: { status: 401, title: 'Sign-in required' },
  INVALID_CREDENTIALS: { status: 401, title: 'Wrong account or password' },
  SESSION_EXPIRED: { status: 401, title: 'The session has expired or was revoked' },
  FORBIDDEN: { status: 403, title: 'Not allowed for this role' },
  MERCHANT_NOT_FOUND: { status: 404, title: 'No such merchant' },
  EMAIL_TAKEN: { status: 409, title: 'An account with this email exists' },
  WEAK_PASSWORD: { status: 422, title: 'The password is too weak' },
  BREACHED_PASSWORD: { status: 422, title: 'The password appears in lists of leaked passwords' },
  SIGN_IN_THROTTLED: { status: 429, title: 'Too many failed sign-ins; try again later' },
  PASSKEY_CHALLENGE_INVALID: { status: 400, title: 'The passkey challenge is unknown, expired or used' },
  PASSKEY_REJECTED: { status: 401, title: 'The passkey response did not verify' },
  PASSKEY_NOT_RECOGNISED: { status: 401, title: 'This passkey does not sign in to this shop' },
  PASSKEY_COUNTER_REGRESSED: { status: 401, title: "The authenticator's signature counter went backwards" },
  PASSKEY_ALREADY_REGISTERED: { status: 409, title: 'This passkey is already registered' },
  PASSKEY_NOT_FOUND: { status: 404, title: 'No such passkey' },
  MERCHANT_HANDLE_TAKEN: { status: 409, title: 'A merchant with this handle exists' },
  STAFF_NOT_FOUND: { status: 404, title: 'No such staff member' },
  LAST_OWNER: { status: 409, title: 'A merchant must keep one active owner' },
  STAFF_FROZEN: { status: 409, title: 'The account is frozen: unfreeze it instead' },
  STAFF_NOT_FROZEN: { status: 409, title: 'The account is not frozen' },
  PRIVACY_ALERT_NOT_FOUND: { status: 404, title: 'No such access alert' },
  CUSTOMER_NOT_FOUND: { status: 404, title: 'No such customer' },
  ADDRESS_NOT_FOUND: { status: 404, title: 'No such address' },
  ADDRESS_LIMIT_REACHED: { status: 409, title: 'This customer has the most addresses allowed' },
  INVALID_ID_NUMBER: { status: 422, title: 'The ID-card number is not valid' },
  SENSITIVE_DATA_CONSENT_REQUIRED: {
    status: 403,
    title: 'Storing this needs the separate consent for sensitive data',
  },
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
  CATEGORY_NOT_EMPTY: { status: 409, title: 'The category still has subcategories or products' },
  BRAND_IN_USE: { status: 409, title: 'Products still use this brand' },
  IMPORT_NOT_FOUND: { status: 404, title: 'No such product import' },
  IMPORT_EMPTY: { status: 400, title: 'The import file holds no products' },
  PRODUCT_NOT_DELETABLE: { status: 409, title: 'Only draft products can be deleted' },
  SALE_PRICE_ABOVE_LIST: { status: 422, title: 'The sale price is above the list price' },
  SKU_CURRENCY_MISMATCH: { status: 422, title: "A SKU's currency differs from its product's" },
  ATTRIBUTE_NOT_DEFINED: { status: 422, title: 'No such product attribute is defined' },
  ATTRIBUTE_VALUE_INVALID: { status: 422, title: "The value does not fit the attribute's definition" },
  ATTRIBUTE_IN_USE: { status: 409, title: 'Products hold values this change would invalidate' },
  // Shipping
  SHIPPING_TEMPLATE_NOT_FOUND: { status: 404, title: 'No such shipping rate template' },
  SHIPPING_TEMPLATE_IS_DEFAULT: { status: 409, title: 'The default shipping template cannot be deleted' },
  SHIPPING_RULES_INVALID: { status: 422, title: 'The shipping rules overlap or are incomplete' },
  SHIPPING_REGION_UNSUPPORTED: { status: 422, title: 'This template does not ship to the region' },
  SHIPMENT_NOT_FOUND: { status: 404, title: 'No such shipment' },
  TRACKING_NUMBER_TAKEN: { status: 409, title: 'This tracking number belongs to another order' },
  SHIPMENT_ALREADY_DELIVERED: { status: 409, title: 'The shipment was already delivered' },
  // Cart
  CART_EMPTY: { status: 409, title: 'The cart is empty' },
  CART_ITEM_NOT_FOUND: { status: 404, title: 'No such cart item' },
  CART_CURRENCY_MISMATCH: { status: 409, title: 'The cart holds items priced in another currency' },
  CART_FULL: { status: 409, title: 'The cart has the most lines allowed' },
  // Orders
  ORDER_NOT_FOUND: { status: 404, title: 'No such order' },
  ORDER_TRANSITION_INVALID: { status: 409, title: 'The order cannot make this change in its current state' },
  REFUND_WINDOW_CLOSED: { status: 409, title: 'The after-sales window for this order has closed' },
  ORDER_PAYMENT_EXPIRED: { status: 409, title: 'The payment window for this order has closed' },
  ORDER_REFUND_EXCEEDS_PAID: { status: 422, title: 'The refund is larger than what is left to refund' },
  // Inventory
  OUT_OF_STOCK: { status: 409, title: 'Not enough stock' },
  STOCK_BELOW_RESERVED: { status: 409, title: 'On-hand stock cannot fall below what is reserved' },
  RETURN_EXCEEDS_SOLD: { status: 409, title: 'More units returned than the order bought' },
  // Payments
  PAYMENT_NOT_FOUND: { status: 404, title: 'No such payment' },
  PAYMENT_NOT_REFUNDABLE: { status: 409, title: 'The payment has not been captured' },
  REFUND_EXCEEDS_CAPTURED: { status: 422, title: 'The refunds would exceed the captured amount' },
  PAYMENT_PROVIDER_ERROR: { status: 502, title: 'The payment provider refused or did not answer' },
  WEBHOOK_SIGNATURE_INVALID: { status: 401, title: 'The webhook signature is missing or wrong' },
  SANDBOX_CHARGE_CLOSED: { status: 409, title: 'The sandbox charge is already settled or closed' },
  PAYMENT_NOT_HELD: { status: 409, title: 'The payment is not held for review' },
  // Payment risk
  RISK_ASSESSMENT_NOT_FOUND: { status: 404, title: 'No such risk assessment' },
  RISK_ASSESSMENT_DECIDED: { status: 409, title: 'The held payment was already approved or rejected' },
  // Search
  SEARCH_QUERY_NOT_FOUND: { status: 404, title: 'No such search' },
  SEARCH_DICTIONARY_ENTRY_INVALID: { status: 422, title: 'The dictionary entry does not fit its kind' },
  SEARCH_DICTIONARY_ENTRY_NOT_FOUND: { status: 404, title: 'The merchant has no such dictionary entry' },
  // Consent and data-subject requests
  CONSENT_NOT_SEPARATE: { status: 422, title: 'This consent must be given on its own' },
  CONSENT_NOTICE_OUTDATED: {
    status: 409,
    title: 'The privacy notice shown is not the one in force',
  },
  PRIVACY_REQUEST_NOT_FOUND: { status: 404, title: 'No such data request' },
  PRIVACY_REQUEST_OPEN: { status: 409, title: 'A request of this kind is already open' },
  PRIVACY_REQUEST_TRANSITION_INVALID: {
    status: 409,
    title: 'The request cannot make this change in its state',
  },
  PRIVACY_EXPORT_UNAVAILABLE: { status: 409, title: 'The export archive is not available' },
  // Social and analytics
  CANNOT_FOLLOW_SELF: { status: 422, title: 'A shopper cannot follow themselves' },
  CREATOR_NOT_FOUND: { status: 404, title: 'No such creator' },
  FAVOURITE_NOT_FOUND: { status: 404, title: 'The product is not among your favourites' },
  FOLLOW_NOT_FOUND: { status: 404, title: 'You do not follow this account' },
  DEMOGRAPHICS_CONSENT_REQUIRED: {
    status: 403,
    title: 'Storing profile details for the shopper portrait needs the analytics consent',
  },
  ANALYTICS_RANGE_INVALID: { status: 400, title: 'The date range is empty, reversed or too long' },
  // Coupons
  COUPON_NOT_FOUND: { status: 404, title: 'No such coupon, or it cannot be used' },
  COUPON_NOT_STARTED: { status: 422, title: 'The coupon is not valid yet' },
  COUPON_EXPIRED: { status: 422, title: 'The coupon has expired' },
  COUPON_THRESHOLD_NOT_MET: { status: 422, title: 'The order does not reach the coupon minimum spend' },
  COUPON_NOT_APPLICABLE: { status: 422, title: 'The coupon does not cover anything in the order' },
  COUPON_EXHAUSTED: { status: 409, title: 'The coupon has run out' },
  COUPON_LIMIT_REACHED: { status: 409, title: 'You have used this coupon as often as allowed' },
  COUPON_TEMPLATE_INVALID: { status: 422, title: 'The coupon terms do not fit together' },
  COUPON_CODE_TAKEN: { status: 409, title: 'Another coupon has this code' },
  // Reviews
  REVIEW_NOT_FOUND: { status: 404, title: 'No such review' },
  REVIEW_NOT_ELIGIBLE: { status: 409, title: 'Only a delivered or completed purchase can be reviewed' },
  REVIEW_ALREADY_EXISTS: { status: 409, title: 'This order item has already been reviewed' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_CATALOGUE, code);
}
