import type { AppConfig } from '../config.ts';
import { buildApp } from '../app.ts';
import { findStaffId, resolveMerchant, unfreezeStaff } from '../modules/staff/index.ts';
import { systemCtx } from '../platform/index.ts';

const USAGE = `usage: hexamall staff unfreeze <email|id> [--merchant HANDLE]
  unfreeze   return an account an access anomaly froze to active (after reviewing its alert); audited`;

/**
 * `hexamall staff unfreeze`: the way back when the frozen account is the shop's only owner, so nobody
 * is left to unfreeze it from the console.
 */
export async function runStaff(config: AppConfig, args: string[], merchantHandle?: string): Promise<number> {
  const [action, who] = args;
  if (action !== 'unfreeze' || !who) {
    console.error(USAGE);
    return 1;
  }
  const app = await buildApp({ config: { ...config, logLevel: 'warn' } });
  try {
    const { db } = app.runtime.database;
    const merchantId = await resolveMerchant(db, merchantHandle);
    if (!merchantId) {
      console.error('no such merchant');
      return 1;
    }
    const ctx = systemCtx(db, merchantId, 'cli', app.runtime.privacy);
    const staffId = await findStaffId(ctx, who);
    const result = staffId ? await unfreezeStaff(ctx, staffId) : undefined;
    if (!result?.ok) {
      console.error(result ? `not unfrozen: ${result.code}` : 'no such staff member at this merchant');
      return 1;
    }
    console.log(`unfrozen ${result.value.id}; the server closes its freeze alerts and it may sign in again`);
    return 0;
  } finally {
    // Stores the unfreeze's audit entry before exiting.
    await app.close();
  }
}
