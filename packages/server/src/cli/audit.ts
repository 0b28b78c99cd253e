import type { AppConfig } from '../config.ts';
import { buildApp } from '../app.ts';
import { openKeyring, verifyAuditLog } from '../modules/privacy/index.ts';

const USAGE = `usage: hexamall audit verify
  verify   walk the personal-data audit log's hash chain and signed checkpoints; exit 0 when intact,
           2 naming the first edited, deleted, inserted or reordered entry by its position (seq)`;

/**
 * `hexamall audit verify`. With the embedded database, stop the server first: PGlite belongs to one
 * process. With PostgreSQL it runs beside live servers: it reads one consistent snapshot.
 */
export async function runAudit(config: AppConfig, args: string[]): Promise<number> {
  if (args[0] !== 'verify') {
    console.error(USAGE);
    return 1;
  }
  const app = await buildApp({ config: { ...config, logLevel: 'warn' } });
  try {
    const result = await verifyAuditLog(app.runtime.database.db, openKeyring(config).auditSigner());
    if (result.ok) {
      console.log(
        `audit log intact: ${result.entries} entries, ${result.checkpoints} signed checkpoints, head at seq ${result.headSeq}` +
          (result.purgedThrough > 0
            ? ` (entries up to ${result.purgedThrough} removed by a signed retention purge)`
            : ''),
      );
      return 0;
    }
    const problem = result.problem!;
    console.error(`audit log NOT intact: ${problem.kind} at seq ${problem.seq}: ${problem.detail}`);
    console.error(`(${result.entries} entries checked before it)`);
    return 2;
  } finally {
    await app.close();
  }
}
