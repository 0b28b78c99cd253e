import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { BENCH_OWNER_PASSWORD, startServer } from '../api/server.ts';
import { cleanupCost, costPreload, measureCost, type Cost } from './cost.ts';
import { sendHistory } from './history.ts';
import { run, scenarios, type ScenarioResult } from './scenarios.ts';

const GOAL = 'Goal: every recommendation surface answers with p99 <= 20 ms (issue 6).';

/**
 * `npm run bench -- recommend-api [--duration S] [--connections N] [--sessions N] [--targets pglite,postgres] [--only personalised,cart] [--cost [--requests N]]`:
 * the recommendation surfaces under load on the demo shop with a generated browsing history, beside the
 * plain product-detail endpoint, on PGlite and PostgreSQL; written to docs/benchmarks/recommend-api.{md,json}.
 */
export async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '20' },
      sessions: { type: 'string', default: '3000' },
      shoppers: { type: 'string', default: '20' },
      targets: { type: 'string', default: 'pglite,postgres' },
      // A comma-separated part of the scenario names, for profiling one surface.
      only: { type: 'string' },
      // Statements and CPU ms per request instead of latency (see cost.ts); prints, writes nothing.
      cost: { type: 'boolean', default: false },
      requests: { type: 'string', default: '3000' },
      'database-url': {
        type: 'string',
        default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
      },
    },
  });
  const load = { durationSeconds: Number(values.duration), connections: Number(values.connections) };
  const targets = (values.targets ?? '').split(',').filter(Boolean) as ('pglite' | 'postgres')[];
  if (targets.includes('postgres') && !(await reachable(values['database-url']!))) {
    console.error(`PostgreSQL at ${values['database-url']} is not reachable: skipping that target`);
    targets.splice(targets.indexOf('postgres'), 1);
  }
  const countsFile = values.cost ? costPreload() : undefined;
  const costs: (Cost & { target: string })[] = [];
  const rows: (ScenarioResult & { target: string })[] = [];
  const histories: Record<string, Built> = {};
  for (const target of targets) {
    console.error(`[${target}] starting the server and seeding the demo shop...`);
    const server = await startServer(target, values['database-url']!);
    try {
      const history = await sendHistory(server.baseUrl, {
        sessions: Number(values.sessions),
        shoppers: Number(values.shoppers),
      });
      // What the retrain job does on its schedule, asked for now so the model holds the history.
      const built = await retrain(server.baseUrl);
      histories[target] = { events: history.events, sessions: history.sessions, ...built };
      console.error(
        `[${target}] ${history.events} events in ${history.sessions} visits; ${JSON.stringify(built)}`,
      );
      const wanted = (values.only ?? '').split(',').filter(Boolean);
      const chosen = scenarios(history).filter(
        (s) => !wanted.length || wanted.some((w) => s.name.includes(w)),
      );
      for (const scenario of chosen) {
        if (countsFile) {
          const cost = await measureCost(
            server,
            countsFile,
            scenario,
            Number(values.requests),
            load.connections,
          );
          console.error(`[${target}] ${JSON.stringify(cost)}`);
          costs.push({ target, ...cost });
          continue;
        }
        const result = await run(server.baseUrl, scenario, load);
        console.error(
          `[${target}] ${result.scenario}: ${result.requestsPerSecond} req/s, p99 ${result.p99Ms} ms`,
        );
        rows.push({ target, ...result });
      }
    } finally {
      await server.stop();
    }
  }
  if (countsFile) {
    cleanupCost(countsFile);
    console.log(
      '| scenario | database | statements/request | server CPU ms/request | PostgreSQL CPU ms/request |',
    );
    console.log('|---|---|---:|---:|---:|');
    for (const c of costs)
      console.log(
        `| ${c.scenario} | ${c.target} | ${c.statements.toFixed(2)} | ${c.serverCpuMs.toFixed(3)} | ${c.pgCpuMs.toFixed(3)} |`,
      );
    console.log(`load average now: ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
    return;
  }
  const table = render(rows, load, histories);
  console.log(table);
  mkdirSync('docs/benchmarks', { recursive: true });
  writeFileSync('docs/benchmarks/recommend-api.md', table + '\n');
  writeFileSync(
    'docs/benchmarks/recommend-api.json',
    JSON.stringify({ load, histories, rows }, null, 2) + '\n',
  );
}

function render(
  rows: (ScenarioResult & { target: string })[],
  load: { durationSeconds: number; connections: number },
  histories: Record<string, Built>,
) {
  return [
    '# Recommendation API benchmark',
    '',
    `\`npm run bench -- recommend-api\`: autocannon, ${load.connections} connections, ${load.durationSeconds} s per scenario, server and load generator as separate processes on this machine (${new Date().toISOString().slice(0, 10)}).`,
    ...Object.entries(histories).map(
      ([target, h]) =>
        `${target}: the demo shop with ${h.events} events sent in ${h.sessions} visits; the model (${h.products} products, ${h.trainingSessions} multi-item visits, session model ${h.sessionModel}) was built in ${h.buildMs} ms before the load (not measured below).`,
    ),
    GOAL,
    '',
    '| scenario | database | requests/s | p50 ms | p99 ms | non-2xx | p99 <= 20 ms |',
    '|---|---|---:|---:|---:|---:|---|',
    ...rows.map(
      (r) =>
        `| ${r.scenario} | ${r.target} | ${r.requestsPerSecond} | ${r.p50Ms} | ${r.p99Ms} | ${r.non2xx} | ${r.scenario.includes('baseline') ? '' : r.p99Ms <= 20 ? 'met' : 'missed'} |`,
    ),
  ].join('\n');
}

interface Built {
  events: number;
  sessions: number;
  products: number;
  trainingSessions: number;
  sessionModel: string;
  buildMs: number;
}

async function retrain(baseUrl: string): Promise<Omit<Built, 'events' | 'sessions'>> {
  const signIn = await fetch(`${baseUrl}/api/admin/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'owner@demo.hexamall.dev', password: BENCH_OWNER_PASSWORD }),
  });
  if (!signIn.ok) throw new Error(`owner sign-in: ${signIn.status} ${await signIn.text()}`);
  const { token } = (await signIn.json()) as { token: string };
  const res = await fetch(`${baseUrl}/api/admin/recommendations/retrain`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  });
  if (!res.ok) throw new Error(`retrain: ${res.status} ${await res.text()}`);
  const run = (await res.json()) as {
    products: number;
    sessions: number;
    sessionModel: string;
    buildMs: number;
  };
  return {
    products: run.products,
    trainingSessions: run.sessions,
    sessionModel: run.sessionModel,
    buildMs: run.buildMs,
  };
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}
