import { parseArgs } from 'node:util';
import { configFromEnv } from '../config.ts';
import { runStart } from './start.ts';
import { runMigrate } from './migrate.ts';

const USAGE = `Usage: hexamall <command>

Commands:
  start                     start the server (seeds a demo shop on first run)
  migrate                   apply database migrations and exit
  seed                      create the demo shop if the database has no merchant
  import products FILE      import products from JSONL or CSV, with a progress bar and a report
  export products [FILE]    export products as JSONL (stdout when no FILE)
  audit verify              check the personal-data audit log's hash chain; names any tampered entry
  staff unfreeze EMAIL|ID   unfreeze a staff account an access anomaly froze (--merchant HANDLE)
  keys list|rotate          list the master keys, or rotate: re-wrap every data key, disable the old key

Environment: PORT, HOST, HEXAMALL_DATA_DIR, HEXAMALL_KEYRING_FILE, DATABASE_URL, REDIS_URL (see README).`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { merchant: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 1;
  }
  const config = configFromEnv();
  switch (command) {
    case 'start':
      return runStart(config);
    case 'migrate':
      return runMigrate(config);
    case 'seed': {
      const { runSeed } = await import('./seed.ts');
      return runSeed(config);
    }
    case 'import': {
      const { runImport } = await import('./import.ts');
      return runImport(config, rest, values.merchant);
    }
    case 'export': {
      const { runExport } = await import('./export.ts');
      return runExport(config, rest, values.merchant);
    }
    case 'keys': {
      const { runKeys } = await import('./keys.ts');
      return runKeys(config, rest);
    }
    case 'audit': {
      const { runAudit } = await import('./audit.ts');
      return runAudit(config, rest);
    }
    case 'staff': {
      const { runStaff } = await import('./staff.ts');
      return runStaff(config, rest, values.merchant);
    }
    default:
      console.error(`Unknown command "${command}".\n\n${USAGE}`);
      return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
