/** Wall-clock and CPU time per stage; CPU time matters because the benchmark machine is shared. */
export class StageTimer {
  private started = performance.now();
  private cpuStarted = process.cpuUsage();
  readonly stages: { stage: string; wallSeconds: number; cpuSeconds: number }[] = [];

  lap(stage: string): void {
    const cpu = process.cpuUsage(this.cpuStarted);
    const wallSeconds = (performance.now() - this.started) / 1000;
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    this.stages.push({ stage, wallSeconds, cpuSeconds });
    this.note(`${stage}: ${wallSeconds.toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} s CPU`);
    this.started = performance.now();
    this.cpuStarted = process.cpuUsage();
  }

  note(message: string): void {
    process.stderr.write(`[recs] ${message}\n`);
  }

  get totalWallSeconds(): number {
    return this.stages.reduce((sum, stage) => sum + stage.wallSeconds, 0);
  }

  get totalCpuSeconds(): number {
    return this.stages.reduce((sum, stage) => sum + stage.cpuSeconds, 0);
  }
}
