import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import type { Db } from '../db/index.ts';
import { NO_PRIVACY } from '../privacy.ts';
import { installAdminContext, type Authenticators } from './auth.ts';

const noAuth: Authenticators = {
  resolveMerchant: async () => undefined,
  resolveShopper: async () => undefined,
  resolveStaff: async () => undefined,
};

describe('admin route guard', () => {
  it('refuses to boot with an admin route that declares no permission', async () => {
    const app = Fastify();
    const registering = app.register(async (admin) => {
      installAdminContext(admin, {} as Db, noAuth, NO_PRIVACY);
      admin.get('/orders', async () => ({}));
    });
    await expect(Promise.resolve(registering).then(() => app.ready())).rejects.toThrow(
      /GET \/orders declares no permission/,
    );
  });

  it('accepts routes with a permission, public routes and any-staff routes', async () => {
    const app = Fastify();
    await app.register(async (admin) => {
      installAdminContext(admin, {} as Db, noAuth, NO_PRIVACY);
      admin.get('/orders', { config: { permission: 'orders:read' } }, async () => ({}));
      admin.post('/auth/sign-in', { config: { public: true } }, async () => ({}));
      admin.get('/me', { config: { anyStaff: true } }, async () => ({}));
    });
    await expect(app.ready()).resolves.toBeDefined();
    const res = await app.inject({ method: 'GET', url: '/orders' });
    // The auth hook runs and, with no token, refuses.
    expect(res.statusCode).toBe(401);
    await app.close();
  });
});
