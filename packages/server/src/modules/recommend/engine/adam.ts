/** Adam (Kingma & Ba) over one flat parameter vector; the optimiser every learned part of the engine uses. */
export class Adam {
  private readonly firstMoment: Float32Array;
  private readonly secondMoment: Float32Array;
  private steps = 0;

  constructor(
    size: number,
    private readonly learningRate: number,
  ) {
    this.firstMoment = new Float32Array(size);
    this.secondMoment = new Float32Array(size);
  }

  step(parameters: Float32Array, gradient: Float32Array, gradientScale: number): void {
    this.steps++;
    const correction1 = 1 - Math.pow(0.9, this.steps);
    const correction2 = 1 - Math.pow(0.999, this.steps);
    for (let i = 0; i < parameters.length; i++) {
      const g = gradient[i]! * gradientScale;
      this.firstMoment[i] = 0.9 * this.firstMoment[i]! + 0.1 * g;
      this.secondMoment[i] = 0.999 * this.secondMoment[i]! + 0.001 * g * g;
      const update =
        this.firstMoment[i]! / correction1 / (Math.sqrt(this.secondMoment[i]! / correction2) + 1e-8);
      parameters[i]! -= this.learningRate * update;
    }
  }
}
