import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** A process's CPU time so far (user + system) in ms, from /proc (Linux); 0 once it has gone. */
export function cpuMsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime in 100 Hz ticks
  } catch {
    return 0;
  }
}

/** What the server's statement counter (bench/checkout-cost/count-queries.mjs) wrote when asked with SIGUSR2. */
export async function readServerCounts(
  pid: number,
  countsFile: string,
): Promise<{ total: number; cpuMs: number; counts: [string, number][] }> {
  process.kill(pid, 'SIGUSR2');
  await sleep(300);
  return JSON.parse(readFileSync(countsFile, 'utf8')) as {
    total: number;
    cpuMs: number;
    counts: [string, number][];
  };
}
