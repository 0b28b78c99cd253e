import { readFileSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { prepare, stockOf, type BenchFixtures } from '../api/fixtures.ts';
import { cpuMsOf, readServerCounts } from '../api/process-cpu.ts';
import { checkoutRequests } from '../api/scenarios.ts';
import { startServer, type RunningServer } from '../api/server.ts';

/**
 * `npm run bench -- checkout-cost [--orders N] [--connections C]`: what one "buy now" checkout costs on
 * PostgreSQL, in measures that a loaded machine does not distort much: statements sent per order, CPU
 * time per order of the server process and of its PostgreSQL backends (not wall-clock rates). Outbox
 * delivery and audit batches after commit are included (it waits for them to settle).
 */
export async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      orders: { type: 'string', default: '3000' },
      warmup: { type: 'string', default: '600' },
      connections: { type: 'string', default: '50' },
      top: { type: 'string', default: '40' },
      'database-url': {
        type: 'string',
        default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
      },
    },
  });
  const countsFile = `/tmp/hexamall-checkout-cost-${process.pid}.json`;
  const preload = fileURLToPath(new URL('./count-queries.mjs', import.meta.url));
  process.env.COUNT_QUERIES_FILE = countsFile;
  process.env.BENCH_SERVER_NODE_FLAGS = `${process.env.BENCH_SERVER_NODE_FLAGS ?? ''} --import ${preload}`;
  const connections = Number(values.connections);
  const orders = Number(values.orders);
  const server = await startServer('postgres', values['database-url']!);
  const monitor = new pg.Client({ connectionString: server.databaseUrl });
  await monitor.connect();
  try {
    const fixtures = await prepare(server.baseUrl, connections, 10_000_000);
    await buy(server, fixtures, Number(values.warmup), connections);
    await settle();
    const before = await snapshot(server, monitor, countsFile, fixtures);
    const started = process.hrtime.bigint();
    const loadCpu = process.cpuUsage();
    await buy(server, fixtures, orders, connections);
    const loadCpuUsed = process.cpuUsage(loadCpu);
    const wallS = Number(process.hrtime.bigint() - started) / 1e9;
    await settle();
    const after = await snapshot(server, monitor, countsFile, fixtures);
    const placed = after.reserved - before.reserved;
    const statements = after.total - before.total;
    const per = (n: number) => (n / placed).toFixed(2);
    const byText = new Map(before.counts);
    const diff = after.counts
      .map(([text, n]) => [text, n - (byText.get(text) ?? 0)] as const)
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1]);
    console.log(`orders placed:            ${placed} (${(placed / wallS).toFixed(0)}/s wall, noisy)`);
    console.log(`statements per order:     ${per(statements)}`);
    console.log(`server CPU ms per order:  ${per(after.serverCpuMs - before.serverCpuMs)}`);
    console.log(`PG backends CPU ms/order: ${per(after.pgCpuMs - before.pgCpuMs)}`);
    console.log(`PG walwriter CPU ms/order:${per(after.walCpuMs - before.walCpuMs)} (shared server-wide)`);
    console.log(
      `load generator CPU ms/order: ${per((loadCpuUsed.user + loadCpuUsed.system) / 1000)} (autocannon)`,
    );
    console.log(`load average now:         ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
    console.log('\nstatements per order, by text:');
    for (const [text, n] of diff.slice(0, Number(values.top)))
      console.log(`${per(n).padStart(7)}  ${text.replace(/\s+/g, ' ').slice(0, 150)}`);
  } finally {
    await monitor.end();
    await server.stop();
    rmSync(countsFile, { force: true });
  }
}

let round = 0;

async function buy(server: RunningServer, f: BenchFixtures, amount: number, connections: number) {
  const result = await autocannon({
    url: server.baseUrl,
    connections,
    amount,
    requests: checkoutRequests(f, `cost-${round++}`),
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`checkout failed: ${result.non2xx} non-2xx, ${result.errors} errors`);
}

/** Lets the outbox dispatcher and the audit batch catch up with what was just committed. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 2000));

const backendCpu = new Map<number, number>();

async function snapshot(server: RunningServer, monitor: pg.Client, countsFile: string, f: BenchFixtures) {
  const counts = await readServerCounts(server.pid, countsFile);
  const { rows } = await monitor.query<{ pid: number; backend_type: string }>(
    `select pid, backend_type from pg_stat_activity
      where (datname = current_database() and pid <> pg_backend_pid()) or backend_type = 'walwriter'`,
  );
  let walCpuMs = 0;
  for (const row of rows) {
    if (row.backend_type === 'walwriter') walCpuMs = cpuMsOf(row.pid);
    else backendCpu.set(row.pid, cpuMsOf(row.pid));
  }
  // Backends that have gone keep the CPU they were last seen with.
  const pgCpuMs = [...backendCpu.values()].reduce((a, b) => a + b, 0);
  const stock = await stockOf(server.baseUrl, f.ownerToken, f.checkoutSkuId);
  return { ...counts, serverCpuMs: counts.cpuMs, pgCpuMs, walCpuMs, reserved: stock.reserved };
}
