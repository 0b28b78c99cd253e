import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import type { RunningServer } from '../api/server.ts';
import { cpuMsOf, readServerCounts } from '../api/process-cpu.ts';
import { requestsOf, type Scenario } from './scenarios.ts';

/**
 * `--cost`: per request, the statements sent, the server's CPU ms and its PostgreSQL backends' CPU ms: on a
 * 2-core machine these decide the latency under load, and unlike latency they barely move when other work
 * shares the machine. The server is started with the statement counter preloaded (see `costPreload`).
 */
export const costPreload = () => {
  const countsFile = `/tmp/hexamall-recommend-cost-${process.pid}.json`;
  const preload = fileURLToPath(new URL('../checkout-cost/count-queries.mjs', import.meta.url));
  process.env.COUNT_QUERIES_FILE = countsFile;
  process.env.BENCH_SERVER_NODE_FLAGS = `${process.env.BENCH_SERVER_NODE_FLAGS ?? ''} --import ${preload}`;
  return countsFile;
};

export interface Cost {
  scenario: string;
  statements: number;
  serverCpuMs: number;
  pgCpuMs: number;
  top: [string, number][];
}

export async function measureCost(
  server: RunningServer,
  countsFile: string,
  scenario: Scenario,
  requests: number,
  connections: number,
): Promise<Cost> {
  const monitor = new pg.Client({ connectionString: server.databaseUrl });
  if (server.databaseUrl) await monitor.connect();
  try {
    await fire(server.baseUrl, scenario, Math.ceil(requests / 5), connections);
    const before = await snapshot(server, monitor, countsFile);
    await fire(server.baseUrl, scenario, requests, connections);
    const after = await snapshot(server, monitor, countsFile);
    const byText = new Map(before.counts);
    return {
      scenario: scenario.name,
      statements: (after.total - before.total) / requests,
      serverCpuMs: (after.serverCpuMs - before.serverCpuMs) / requests,
      pgCpuMs: (after.pgCpuMs - before.pgCpuMs) / requests,
      top: after.counts
        .map(([text, n]) => [text, (n - (byText.get(text) ?? 0)) / requests] as [string, number])
        .filter(([, n]) => n > 0)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8),
    };
  } finally {
    if (server.databaseUrl) await monitor.end();
  }
}

export function cleanupCost(countsFile: string) {
  rmSync(countsFile, { force: true });
}

async function fire(baseUrl: string, scenario: Scenario, amount: number, connections: number) {
  const result = await autocannon({ url: baseUrl, connections, amount, requests: requestsOf(scenario) });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${scenario.name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
}

const backendCpu = new Map<number, number>();

async function snapshot(server: RunningServer, monitor: pg.Client, countsFile: string) {
  // Lets the audit batch and outbox catch up with what the requests started.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const counts = await readServerCounts(server.pid, countsFile);
  if (server.databaseUrl) {
    const { rows } = await monitor.query<{ pid: number }>(
      `select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
    );
    for (const row of rows) backendCpu.set(row.pid, cpuMsOf(row.pid));
  }
  // Backends that have gone keep the CPU they were last seen with.
  const pgCpuMs = [...backendCpu.values()].reduce((a, b) => a + b, 0);
  return { ...counts, serverCpuMs: counts.cpuMs, pgCpuMs };
}
