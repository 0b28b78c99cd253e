import { readFileSync } from 'node:fs';

/** A process's CPU time so far (user + system) in ms, from /proc (Linux); 0 once it has gone. */
export function cpuMsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime in 100 Hz ticks
  } catch {
    return 0;
  }
}
