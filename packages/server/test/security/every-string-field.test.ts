import { afterAll, beforeAll, expect, it } from 'vitest';
import { bearer, describeEachDatabase } from '../../src/testing/harness.ts';
import { coverOperation } from './field-coverage.ts';
import { LeakDetector } from './leaks.ts';
import { liveOperations } from './live-document.ts';
import {
  apiOperations,
  exampleRequest,
  RequestValidator,
  type JsonSchema,
  type KnownValue,
  type Operation,
} from './openapi.ts';
import { loadPayloadSources } from './payloads.ts';
import { ProbeRunner } from './probe-runner.ts';
import { changedTables, tableSnapshot } from './row-counts.ts';
import { buildWorld, knownValues, unknownPathParams, type World } from './world.ts';
import { WriteJournal } from './write-journal.ts';

/*
 * Every payload of ../shared/datasets/security, sent to every string field of every /api/store and
 * /api/admin operation in the app's own OpenAPI document (path and query parameters, headers, JSON bodies
 * with their nested objects, arrays and map keys), with valid auth (the world's shopper on store routes,
 * its owner on admin routes) and valid values everywhere else. Every answer must be below 500, leak no
 * stack trace or database error, and, when it refuses, be problem+json with a catalogued code and have
 * written no row (write-journal.ts); 2xx answers may write.
 *
 * How coverage stays "every payload to every string field": payloads byte-identical after normalisation
 * are sent once (payloads.ts), and one request carries a payload to several fields only where no field
 * can hide another (field-coverage.ts explains the rule and its splitting). Each operation's test checks
 * that the pairs it covered plus the undeliverable ones are exactly fields x payloads.
 *
 * Why a CI run takes a slice: even so, all of it is ~500,000 pairs in ~500,000 requests, most of them
 * validator refusals at ~1 ms but tens of thousands of accepted writes at 10-30 ms and password-policy
 * routes at ~300 ms: close to an hour per database on this 2-core machine. So each operation's payloads
 * are dealt into SLICES slices (SLOW operations into more) and a run sends each operation one of them,
 * the nth operation (in sorted order) slice (run + n), so every run sends every payload to some operation
 * and every pair is covered once every SLICES runs. The run is the day number, so CI covers everything
 * within SLICES days; the PostgreSQL run takes the slice opposite PGlite's. SECURITY_EXHAUSTIVE=1 sends
 * everything in one run (nightly, or before a release); a failure says how to replay its run.
 */

const SOURCES = loadPayloadSources();
const PAYLOADS = [...SOURCES.keys()];
const OPERATIONS = await liveOperations();
const TESTED = OPERATIONS.filter((op) => op.fields.length > 0);

const EXHAUSTIVE = process.env.SECURITY_EXHAUSTIVE === '1';
const SLICES = EXHAUSTIVE ? 1 : Number(process.env.SECURITY_SLICES ?? 8);
/** Which run this is: the day number unless SECURITY_RUN replays another. */
const RUN = Number(process.env.SECURITY_RUN ?? Math.floor(Date.now() / 86_400_000));
/** Operations whose every accepted request runs the password-strength check and argon2 (~300 ms): thinner slices. */
const SLOW: Record<string, number> = { 'POST /api/store/auth/sign-up': 8, 'POST /api/admin/staff': 8 };
/** Routes whose handler reads every field whatever the others hold (timing-safe credential checks). */
const CONSUMED_TOGETHER = new Set(['POST /api/store/auth/sign-in', 'POST /api/admin/auth/sign-in']);
/** Operations in a stable order: the nth takes slice (run + n) of its payloads, so each run sends every payload somewhere. */
const ORDER = TESTED.map((op) => op.key).sort();

function sliceOf(op: Operation, label: string): { payloads: string[]; replay: string } {
  const slices = EXHAUSTIVE ? 1 : SLICES * (SLOW[op.key] ?? 1);
  const run = RUN + (label === 'postgres' ? slices >> 1 : 0);
  const slice = (run + ORDER.indexOf(op.key)) % slices;
  return {
    payloads: PAYLOADS.filter((_, i) => i % slices === slice),
    replay: `replay with SECURITY_RUN=${RUN} SECURITY_SLICES=${SLICES} (payloads i % ${slices} == ${slice})`,
  };
}

interface OperationReport {
  fields: number;
  payloads: number;
  pairs: number;
  undeliverable: number;
  requests: number;
}

describeEachDatabase('every payload in every string field', (h) => {
  let world: World;
  let known: KnownValue;
  let journal: WriteJournal;
  let runner: ProbeRunner;
  const validator = new RequestValidator();
  const reports = new Map<string, OperationReport>();

  beforeAll(async () => {
    world = await buildWorld(h());
    known = knownValues(world);
    journal = await WriteJournal.install(h().database);
    runner = new ProbeRunner(h, journal, new LeakDetector(PAYLOADS), SOURCES);
  }, 300_000);

  afterAll(() => {
    const all = [...reports.values()];
    const sum = (key: keyof OperationReport) => all.reduce((n, r) => n + r[key], 0);
    console.log(
      `[${h().label}] ${reports.size} operations, ${sum('fields')} string fields, ${PAYLOADS.length} payloads` +
        ` (run ${RUN}, 1/${SLICES} of them per operation): ${sum('pairs')} field x payload pairs` +
        ` (${sum('undeliverable')} undeliverable) in ${sum('requests')} requests`,
    );
  });

  it('drives every operation of the live OpenAPI document', () => {
    expect(OPERATIONS.filter((op) => op.scope === 'store').length).toBeGreaterThan(10);
    expect(OPERATIONS.filter((op) => op.scope === 'admin').length).toBeGreaterThan(10);
    // The app under test has the routes the list came from.
    const here = apiOperations(h().app.swagger() as JsonSchema);
    expect(here.map((op) => `${op.key} ${op.fields.map((f) => f.label).join()}`)).toEqual(
      OPERATIONS.map((op) => `${op.key} ${op.fields.map((f) => f.label).join()}`),
    );
  });

  it.each(TESTED.map((op) => [op.key, op] as const))(
    '%s',
    async (_key, op) => {
      const started = performance.now();
      const before = await tableSnapshot(h().database);
      runner.startOperation();
      expect(validator.check(op, exampleRequest(op, known)), `example request for ${op.key}`).toBeUndefined();
      // A made-up id in a path would stop every other field's payload at a 404.
      const unknown = unknownPathParams(op);
      const others = op.fields.filter((f) => !(f.part === 'path' && unknown.includes(String(f.path[0]))));
      expect(
        unknown.length === 0 || others.length === 0,
        `${op.key}: add its path resource to world.ts`,
      ).toBe(true);
      const { payloads, replay } = sliceOf(op, h().label);
      const report = await coverOperation({
        op,
        payloads,
        known: known,
        validator,
        runner,
        headers: bearer(op.scope === 'store' ? world.shopper.token : world.ownerToken),
        consumedTogether: CONSUMED_TOGETHER.has(op.key),
      });
      reports.set(op.key, {
        fields: op.fields.length,
        payloads: payloads.length,
        pairs: report.covered + report.undeliverable,
        undeliverable: report.undeliverable,
        requests: report.requests,
      });
      if (process.env.SECURITY_PROFILE)
        console.log(
          `PROFILE ${op.key} ${report.requests} requests ${Math.round(performance.now() - started)} ms`,
        );

      const { failures, unlistedFailures } = runner;
      expect(failures, `${replay}\n${failures.join('\n')}\n(+${unlistedFailures} more)`).toEqual([]);
      expect(report.covered + report.undeliverable, 'every field got every payload').toBe(
        op.fields.length * payloads.length,
      );
      // The journal saw every change that the row counts and checksums show.
      const changed = changedTables(before, await tableSnapshot(h().database));
      expect(
        changed.filter((t) => !runner.written.has(t)),
        'changes the write journal missed',
      ).toEqual([]);
      expect(await journal.untracked(), 'tables without write triggers').toEqual([]);
    },
    600_000,
  );
});
