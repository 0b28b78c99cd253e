import { fileURLToPath } from 'node:url';
import type { HexamallModule } from '../../platform/index.ts';
import { passkeysPersonalData } from './personal-data.ts';
import { adminPasskeyRoutes } from './routes/admin.ts';
import { storePasskeyRoutes } from './routes/store.ts';
import { purgeChallenges } from './services/challenges.ts';

declare module '../../platform/jobs/index.ts' {
  interface JobMap {
    'passkeys.purge_challenges': Record<string, never>;
  }
}

export { listPasskeys, deletePasskey } from './services/manage.ts';
export { type PasskeyView, PasskeySchema } from './views.ts';

/** Passkeys (WebAuthn) for shoppers and staff: docs/decisions/0008-authentication.md. */
export const passkeysModule: HexamallModule = {
  name: 'passkeys',
  migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
  storeRoutes: storePasskeyRoutes,
  adminRoutes: adminPasskeyRoutes,
  personalData: passkeysPersonalData,
  setup(runtime) {
    runtime.jobs.registerRecurring('passkeys.purge_challenges', 60 * 60_000, (ctx) =>
      purgeChallenges(ctx, new Date()),
    );
  },
};
