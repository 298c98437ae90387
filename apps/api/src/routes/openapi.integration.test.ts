import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../test-support/test-app.ts';
import type { TTestApp } from '../test-support/test-app.ts';
import { routeDocs } from './index.ts';

type TJson = Record<string, unknown>;

let t: TTestApp;
let document: TJson;

beforeAll(async () => {
  t = await createTestApp();
  document = (await request(t.app).get('/api/openapi.json').expect(200)).body as TJson;
});
afterAll(async () => {
  await t.close();
});

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const JSON_SCHEMA_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'];
/** The document and its page describe the API; they are served beside it, not part of it. */
const SELF_DESCRIBING = ['GET /api/openapi.json', 'GET /api/docs'];

interface TListedRoute {
  path: string | RegExp;
  methods?: string[];
  router?: TRoutable;
}
interface TRoutable {
  listRoutes: () => TListedRoute[];
}

/** Every method + path the app serves under /api, found by walking Express's router tree. */
function servedRoutes(routable: TRoutable, prefix = ''): string[] {
  const found: string[] = [];
  for (const route of routable.listRoutes()) {
    if (typeof route.path !== 'string') {
      found.push(`REGEXP ${prefix}${String(route.path)}`);
      continue;
    }
    const path = `${prefix}${route.path === '/' ? '' : route.path}`;
    if (route.router) {
      found.push(...servedRoutes(route.router, path));
      continue;
    }
    for (const method of route.methods ?? []) {
      // Express answers HEAD for every GET by itself.
      if (method === 'HEAD' && route.methods?.includes('GET')) continue;
      found.push(`${method} ${path || '/'}`);
    }
  }
  return found;
}

/** The documented operations as "METHOD /api/path/:param", the Express spelling. */
function documentedRoutes(): string[] {
  const paths = document.paths as Record<string, Record<string, unknown>>;
  return Object.entries(paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((key) => HTTP_METHODS.includes(key))
      .map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
  );
}

/** Walks every JSON Schema in the document and returns what is wrong with it. */
function schemaProblems(schema: unknown, where: string): string[] {
  if (schema === true || schema === false) return [];
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema))
    return [`${where}: not a schema`];
  const s = schema as TJson;
  const problems: string[] = [];
  if ('$ref' in s) problems.push(`${where}: $ref (the document must be self-contained)`);
  if ('$schema' in s) problems.push(`${where}: $schema inside an OpenAPI document`);
  const types = s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
  for (const type of types)
    if (!JSON_SCHEMA_TYPES.includes(String(type)))
      problems.push(`${where}: unknown type ${String(type)}`);
  if (s.required !== undefined) {
    const props = Object.keys((s.properties ?? {}) as TJson);
    for (const name of s.required as string[]) {
      if (!props.includes(name)) problems.push(`${where}: required "${name}" is not a property`);
    }
  }
  for (const [key, value] of Object.entries((s.properties ?? {}) as TJson))
    problems.push(...schemaProblems(value, `${where}.properties.${key}`));
  for (const key of ['items', 'additionalProperties', 'not', 'propertyNames']) {
    if (s[key] !== undefined && typeof s[key] === 'object')
      problems.push(...schemaProblems(s[key], `${where}.${key}`));
  }
  for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems']) {
    if (s[key] !== undefined) {
      if (!Array.isArray(s[key])) problems.push(`${where}.${key}: not a list`);
      else
        (s[key] as unknown[]).forEach((sub, i) =>
          problems.push(...schemaProblems(sub, `${where}.${key}.${i}`)),
        );
    }
  }
  return problems;
}

/** Structural rules of OpenAPI 3.1 that a generated document can get wrong. */
function documentProblems(doc: TJson): string[] {
  const problems: string[] = [];
  if (doc.openapi !== '3.1.0') problems.push('openapi is not "3.1.0"');
  const info = doc.info as TJson | undefined;
  if (typeof info?.title !== 'string' || typeof info?.version !== 'string')
    problems.push('info.title/version missing');
  const schemes = ((doc.components as TJson | undefined)?.securitySchemes ?? {}) as TJson;
  const operationIds = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths as Record<string, TJson>)) {
    if (!path.startsWith('/api/')) problems.push(`${path}: does not start with /api/`);
    const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    for (const [method, value] of Object.entries(item)) {
      const where = `${method.toUpperCase()} ${path}`;
      if (!HTTP_METHODS.includes(method)) {
        problems.push(`${where}: not an HTTP method`);
        continue;
      }
      const op = value as TJson;
      if (typeof op.summary !== 'string' || op.summary === '')
        problems.push(`${where}: no summary`);
      if (typeof op.operationId !== 'string') problems.push(`${where}: no operationId`);
      else if (operationIds.has(op.operationId))
        problems.push(`${where}: duplicate operationId ${op.operationId}`);
      else operationIds.add(op.operationId);
      const parameters = (op.parameters ?? []) as TJson[];
      const inPath = parameters.filter((p) => p.in === 'path').map((p) => p.name);
      for (const name of templated)
        if (!inPath.includes(name))
          problems.push(`${where}: path parameter {${name}} not declared`);
      for (const p of parameters) {
        if (!['path', 'query', 'header', 'cookie'].includes(String(p.in)))
          problems.push(`${where}: parameter ${String(p.name)} in ${String(p.in)}`);
        if (p.in === 'path' && (!templated.includes(String(p.name)) || p.required !== true)) {
          problems.push(
            `${where}: path parameter ${String(p.name)} must be in the path and required`,
          );
        }
        problems.push(...schemaProblems(p.schema, `${where} parameter ${String(p.name)}`));
      }
      const body = op.requestBody as TJson | undefined;
      if (body) {
        const json = ((body.content as TJson | undefined)?.['application/json'] ?? {}) as TJson;
        problems.push(...schemaProblems(json.schema, `${where} requestBody`));
      }
      const responses = (op.responses ?? {}) as Record<string, TJson>;
      if (!Object.keys(responses).some((status) => /^2\d\d$/.test(status)))
        problems.push(`${where}: no success response`);
      for (const [status, response] of Object.entries(responses)) {
        if (!/^[1-5]\d\d$/.test(status)) problems.push(`${where}: response key ${status}`);
        if (typeof response.description !== 'string')
          problems.push(`${where} ${status}: no description`);
        for (const [type, media] of Object.entries(
          (response.content ?? {}) as Record<string, TJson>,
        )) {
          problems.push(...schemaProblems(media.schema, `${where} ${status} ${type}`));
        }
      }
      for (const requirement of (op.security ?? []) as TJson[]) {
        for (const name of Object.keys(requirement))
          if (!(name in schemes)) problems.push(`${where}: unknown security scheme ${name}`);
      }
    }
  }
  return problems;
}

describe('GET /api/openapi.json', () => {
  it('is a structurally valid, self-contained OpenAPI 3.1 document', () => {
    expect(documentProblems(document)).toEqual([]);
    expect(JSON.stringify(document)).not.toContain('"$ref"');
  });

  it('documents the shared error shape and the roles of each route', () => {
    const paths = document.paths as Record<string, Record<string, TJson>>;
    const patch = paths['/api/interventions/{id}']!.patch!;
    expect(patch.description).toBe('Roller: OFFICE');
    const responses = patch.responses as Record<string, TJson>;
    expect(Object.keys(responses)).toEqual(
      expect.arrayContaining(['200', '400', '401', '403', '404', '409']),
    );
    const body = (patch.requestBody as TJson).content as Record<string, { schema: TJson }>;
    expect((body['application/json']!.schema.required as string[]) ?? []).toContain('version');
  });

  it('lists every route the app serves under /api, and serves every route it lists', () => {
    const served = servedRoutes((t.app as unknown as { router: TRoutable }).router)
      .filter((route) => route.includes(' /api'))
      .filter((route) => !SELF_DESCRIBING.includes(route));
    const documented = documentedRoutes();
    expect(served.length).toBeGreaterThan(20);
    expect(served.filter((route) => !documented.includes(route))).toEqual([]);
    expect(documented.filter((route) => !served.includes(route))).toEqual([]);
    expect(new Set(documented).size).toBe(routeDocs.length);
  });

  it('is readable at /api/docs', async () => {
    const response = await request(t.app).get('/api/docs').expect(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.text).toContain('/api/interventions/{id}/budgets/{year}');
  });
});
