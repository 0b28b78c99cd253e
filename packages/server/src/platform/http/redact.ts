/**
 * Personal data never reaches the logs. Fastify logs no bodies by default; these paths cover what it
 * does log (headers) and any object a module logs by mistake that carries a personal field.
 */
const PERSONAL_FIELDS = [
  'password',
  'email',
  'phone',
  'name',
  'fullName',
  'recipient',
  'address',
  'line1',
  'line2',
  'idNumber',
  'cardNumber',
  'token',
];

export const LOG_REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-cart-token"]',
  'res.headers["set-cookie"]',
  ...PERSONAL_FIELDS.flatMap((f) => [f, `*.${f}`, `*.*.${f}`]),
];
