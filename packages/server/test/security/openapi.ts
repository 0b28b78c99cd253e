import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * The app's own OpenAPI document, read as the list of operations the security suites drive: their
 * parameters, bodies and every string-typed field in them, valid example requests, and a local copy of
 * the server's validator to tell which values a route's schema refuses.
 */

export type JsonSchema = Record<string, unknown>;
export type Part = 'path' | 'query' | 'header' | 'body';
/** A property name, an array index (0), or MAP_VALUE for any property of a map (additionalProperties). */
export type Segment = string | number;
export const MAP_VALUE = '*';
/** The property name a map gets in an example. */
export const MAP_KEY = 'k';

export const PERMISSION_EXTENSION = 'x-hexamall-permission';

export interface StringField {
  part: Part;
  /** From the part's root: a parameter name (or body property), then properties, 0 for array items, MAP_VALUE. */
  path: Segment[];
  /** 'key': the string is a property name of the map at path, rather than a value. */
  role: 'value' | 'key';
  label: string;
}

export interface Parameter {
  part: Exclude<Part, 'body'>;
  name: string;
  required: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: string;
  /** The OpenAPI path template, e.g. /api/admin/products/{id}. */
  url: string;
  key: string;
  scope: 'store' | 'admin';
  /** What the admin scope declared (x-hexamall-permission): a permission, 'public' or 'any-staff'. */
  permission: string | undefined;
  parameters: Parameter[];
  body: JsonSchema | undefined;
  fields: StringField[];
}

/** A request in the parts the schemas describe, before it becomes an inject() call. */
export interface RequestParts {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  header: Record<string, unknown>;
  body: unknown;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Every operation under /api/store and /api/admin, in document order. */
export function apiOperations(document: JsonSchema): Operation[] {
  const paths = dereference(document.paths, document) as Record<string, Record<string, JsonSchema>>;
  const operations: Operation[] = [];
  for (const [url, item] of Object.entries(paths)) {
    const scope = url.startsWith('/api/store/') ? 'store' : url.startsWith('/api/admin/') ? 'admin' : null;
    if (!scope) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const parameters = ((op.parameters ?? []) as JsonSchema[]).map((p) => ({
        part: p.in as Parameter['part'],
        name: String(p.name),
        required: p.required === true,
        schema: p.schema as JsonSchema,
      }));
      const content = (op.requestBody as JsonSchema | undefined)?.content as
        Record<string, { schema: JsonSchema }> | undefined;
      const body = content?.['application/json']?.schema;
      const fields: StringField[] = [];
      for (const p of parameters) collectStringFields(p.schema, p.part, [p.name], fields);
      if (body) collectStringFields(body, 'body', [], fields);
      const upper = method.toUpperCase();
      operations.push({
        method: upper,
        url,
        key: `${upper} ${url}`,
        scope,
        permission: op[PERMISSION_EXTENSION] as string | undefined,
        parameters,
        body,
        fields: dedupeFields(fields),
      });
    }
  }
  return operations;
}

/** Replaces local $refs by what they point at; a $ref met again inside itself (recursion) is refused. */
function dereference(node: unknown, root: JsonSchema, open: readonly string[] = []): unknown {
  if (Array.isArray(node)) return node.map((n) => dereference(n, root, open));
  if (!node || typeof node !== 'object') return node;
  const object = node as JsonSchema;
  if (typeof object.$ref === 'string' && object.$ref.startsWith('#/')) {
    if (open.includes(object.$ref)) throw new Error(`recursive schema ${object.$ref}: not supported here`);
    const target = object.$ref
      .slice(2)
      .split('/')
      .reduce<unknown>(
        (at, key) => (at as JsonSchema)[key.replaceAll('~1', '/').replaceAll('~0', '~')],
        root,
      );
    return dereference(target, root, [...open, object.$ref]);
  }
  return Object.fromEntries(
    Object.entries(object)
      .filter(([k]) => k !== 'responses')
      .map(([k, v]) => [k, dereference(v, root, open)]),
  );
}

function branches(schema: JsonSchema): JsonSchema[] {
  return [...((schema.anyOf ?? []) as JsonSchema[]), ...((schema.oneOf ?? []) as JsonSchema[])];
}

function typesOf(schema: JsonSchema): string[] {
  const t = schema.type;
  return Array.isArray(t) ? (t as string[]) : typeof t === 'string' ? [t] : [];
}

/** True when the schema (or one of its branches) takes a string. An untyped schema takes anything. */
export function takesString(schema: JsonSchema): boolean {
  if (typesOf(schema).includes('string')) return true;
  if (Array.isArray(schema.enum)) return schema.enum.some((v) => typeof v === 'string');
  if ('const' in schema) return typeof schema.const === 'string';
  const alternatives = branches(schema);
  if (alternatives.length > 0) return alternatives.some(takesString);
  return typesOf(schema).length === 0 && !schema.properties && !schema.items && !schema.not;
}

function isObject(schema: JsonSchema): boolean {
  return typesOf(schema).includes('object') || schema.properties !== undefined;
}

function collectStringFields(schema: JsonSchema, part: Part, path: Segment[], out: StringField[]): void {
  const label = (p: Segment[], role: StringField['role'] = 'value') =>
    `${part}:${p.map((s) => (s === 0 ? '[]' : s === MAP_VALUE ? '*' : s)).join('.')}${role === 'key' ? ' (key)' : ''}`.replaceAll(
      '.[]',
      '[]',
    );
  if (path.length > 0 && takesString(schema)) out.push({ part, path, role: 'value', label: label(path) });
  for (const branch of branches(schema))
    if (!takesStringOnly(branch)) collectStringFields(branch, part, path, out);
  if (isObject(schema)) {
    for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>))
      collectStringFields(property, part, [...path, name], out);
    const extra = schema.additionalProperties;
    if (extra !== undefined && extra !== false) {
      const valueSchema = extra === true ? {} : (extra as JsonSchema);
      out.push({ part, path, role: 'key', label: label(path, 'key') });
      collectStringFields(valueSchema, part, [...path, MAP_VALUE], out);
    }
  }
  if (typesOf(schema).includes('array') && schema.items)
    collectStringFields(schema.items as JsonSchema, part, [...path, 0], out);
}

function takesStringOnly(schema: JsonSchema): boolean {
  return (
    takesString(schema) &&
    !isObject(schema) &&
    !typesOf(schema).includes('array') &&
    branches(schema).length === 0
  );
}

function dedupeFields(fields: StringField[]): StringField[] {
  const seen = new Set<string>();
  return fields.filter((f) => (seen.has(f.label) ? false : (seen.add(f.label), true)));
}

/** What a test knows a field should hold (an id it created, a fresh idempotency key); undefined: no idea. */
export type KnownValue = (op: Operation, part: Part, path: Segment[], schema: JsonSchema) => unknown;
/** Returned by a KnownValue to leave an optional field out of the example. */
export const OMIT = Symbol('omit');

/**
 * A request the operation's schema accepts: required fields, plus optional ones the known values name,
 * filled from the known values first and from the schema (enum, format, bounds) otherwise.
 */
export function exampleRequest(op: Operation, known: KnownValue): RequestParts {
  const parts: RequestParts = { path: {}, query: {}, header: {}, body: undefined };
  for (const p of op.parameters) {
    const value = exampleOf(op, p.schema, p.part, [p.name], known, p.required);
    if (value !== undefined) parts[p.part][p.name] = value;
  }
  if (op.body) parts.body = exampleOf(op, op.body, 'body', [], known, true) ?? {};
  return parts;
}

function exampleOf(
  op: Operation,
  schema: JsonSchema,
  part: Part,
  path: Segment[],
  known: KnownValue,
  required: boolean,
): unknown {
  const fromTest = known(op, part, path, schema);
  if (fromTest === OMIT) return undefined;
  if (fromTest !== undefined) return fromTest;
  if (!required) return undefined;
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if ('default' in schema) return schema.default;
  const alternatives = branches(schema).filter((b) => !typesOf(b).includes('null'));
  if (alternatives.length > 0) return exampleOf(op, alternatives[0]!, part, path, known, true);
  const type = typesOf(schema).find((t) => t !== 'null');
  if (type === 'object' || (!type && schema.properties)) {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    const requiredNames = new Set((schema.required ?? []) as string[]);
    const minimum = Number(schema.minProperties ?? 0);
    const out: Record<string, unknown> = {};
    for (const [name, property] of Object.entries(properties)) {
      const needed = requiredNames.has(name) || Object.keys(out).length < minimum;
      const value = exampleOf(op, property, part, [...path, name], known, needed);
      if (value !== undefined) out[name] = value;
    }
    return out;
  }
  if (type === 'array') {
    const count = Math.max(Number(schema.minItems ?? 0), 0);
    const item = schema.items as JsonSchema;
    return Array.from({ length: count }, () => exampleOf(op, item, part, [...path, 0], known, true));
  }
  if (type === 'integer' || type === 'number') {
    const min = Number(schema.minimum ?? Number(schema.exclusiveMinimum ?? 0) + 1);
    const max = Number(schema.maximum ?? Number.MAX_SAFE_INTEGER);
    return Math.min(Math.max(min, 1), max);
  }
  if (type === 'boolean') return false;
  if (type === 'string') return stringExample(schema);
  return 'example';
}

function stringExample(schema: JsonSchema): string {
  if (schema.format === 'date-time') return new Date().toISOString();
  if (schema.format === 'uri') return 'http://127.0.0.1/return';
  if (schema.format === 'email') return 'someone@example.com';
  const min = Number(schema.minLength ?? 1);
  return 'example'.padEnd(min, 'x');
}

/**
 * Writes value into the request at the field, creating what lies on the way from the schema's examples.
 * For a map key, the map gets the value as a property name (holding an example value).
 */
export function placeValue(
  op: Operation,
  parts: RequestParts,
  field: StringField,
  value: string,
  known: KnownValue,
): void {
  const [head, ...rest] = field.path;
  const rootSchema =
    field.part === 'body'
      ? op.body!
      : op.parameters.find((p) => p.part === field.part && p.name === head)!.schema;
  const container = field.part === 'body' ? parts : parts[field.part];
  const rootKey = field.part === 'body' ? 'body' : (head as string);
  const steps = field.part === 'body' ? field.path : rest;
  const at: Segment[] = field.part === 'body' ? [] : [head!];
  let holder = container as Record<string | number, unknown>;
  let key: string | number = rootKey;
  let schema = rootSchema;
  for (const step of steps) {
    schema = childSchema(schema, step);
    let node = holder[key];
    const wantArray = step === 0;
    if (wantArray && !Array.isArray(node)) node = [];
    if (!wantArray && (!node || typeof node !== 'object' || Array.isArray(node))) node = {};
    holder[key] = node;
    holder = node as Record<string | number, unknown>;
    at.push(step);
    key = step === MAP_VALUE ? MAP_KEY : step;
    if (holder[key] === undefined) holder[key] = exampleOf(op, schema, field.part, [...at], known, true);
  }
  if (field.role === 'value') {
    holder[key] = value;
    return;
  }
  const map = (holder[key] && typeof holder[key] === 'object' ? holder[key] : {}) as Record<string, unknown>;
  const valueSchema = childSchema(schema, MAP_VALUE);
  map[value] = exampleOf(op, valueSchema, field.part, [...at, MAP_VALUE], known, true) ?? 'value';
  holder[key] = map;
}

function childSchema(schema: JsonSchema, step: Segment): JsonSchema {
  const candidates = [schema, ...branches(schema)];
  for (const s of candidates) {
    if (step === 0 && s.items) return s.items as JsonSchema;
    if (step === MAP_VALUE && s.additionalProperties !== undefined)
      return s.additionalProperties === true ? {} : (s.additionalProperties as JsonSchema);
    const property = ((s.properties ?? {}) as Record<string, JsonSchema>)[step as string];
    if (step !== 0 && step !== MAP_VALUE && property) return property;
  }
  throw new Error(`no schema for step ${String(step)}`);
}

/**
 * The server's validation, run here: bodies strictly, parameters coerced from text (the app's
 * validatorCompiler). It tells whether a value can get past a route's schema, and checks the examples.
 */
export class RequestValidator {
  private readonly strict = makeAjv(false);
  private readonly coercing = makeAjv(true);
  private readonly compiled = new Map<string, Partial<Record<Part, ValidateFunction>>>();

  /** Undefined when valid, else the first error, as the server reports it. */
  check(op: Operation, parts: RequestParts): string | undefined {
    const validators = this.validatorsOf(op);
    const copy = structuredClone(parts);
    for (const part of ['path', 'body', 'query', 'header'] as const) {
      const validate = validators[part];
      if (!validate) continue;
      const data = part === 'body' ? copy.body : copy[part];
      if (!validate(data)) return `${part}: ${JSON.stringify(validate.errors?.[0])}`;
    }
    return undefined;
  }

  private validatorsOf(op: Operation) {
    const cached = this.compiled.get(op.key);
    if (cached) return cached;
    const validators: Partial<Record<Part, ValidateFunction>> = {};
    for (const part of ['path', 'query', 'header'] as const) {
      const list = op.parameters.filter((p) => p.part === part);
      if (list.length === 0) continue;
      validators[part] = this.coercing.compile({
        type: 'object',
        properties: Object.fromEntries(list.map((p) => [p.name, p.schema])),
        required: list.filter((p) => p.required).map((p) => p.name),
      });
    }
    if (op.body) validators.body = this.strict.compile(op.body);
    this.compiled.set(op.key, validators);
    return validators;
  }
}

function makeAjv(coerce: boolean) {
  const ajv = new Ajv.default({
    removeAdditional: false,
    useDefaults: true,
    coerceTypes: coerce ? 'array' : false,
    allErrors: false,
    strict: false,
  });
  addFormats.default(ajv);
  return ajv;
}

/** The inject() options for these parts: path params and query values URL-encoded, the body as JSON. */
export function toInject(op: Operation, parts: RequestParts, headers: Record<string, string>) {
  const url = op.url.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(String(parts.path[name])),
  );
  const query = Object.entries(parts.query)
    .flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((v) => [name, v] as const))
    .map(([name, v]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(v))}`)
    .join('&');
  const allHeaders: Record<string, string> = { ...headers };
  for (const [name, value] of Object.entries(parts.header)) allHeaders[name] = String(value);
  return {
    method: op.method as 'GET',
    url: query ? `${url}?${query}` : url,
    headers: allHeaders,
    ...(parts.body === undefined ? {} : { payload: parts.body as object }),
  };
}
