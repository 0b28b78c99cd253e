import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { ERROR_CATALOGUE } from '../../src/platform/index.ts';
import type { Harness } from '../../src/testing/harness.ts';
import type { LeakDetector } from './leaks.ts';
import type { Operation, StringField } from './openapi.ts';
import type { PayloadSource } from './payloads.ts';
import { businessWrites, describeWrites, type WriteJournal } from './write-journal.ts';

/** One request: the payload in these fields of the operation, every other field valid. */
export interface Probe {
  op: Operation;
  fields: readonly StringField[];
  payload: string;
  request: InjectOptions;
}

export interface Outcome {
  probe: Probe;
  status: number;
}

const MAX_LISTED_FAILURES = 60;

/**
 * Sends probes in concurrent batches and checks every answer: below 500, no leak marker, a refusal is
 * problem+json with a catalogued code, and a refused request wrote no row. The write journal is drained
 * after each batch: no write at all clears the whole batch at once; writes in a batch that also holds
 * accepted (2xx) requests cannot be told apart, so its refused requests are sent again one at a time,
 * each with its own journal check; writes in a batch of refusals only are a failure (narrowed down the
 * same way to the request that wrote).
 */
export class ProbeRunner {
  failures: string[] = [];
  unlistedFailures = 0;
  requests = 0;
  /** Tables written since startOperation(). */
  written = new Set<string>();

  constructor(
    private readonly h: () => Harness,
    private readonly journal: WriteJournal,
    private readonly leaks: LeakDetector,
    private readonly sources: ReadonlyMap<string, PayloadSource>,
  ) {}

  /** Starts the failure list and the written tables afresh. */
  startOperation(): void {
    this.failures = [];
    this.unlistedFailures = 0;
    this.written = new Set();
  }

  async run(probes: readonly Probe[], batchSize: number): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    for (let i = 0; i < probes.length; i += batchSize) {
      const batch = probes.slice(i, i + batchSize);
      const responses = await Promise.all(batch.map((p) => this.h().app.inject(p.request)));
      this.requests += batch.length;
      batch.forEach((probe, j) => this.inspect(probe, responses[j]!));
      // The audit trail is stored in batches: store this batch's entries before reading the journal.
      await this.h().privacy.audit.flush();
      const all = await this.journal.drain();
      for (const key of all.keys()) this.written.add(key.replace(/ \(.*\)$/, ''));
      const written = businessWrites(all);
      const refused = batch.filter((_, j) => responses[j]!.statusCode >= 400);
      if (written.size > 0 && refused.length > 0) {
        if (refused.length === batch.length) {
          const which = batch.length === 1 ? 'it' : `one of ${batch.length} (narrowed down below)`;
          this.fail(batch[0]!, `refused, yet ${which} wrote rows: ${describeWrites(written)}`);
        }
        if (batch.length > 1) await this.run(refused, 1);
      }
      batch.forEach((probe, j) => outcomes.push({ probe, status: responses[j]!.statusCode }));
    }
    return outcomes;
  }

  private inspect(probe: Probe, res: LightMyRequestResponse): void {
    const status = res.statusCode;
    if (status >= 500) {
      this.fail(probe, `answered ${status}: ${res.body.slice(0, 300)}`);
      return;
    }
    const leaks = this.leaks.leaks(status, res.body, probe.payload);
    if (leaks.length > 0) this.fail(probe, `body leaks ${leaks.join(', ')}: ${res.body.slice(0, 300)}`);
    if (status >= 400) {
      const type = String(res.headers['content-type'] ?? '');
      let code: unknown;
      try {
        code = (JSON.parse(res.body) as { code?: unknown }).code;
      } catch {
        code = undefined;
      }
      if (
        !type.includes('application/problem+json') ||
        typeof code !== 'string' ||
        !Object.hasOwn(ERROR_CATALOGUE, code)
      )
        this.fail(
          probe,
          `refusal ${status} is not problem+json with a catalogued code: ${type} ${res.body.slice(0, 200)}`,
        );
    }
  }

  private fail(probe: Probe, what: string): void {
    if (this.failures.length >= MAX_LISTED_FAILURES) {
      this.unlistedFailures += 1;
      return;
    }
    const source = this.sources.get(probe.payload);
    const fields = probe.fields.map((f) => f.label).join(', ');
    this.failures.push(
      `${probe.op.key} [${fields}] <- ${JSON.stringify(probe.payload).slice(0, 120)}` +
        ` (${source ? `${source.file}:${source.line}` : 'payload'}) ${probe.request.method} ${String(probe.request.url).slice(0, 160)}: ${what}`,
    );
  }
}
