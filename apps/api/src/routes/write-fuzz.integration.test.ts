import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '@finsam/domain';
import { interventionId } from '../test-support/other-federation.ts';
import { signIn } from '../test-support/test-app.ts';
import type { TSignedInClient, TTestApp } from '../test-support/test-app.ts';
import { createTestApp } from '../test-support/test-app.ts';
import { buildOpenApiDocument } from '../openapi/build-openapi.ts';
import { routeDocs } from './index.ts';

/*
 * Fuzz of every write route in the OpenAPI document (issue 11), as the office (the admin for the
 * admin-only /users routes), on the real database. Each route gets a body built from its own
 * request schema, then one broken thing at a time: NUL, a lone surrogate, numbers no column
 * holds, wrong types, unknown fields, a body that is no JSON object, wrong content types, broken
 * path and query parameters. Every answer must be a 4xx in Swedish that names its field; and
 * every GET route reads back exactly what it read before. Deterministic and bounded: no random
 * inputs, at most MAX_PER_ROUTE requests per route.
 */

type TJson = Record<string, unknown>;
type TSchema = TJson & {
  type?: string | string[];
  properties?: Record<string, TSchema>;
  required?: string[];
  items?: TSchema;
  anyOf?: TSchema[];
  oneOf?: TSchema[];
  allOf?: TSchema[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  minLength?: number;
  minItems?: number;
  pattern?: string;
  format?: string;
};

const MAX_PER_ROUTE = 80;
const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);
/** zod's English defaults and other English a user must never see. */
const ENGLISH =
  /\b(invalid|expected|received|required|too (big|small)|unrecognized|must|should|characters|input|string|number|object|array|unexpected|error)\b/i;

let t: TTestApp;
let office: TSignedInClient;
let admin: TSignedInClient;
let pathValues: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  office = await signIn(t.app, 'kansli@demo.se');
  admin = await signIn(t.app, 'admin@demo.se');
  const id = await interventionId(t.db, 'en-vag-in-steget-vidare');
  const prisma = t.db.prisma;
  const pick = async <T>(row: Promise<T | null>) => {
    const value = await row;
    if (!value) throw new Error('seed lacks a row the fuzz needs');
    return value;
  };
  const outcome = await pick(prisma.outcome.findFirst({ where: { interventionId: id } }));
  const report = await pick(prisma.quarterlyReport.findFirst({ where: { interventionId: id } }));
  const user = await pick(prisma.user.findFirst({ where: { email: 'knivsta@demo.se' } }));
  // The seed has no deviation: one through the API, so its reads are real too.
  const deviation = await request(t.app)
    .post(`/api/interventions/${id}/deviations`)
    .set('Cookie', office.cookie)
    .set(CSRF_HEADER, office.csrfToken)
    .send({ kind: 'GOAL_CHANGED', description: 'Nytt delmål om studier.' })
    .expect(201);
  const plan = await pick(prisma.economicPlan.findFirst({ select: { id: true } }));
  pathValues = {
    '/interventions/{id}': id,
    '/outcomes/{id}': outcome.id,
    '/reports/{id}': report.id,
    '/users/{id}': user.id,
    '/deviations/{id}': deviation.body.id as string,
    '/by-id/{id}': plan.id,
    '/municipalities/{id}': 'knivsta',
    '{year}': '2024',
    '{period}': '2024H1',
  };
});
afterAll(async () => {
  await t.close();
});

/** A path with real ids filled in (the resource is named by the segment before `{id}`). */
function fillPath(path: string, override?: string): string {
  return path.replace(/\/([\w-]+)\/\{(\w+)\}/g, (match, resource: string, name: string) => {
    if (override !== undefined && name === 'id') return `/${resource}/${override}`;
    const key = name === 'id' ? `/${resource}/{id}` : `{${name}}`;
    return `/${resource}/${pathValues[key] ?? 'x'}`;
  });
}

function nonNullOptions(schema: TSchema): TSchema[] {
  return (schema.anyOf ?? schema.oneOf ?? []).filter((o) => o.type !== 'null');
}

function typeOf(schema: TSchema): string | undefined {
  if (schema.const !== undefined || schema.enum) return 'enum';
  const options = nonNullOptions(schema);
  if (options.length > 0) return typeOf(options[0]!);
  if (schema.allOf?.[0]) return typeOf(schema.allOf[0]);
  return Array.isArray(schema.type) ? schema.type.find((x) => x !== 'null') : schema.type;
}

function nullable(schema: TSchema): boolean {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return (
    types.includes('null') || (schema.anyOf ?? schema.oneOf ?? []).some((o) => o.type === 'null')
  );
}

/** A plausible value for a schema: its required fields only, the first of every choice. */
function sample(schema: TSchema | undefined): unknown {
  if (!schema) return null;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const options = nonNullOptions(schema);
  if (options.length > 0) return sample(options[0]);
  if (schema.allOf?.[0]) return sample(schema.allOf[0]);
  switch (typeOf(schema)) {
    case 'object':
      return Object.fromEntries(
        (schema.required ?? []).map((key) => [key, sample(schema.properties?.[key])]),
      );
    case 'array':
      return (schema.minItems ?? 0) > 0 ? [sample(schema.items)] : [];
    case 'string':
      if (schema.format === 'date' || schema.pattern?.includes('\\d{4}-')) return '2024-06-30';
      if (schema.format === 'email') return 'fuzz@demo.se';
      return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, 1);
    case 'boolean':
      return true;
    default:
      return null;
  }
}

/** Values certainly wrong for a field of this schema (none of them may be accepted). */
function wrongValues(schema: TSchema): unknown[] {
  const common: unknown[] = [{ okänt: 1 }, ...(nullable(schema) ? [] : [null])];
  switch (typeOf(schema)) {
    case 'string':
      return ['a\u0000b', 'a\ud800b', '\udc00', 12345, true, [], ...common];
    case 'integer':
      return [2 ** 31, -(2 ** 31) - 1, 1e308, 1.5, 'tolv', [], ...common];
    case 'number':
      return [2 ** 31, 1e308, -1e308, 'tolv', [], ...common];
    case 'boolean':
      return ['ja', 1, [], ...common];
    case 'enum':
      return ['FINNS_INTE\u0000', 5, [], ...common];
    case 'array':
      return ['lista', 5, ['a\u0000'], [2 ** 31], ...common];
    case 'object':
      return ['x', 5, [], { 'okänt\u0000': 1 }, ...(nullable(schema) ? [] : [null])];
    default:
      return ['a\u0000b', 2 ** 31];
  }
}

/** Every field path of a schema's object properties (nested objects too, one level of lists). */
function fieldPaths(schema: TSchema, prefix: string[] = [], depth = 0): [string[], TSchema][] {
  const target = nonNullOptions(schema)[0] ?? schema.allOf?.[0] ?? schema;
  if (depth > 3 || typeOf(target) !== 'object' || !target.properties) return [];
  return Object.entries(target.properties).flatMap(([key, child]) => {
    const path = [...prefix, key];
    const itemSchema = typeOf(child) === 'array' ? child.items : undefined;
    return [
      [path, child] as [string[], TSchema],
      ...fieldPaths(child, path, depth + 1),
      ...(itemSchema ? fieldPaths(itemSchema, [...path, '0'], depth + 1) : []),
    ];
  });
}

function setPath(base: unknown, path: string[], value: unknown): unknown {
  const copy = structuredClone(base) as TJson;
  let node: TJson = copy;
  for (const [i, key] of path.entries()) {
    if (i === path.length - 1) {
      node[key] = value;
      break;
    }
    const next = node[key];
    if (next === null || typeof next !== 'object') node[key] = /^\d+$/.test(path[i + 1]!) ? [] : {};
    node = node[key] as TJson;
  }
  return copy;
}

interface TCase {
  label: string;
  path: string;
  body?: unknown;
  raw?: { type: string; text: string };
}

function casesFor(path: string, operation: TJson): TCase[] {
  const schema = (operation.requestBody as TJson | undefined)?.content as
    Record<string, { schema: TSchema }> | undefined;
  const bodySchema = schema?.['application/json']?.schema;
  const url = fillPath(path);
  const cases: TCase[] = [];
  const base = bodySchema ? sample(bodySchema) : undefined;
  if (bodySchema) {
    for (const [fieldPath, fieldSchema] of fieldPaths(bodySchema)) {
      for (const value of wrongValues(fieldSchema)) {
        cases.push({
          label: `body.${fieldPath.join('.')} = ${JSON.stringify(value)}`,
          path: url,
          body: setPath(base, fieldPath, value),
        });
      }
    }
    cases.push(
      { label: 'unknown field', path: url, body: { ...(base as TJson), okäntFält: 1 } },
      { label: 'body is a list', path: url, body: [base] },
      { label: 'body is a number', path: url, raw: { type: 'application/json', text: '5' } },
      { label: 'invalid JSON', path: url, raw: { type: 'application/json', text: '{"a":' } },
      { label: 'text/plain', path: url, raw: { type: 'text/plain', text: JSON.stringify(base) } },
      {
        label: 'form post',
        path: url,
        raw: { type: 'application/x-www-form-urlencoded', text: 'a=1' },
      },
      {
        label: 'charset=latin1',
        path: url,
        raw: { type: 'application/json; charset=latin1', text: JSON.stringify(base) },
      },
    );
  }
  const parameters = (operation.parameters as { name: string; in: string }[] | undefined) ?? [];
  for (const parameter of parameters.filter((p) => p.in === 'query')) {
    for (const value of ['a%00b', String(2 ** 31), '%ED%A0%80']) {
      cases.push({
        label: `query.${parameter.name} = ${value}`,
        path: `${url}?${parameter.name}=${value}`,
        body: base,
      });
    }
  }
  if (path.includes('{id}')) {
    for (const value of ['a%00b', 'x'.repeat(200), '%E0']) {
      cases.push({ label: `path id = ${value}`, path: fillPath(path, value), body: base });
    }
  }
  for (const name of ['year', 'period'].filter((n) => path.includes(`{${n}}`))) {
    for (const value of ['99999999999', '2024%00', '2024.5']) {
      cases.push({
        label: `path ${name} = ${value}`,
        path: url.replace(`/${pathValues[`{${name}}`]}`, `/${value}`),
        body: base,
      });
    }
  }
  return cases.slice(0, MAX_PER_ROUTE);
}

function send(client: TSignedInClient, method: string, c: TCase): request.Test {
  const agent = request(t.app);
  const test = agent[method as 'post'](`/api${c.path}`)
    .set('Cookie', client.cookie)
    .set(CSRF_HEADER, client.csrfToken);
  if (c.raw) return test.set('Content-Type', c.raw.type).send(c.raw.text);
  return c.body === undefined ? test : test.send(c.body as object);
}

async function readEverything(): Promise<Map<string, unknown>> {
  const reads = new Map<string, unknown>();
  for (const [path, operations] of documentPaths) {
    if (!operations.get || path.startsWith('/health')) continue;
    const client = path.startsWith('/users') ? admin : office;
    // The reads whose query is required.
    const query =
      path === '/reporting-rate'
        ? '?year=2024'
        : path === '/review/quality-summary'
          ? '?period=2024H1'
          : '';
    const response = await client.get(`/api${fillPath(path)}${query}`);
    // The live PM says when its figures were read: the one field that differs between two reads.
    const body = response.body as { document?: { generatedAt?: string } };
    if (body?.document?.generatedAt) body.document.generatedAt = 'read';
    reads.set(path, { status: response.status, body });
  }
  return reads;
}

const document = buildOpenApiDocument(routeDocs);
/** The document's paths without their /api prefix, as the routers spell them. */
const documentPaths = Object.entries(document.paths as Record<string, TJson>).map(
  ([path, operations]) => [path.replace(/^\/api/, ''), operations] as const,
);
const writeRoutes = documentPaths.flatMap(([path, operations]) =>
  Object.entries(operations)
    .filter(([method]) => WRITE_METHODS.has(method) && path !== '/auth/logout')
    // A write that takes no input at all (POST /notifications/read-all) has nothing to break.
    .filter(([, operation]) => {
      const o = operation as TJson;
      return (
        o.requestBody !== undefined || ((o.parameters as unknown[] | undefined) ?? []).length > 0
      );
    })
    .map(([method, operation]) => ({ method, path, operation: operation as TJson })),
);

describe('fuzz of every write route from the OpenAPI document', () => {
  let before: Map<string, unknown>;
  let sent = 0;
  beforeAll(async () => {
    // The served document is this one.
    expect((await request(t.app).get('/api/openapi.json').expect(200)).body).toEqual(document);
    before = await readEverything();
    // The reads are real: every GET route answers 200 with the ids filled in, but for the two PM
    // reads of a publication (none is published before the writes: 404 and 400).
    const ok = [...before.values()].filter((r) => (r as { status: number }).status === 200);
    expect(ok.length).toBeGreaterThanOrEqual(before.size - 2);
  });

  it('covers every write route', () => {
    expect(writeRoutes.length).toBeGreaterThanOrEqual(20);
  });

  it.each(writeRoutes)(
    '$method $path: every broken request is a Swedish 4xx naming its field',
    async ({ method, path, operation }) => {
      const client = path.startsWith('/users') ? admin : office;
      const problems: string[] = [];
      const cases = casesFor(path, operation);
      for (const c of cases) {
        const response = await send(client, method, c);
        sent++;
        const where = `${method.toUpperCase()} ${path} [${c.label}] → ${response.status}`;
        const error = (response.body as { error?: TJson }).error;
        const fields = (error?.fields as { path: string; message: string }[] | undefined) ?? [];
        const messages = [String(error?.message ?? ''), ...fields.map((f) => f.message)];
        if (response.status < 400 || response.status >= 500) problems.push(where);
        else if (!error || messages.some((m) => m.length === 0 || ENGLISH.test(m)))
          problems.push(`${where}: ${JSON.stringify(error)}`);
        else if (response.status === 400 && (fields.length === 0 || fields.some((f) => !f.path)))
          problems.push(`${where}: 400 without a named field: ${JSON.stringify(error)}`);
      }
      expect(problems).toEqual([]);
      expect(cases.length).toBeGreaterThanOrEqual(3);
    },
  );

  it('reads back exactly what it read before', async () => {
    expect(sent).toBeGreaterThan(writeRoutes.length * 3);
    const after = await readEverything();
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [path, read] of before) expect(after.get(path), path).toEqual(read);
  });
});
