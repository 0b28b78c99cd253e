/**
 * What must never reach a client: a stack trace (or the file layout behind it) or a database error.
 * Matched case-insensitively.
 */
export const LEAK_MARKERS: readonly (string | RegExp)[] = [
  // Stack traces and the paths in them.
  /\bat (?:async |new )?[\w$.<>[\]]+ \(/,
  /\bat (?:file|node):/,
  /\.(?:[cm]?[jt]s):\d+:\d+/,
  'at Object.',
  'node_modules',
  'node:internal',
  '"stack"',
  // PostgreSQL / PGlite errors and what drizzle wraps them in.
  'syntax error at or near',
  'ERROR:',
  'relation "',
  'column "',
  'pg_',
  'duplicate key value violates',
  'violates foreign key constraint',
  'violates not-null constraint',
  'violates check constraint',
  'violates unique constraint',
  'invalid input syntax for',
  'invalid input value for enum',
  'unterminated quoted string',
  'current transaction is aborted',
  'value too long for type',
  'out of range for type',
  'operator does not exist',
  'invalid byte sequence',
  'could not determine data type',
  'Failed query:',
  'DrizzleQueryError',
  'SQLSTATE',
  'PostgresError',
  'PGlite',
];

function found(marker: string | RegExp, text: string): boolean {
  return typeof marker === 'string'
    ? text.toLowerCase().includes(marker.toLowerCase())
    : new RegExp(marker.source, 'i').test(text);
}

/**
 * Checks response bodies for leak markers. A body may legitimately hold attack text: the payload of the
 * request it answers (an error echoing the value, a stored title) and, for 2xx answers, payloads stored by
 * earlier requests. So error bodies are checked with the request's own payload cut out and without the
 * markers that payload contains, and 2xx bodies only for the markers no payload contains at all.
 */
export class LeakDetector {
  private readonly clean: (string | RegExp)[];

  constructor(payloads: readonly string[]) {
    this.clean = LEAK_MARKERS.filter((m) => !payloads.some((p) => found(m, p)));
  }

  /** The markers a 2xx body is checked for. */
  get cleanMarkers(): readonly (string | RegExp)[] {
    return this.clean;
  }

  /** The markers found in this body, or none. */
  leaks(status: number, body: string, payload: string | undefined): string[] {
    if (status < 400) return this.clean.filter((m) => found(m, body)).map(String);
    let text = body;
    if (payload !== undefined && payload.length > 0) {
      for (const form of [payload, JSON.stringify(payload).slice(1, -1)]) text = text.split(form).join('');
    }
    return LEAK_MARKERS.filter((m) => !(payload !== undefined && found(m, payload)) && found(m, text)).map(
      String,
    );
  }
}
