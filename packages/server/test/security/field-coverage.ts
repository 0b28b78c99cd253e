import type { InjectOptions } from 'fastify';
import {
  exampleRequest,
  placeValue,
  toInject,
  type KnownValue,
  type Operation,
  type RequestValidator,
  type StringField,
} from './openapi.ts';
import type { Probe, ProbeRunner } from './probe-runner.ts';

/**
 * Sends each payload to each string field of one operation, every other field valid, in as few requests
 * as stays honest:
 * - A value the field's schema refuses is sent alone: the validator stops at the first bad field, so it
 *   would hide any other field holding the payload. These answer from the validator, quickly.
 * - The fields whose schema accepts the payload get it together in one request. An accepted (2xx) answer
 *   means the handler took every one of them, so each field counts as covered. Any other answer may come
 *   from whichever field the handler checked first: the group is split in halves and each half sent
 *   again, down to single fields. Fields that keep being refused alone (an unknown id, say) stop joining
 *   groups, so the others' groups go through in one request.
 * - `consumedTogether` operations read every field whatever the others hold (timing-safe sign-in), so a
 *   refusal covers the whole group too.
 * - A payload that cannot travel in a field's position is counted, not sent: in a header anything outside
 *   printable ASCII, in a path segment "." and ".." (URL normalisation removes them) and, in the URL,
 *   strings that are not well-formed UTF-16.
 */
export interface CoverageOptions {
  op: Operation;
  payloads: readonly string[];
  known: KnownValue;
  validator: RequestValidator;
  runner: ProbeRunner;
  headers: Record<string, string>;
  consumedTogether: boolean;
}

export interface CoverageReport {
  /** (field, payload) pairs that reached the route in some request. */
  covered: number;
  undeliverable: number;
  requests: number;
}

const ROUND = 24;
const SCHEMA_BATCH = 32;

/** Routes throttled per client address (password sign-in): each request comes from its own address. */
const THROTTLED = /\/auth\/sign-in$/;
let addressSequence = 0;
function nextAddress(): string {
  addressSequence += 1;
  return `10.${(addressSequence >> 16) & 255}.${(addressSequence >> 8) & 255}.${addressSequence & 255}`;
}

export function deliverable(field: StringField, payload: string): boolean {
  if (field.part === 'header') return /^[\x20-\x7e]*$/.test(payload);
  if (field.part === 'path') return payload !== '.' && payload !== '..' && wellFormed(payload);
  return field.part !== 'query' || wellFormed(payload);
}

/** No lone surrogate: encodeURIComponent throws on one. */
function wellFormed(text: string): boolean {
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}

export async function coverOperation(options: CoverageOptions): Promise<CoverageReport> {
  const { op, payloads, known, validator, runner, headers } = options;
  const requestsBefore = runner.requests;
  const report: CoverageReport = { covered: 0, undeliverable: 0, requests: 0 };
  const refusedAlone = new Map<string, number>();
  const acceptedAlone = new Map<string, number>();
  const loner = (f: StringField) => (refusedAlone.get(f.label) ?? 0) >= 2 && !acceptedAlone.get(f.label);
  const batch = op.method === 'GET' ? 16 : 4;

  const build = (fields: readonly StringField[], payload: string) => {
    const parts = exampleRequest(op, known);
    for (const field of fields) placeValue(op, parts, field, payload, known);
    const request: InjectOptions = {
      ...toInject(op, parts, headers),
      ...(THROTTLED.test(op.url) ? { remoteAddress: nextAddress() } : {}),
    };
    return {
      probe: { op, fields, payload, request } as Probe,
      valid: validator.check(op, parts) === undefined,
    };
  };

  for (let start = 0; start < payloads.length; start += ROUND) {
    const refusedBySchema: Probe[] = [];
    let groups: Probe[] = [];
    for (const payload of payloads.slice(start, start + ROUND)) {
      const reaching: StringField[] = [];
      for (const field of op.fields) {
        if (!deliverable(field, payload)) {
          report.undeliverable += 1;
          continue;
        }
        const single = build([field], payload);
        if (!single.valid) refusedBySchema.push(single.probe);
        else if (loner(field)) groups.push(single.probe);
        else reaching.push(field);
      }
      groups.push(...split(reaching, payload, build));
    }
    report.covered += (await runner.run(refusedBySchema, SCHEMA_BATCH)).length;
    while (groups.length > 0) {
      const next: Probe[] = [];
      for (const { probe, status } of await runner.run(groups, batch)) {
        const accepted = status < 300;
        if (probe.fields.length === 1) {
          const stats = accepted ? acceptedAlone : refusedAlone;
          stats.set(probe.fields[0]!.label, (stats.get(probe.fields[0]!.label) ?? 0) + 1);
        }
        if (accepted || probe.fields.length === 1 || options.consumedTogether)
          report.covered += probe.fields.length;
        else
          next.push(
            ...split(probe.fields.slice(0, probe.fields.length >> 1), probe.payload, build),
            ...split(probe.fields.slice(probe.fields.length >> 1), probe.payload, build),
          );
      }
      groups = next;
    }
  }
  report.requests = runner.requests - requestsBefore;
  return report;
}

/** One request for these fields if the schema takes them together, else halves (down to single fields). */
function split(
  fields: readonly StringField[],
  payload: string,
  build: (fields: readonly StringField[], payload: string) => { probe: Probe; valid: boolean },
): Probe[] {
  if (fields.length === 0) return [];
  const together = build(fields, payload);
  if (together.valid || fields.length === 1) return [together.probe];
  const half = fields.length >> 1;
  return [...split(fields.slice(0, half), payload, build), ...split(fields.slice(half), payload, build)];
}
