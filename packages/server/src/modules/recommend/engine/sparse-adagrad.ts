/**
 * Adagrad over a matrix whose rows are updated sparsely (embedding tables): gradients are gathered per row
 * during a batch and only the touched rows are stepped and cleared, so a batch costs what it touched.
 */
export class SparseAdagradTable {
  readonly gradient: Float32Array;
  private readonly squaredSums: Float32Array;
  private readonly touched: Int32Array;
  private readonly isTouched: Uint8Array;
  private touchedCount = 0;

  constructor(
    readonly values: Float32Array,
    readonly width: number,
    private readonly learningRate: number,
  ) {
    const rows = values.length / width;
    this.gradient = new Float32Array(values.length);
    this.squaredSums = new Float32Array(values.length).fill(1e-6);
    this.touched = new Int32Array(rows);
    this.isTouched = new Uint8Array(rows);
  }

  /** Marks a row as having gradient this batch; call before adding into `gradient` for that row. */
  touch(row: number): void {
    if (this.isTouched[row]) return;
    this.isTouched[row] = 1;
    this.touched[this.touchedCount++] = row;
  }

  step(): void {
    for (let t = 0; t < this.touchedCount; t++) {
      const row = this.touched[t]!;
      this.isTouched[row] = 0;
      for (let i = row * this.width, end = i + this.width; i < end; i++) {
        const g = this.gradient[i]!;
        this.squaredSums[i]! += g * g;
        this.values[i]! -= (this.learningRate * g) / Math.sqrt(this.squaredSums[i]!);
        this.gradient[i] = 0;
      }
    }
    this.touchedCount = 0;
  }
}
