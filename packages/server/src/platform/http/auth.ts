import type { FastifyInstance, FastifyRequest, FastifySchema } from 'fastify';
import type { Db } from '../db/index.ts';
import { AppError } from '../errors/index.ts';
import { LOCALES, type Actor, type ConsentPurpose, type Ctx, type Locale } from '../context.ts';
import { newId } from '../ids.ts';
import { ROLE_PERMISSIONS, type Permission, type StaffRole } from '../permissions.ts';
import type { PrivacyPort } from '../privacy.ts';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: Ctx;
  }
  interface FastifyContextConfig {
    /** Admin routes: the permission the staff member needs. */
    permission?: Permission;
    /** Admin routes that need no sign-in (sign-in itself). */
    public?: boolean;
    /** Admin routes any signed-in staff member may use, whatever the role (their own profile, sign-out). */
    anyStaff?: boolean;
    /** Store routes that need a signed-in shopper. */
    shopper?: boolean;
  }
}

/** How tokens and merchant handles become identities; provided by the customers and staff modules. */
export interface Authenticators {
  resolveMerchant(db: Db, handle: string | undefined): Promise<string | undefined>;
  resolveShopper(
    db: Db,
    token: string,
  ): Promise<{ customerId: string; sessionId: string; merchantId: string } | undefined>;
  resolveStaff(
    db: Db,
    token: string,
  ): Promise<{ staffId: string; sessionId: string; merchantId: string; role: StaffRole } | undefined>;
  /**
   * The purposes a shopper consents to now (privacy module: cached per shopper under a shared version
   * that every change bumps, so the answer is current on every request).
   * Without it (tools, tests of other hooks) shoppers carry no consent: the non-personalised default.
   */
  resolveConsent?(db: Db, merchantId: string, customerId: string): Promise<ReadonlySet<ConsentPurpose>>;
}

export const MERCHANT_HEADER = 'x-hexamall-merchant';

function localeOf(request: FastifyRequest): Locale {
  const header = request.headers['accept-language'];
  const first = typeof header === 'string' ? header.split(',')[0]?.trim() : undefined;
  if (first?.toLowerCase().startsWith('en')) return 'en';
  return LOCALES[0] ?? 'zh-CN';
}

function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const [scheme, token] = header.split(' ');
  if (scheme?.toLowerCase() !== 'bearer' || !token)
    throw new AppError('UNAUTHENTICATED', 'Use "Authorization: Bearer <token>"');
  return token;
}

function baseCtx(
  request: FastifyRequest,
  db: Db,
  privacy: PrivacyPort,
  merchantId: string,
  actor: Actor,
  consent: ReadonlySet<ConsentPurpose> = new Set(),
): Ctx {
  return {
    privacy,
    sourceAddress: request.ip,
    actor,
    merchantId,
    locale: localeOf(request),
    requestId: String(request.id),
    db,
    inTransaction: false,
    consent,
  };
}

/** Shopper-facing scope: a merchant from the header (or the default one), an optional signed-in shopper. */
export function installStoreContext(
  scope: FastifyInstance,
  db: Db,
  auth: Authenticators,
  privacy: PrivacyPort,
): void {
  // The document says which routes need a shopper's token, so generated clients and tools know.
  scope.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as { shopper?: unknown };
    if (config.shopper && !route.schema?.security) {
      route.schema = { ...route.schema, security: [{ bearer: [] }] } as FastifySchema;
    }
  });
  scope.addHook('onRequest', async (request) => {
    const handle = request.headers[MERCHANT_HEADER];
    const token = bearerOf(request);
    if (token) {
      const shopper = await auth.resolveShopper(db, token);
      if (!shopper) throw new AppError('SESSION_EXPIRED');
      // Current for every request: a withdrawal takes effect on the very next one (see resolveConsent).
      const consent = await auth.resolveConsent?.(db, shopper.merchantId, shopper.customerId);
      request.ctx = baseCtx(
        request,
        db,
        privacy,
        shopper.merchantId,
        { kind: 'shopper', customerId: shopper.customerId, sessionId: shopper.sessionId },
        consent,
      );
      return;
    }
    if (request.routeOptions.config.shopper) throw new AppError('UNAUTHENTICATED');
    const merchantId = await auth.resolveMerchant(db, typeof handle === 'string' ? handle : undefined);
    if (!merchantId) throw new AppError('MERCHANT_NOT_FOUND');
    const cartToken = request.headers['x-cart-token'];
    request.ctx = baseCtx(request, db, privacy, merchantId, {
      kind: 'guest',
      cartToken: typeof cartToken === 'string' ? cartToken : undefined,
    });
  });
}

/** Merchant-facing scope: every route needs a staff session and the permission it declares. */
export function installAdminContext(
  scope: FastifyInstance,
  db: Db,
  auth: Authenticators,
  privacy: PrivacyPort,
): void {
  // Every admin route must say who may call it; forgetting is a boot failure, not an open door.
  scope.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as { permission?: unknown; public?: unknown; anyStaff?: unknown };
    if (!config.permission && !config.public && !config.anyStaff) {
      throw new Error(
        `admin route ${route.method} ${route.url} declares no permission (config.permission, public or anyStaff)`,
      );
    }
    // An OpenAPI extension (kept by @fastify/swagger), so tools and the access-matrix suite read who may
    // call each route from the document itself.
    route.schema = {
      ...route.schema,
      ...(config.public || route.schema?.security ? {} : { security: [{ bearer: [] }] }),
      'x-hexamall-permission': config.permission ?? (config.public ? 'public' : 'any-staff'),
    } as FastifySchema;
  });
  scope.addHook('onRequest', async (request) => {
    const config = request.routeOptions.config;
    const token = bearerOf(request);
    if (!token) {
      if (config.public) {
        const merchantId = (await auth.resolveMerchant(db, undefined)) ?? '';
        request.ctx = baseCtx(request, db, privacy, merchantId, { kind: 'guest' });
        return;
      }
      throw new AppError('UNAUTHENTICATED');
    }
    const staff = await auth.resolveStaff(db, token);
    if (!staff) throw new AppError('SESSION_EXPIRED');
    const permissions = new Set(ROLE_PERMISSIONS[staff.role]);
    if (config.permission && !permissions.has(config.permission)) {
      throw new AppError('FORBIDDEN', `The ${staff.role} role lacks ${config.permission}`);
    }
    request.ctx = baseCtx(request, db, privacy, staff.merchantId, {
      kind: 'staff',
      staffId: staff.staffId,
      sessionId: staff.sessionId,
      role: staff.role,
      permissions,
    });
  });
}

export function newRequestId(header: unknown): string {
  // Accept a caller's id only when it is short and plain, so it is safe to log and echo.
  if (typeof header === 'string' && /^[A-Za-z0-9_.:-]{1,64}$/.test(header)) return header;
  return newId('req');
}
