import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const BIN = fileURLToPath(new URL('../../packages/server/bin/hexamall.js', import.meta.url));
export const BENCH_OWNER_PASSWORD = 'bench-owner-password-1';

export interface RunningServer {
  label: 'pglite' | 'postgres';
  baseUrl: string;
  /** The server process, for measuring its CPU time. */
  pid: number;
  /** The database the server uses (PostgreSQL only). */
  databaseUrl?: string | undefined;
  stop(): Promise<void>;
}

/**
 * The server runs as its own process, as in production, so the load generator does not share its
 * event loop: on a 2-core machine each gets a core.
 */
export async function startServer(label: 'pglite' | 'postgres', adminUrl: string): Promise<RunningServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    HEXAMALL_DEMO_PASSWORD: BENCH_OWNER_PASSWORD,
    HEXAMALL_RATE_LIMIT_MAX: '100000000',
  };
  let cleanup: () => Promise<void>;
  let databaseUrl: string | undefined;
  if (label === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'hexamall-bench-'));
    env.HEXAMALL_DATA_DIR = dir;
    delete env.DATABASE_URL;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const name = `hexamall_bench_${Date.now().toString(36)}`;
    await admin(adminUrl, `create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    databaseUrl = env.DATABASE_URL;
    cleanup = () => admin(adminUrl, `drop database if exists ${name} with (force)`);
  }
  // BENCH_SERVER_NODE_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server under the load
  // (Node refuses --cpu-prof in NODE_OPTIONS).
  const flags = (process.env.BENCH_SERVER_NODE_FLAGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...flags, BIN, 'start'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await waitForReady(child);
  return {
    label,
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    databaseUrl,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      await cleanup();
    },
  };
}

function waitForReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Hexamall is running')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
