import type { AppConfig } from '../config.ts';
import { buildApp } from '../app.ts';
import { openKeyring, rotateMasterKey } from '../modules/privacy/index.ts';

const USAGE = `usage: hexamall keys <list|rotate>
  list     the keyring's master keys (key-encryption keys) and their status; never key material
  rotate   a new master key; every data key re-wrapped under it; the old one disabled`;

/**
 * `hexamall keys ...` over the keyring file (HEXAMALL_KEYRING_FILE). With the embedded database, stop the
 * server first: PGlite belongs to one process. With PostgreSQL, servers may keep running: they read the
 * keyring file again before wrapping a new data key.
 */
export async function runKeys(config: AppConfig, args: string[]): Promise<number> {
  const [action] = args;
  if (action === 'list') {
    const keyring = openKeyring(config);
    for (const key of keyring.keyStatuses()) console.log(`${key.id}\t${key.status}\t${key.createdAt}`);
    return 0;
  }
  if (action !== 'rotate') {
    console.error(USAGE);
    return 1;
  }
  const app = await buildApp({ config: { ...config, logLevel: 'warn' } });
  try {
    const report = await rotateMasterKey(app.runtime.database, openKeyring(config), {
      onBatch: (n) => process.stderr.write(`\r${n} data keys re-wrapped`),
    });
    process.stderr.write('\n');
    console.log(
      `${report.resumed ? 'finished the interrupted rotation' : 'rotated'}: active key ${report.activeKekId}, ` +
        `${report.rewrapped} data keys re-wrapped, disabled ${report.disabledKekIds.join(', ') || 'none'}`,
    );
    if (report.stragglers > 0) {
      console.error(
        `${report.stragglers} data keys were written under the old key while the rotation ran. ` +
          'Set that key\'s status to "retired" in the keyring file and run `hexamall keys rotate` again.',
      );
      return 1;
    }
    return 0;
  } finally {
    await app.close();
  }
}
