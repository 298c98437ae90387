import { z } from 'zod/mini';
import { ZApiError } from '@finsam/domain';
import type { TRouteDoc } from './route-doc.ts';

type TJson = Record<string, unknown>;

const ERROR_RESPONSES: Record<string, string> = {
  '400': 'Ogiltiga uppgifter: ett meddelande per fält',
  '401': 'Inte inloggad',
  '403': 'Saknar behörighet',
  '404': 'Finns inte (eller tillhör ett annat förbund)',
  '409': 'Någon annan har ändrat uppgifterna (inaktuell version) eller fel tillstånd',
  '415': 'Innehållet är inte JSON i UTF-8',
  '429': 'För många försök',
  '503': 'Databasen svarar inte just nu; inget ändrades, försök igen',
};

function jsonSchema(schema: z.ZodMiniType, io: 'input' | 'output'): TJson {
  const result = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as TJson;
  delete result.$schema;
  return result;
}

/** Query or path parameters from an object schema, one OpenAPI parameter per property. */
function parameters(schema: z.ZodMiniType | undefined, location: 'query' | 'path'): TJson[] {
  if (!schema) return [];
  const json = jsonSchema(schema, 'input');
  const properties = (json.properties ?? {}) as Record<string, TJson>;
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || required.has(name),
    schema: property,
  }));
}

/** An OpenAPI 3.1 document generated from the routes' own zod schemas. */
export function buildOpenApiDocument(routes: TRouteDoc[]): TJson {
  const paths: Record<string, Record<string, TJson>> = {};
  for (const route of routes) {
    const responses: Record<string, TJson> = {};
    for (const [status, response] of Object.entries(route.responses)) {
      responses[status] = {
        description: response.description,
        ...(response.schema
          ? { content: { 'application/json': { schema: jsonSchema(response.schema, 'output') } } }
          : {}),
      };
    }
    const errorSchema = jsonSchema(ZApiError, 'output');
    for (const [status, description] of Object.entries(ERROR_RESPONSES)) {
      if (status === '401' && !route.roles) continue;
      if (status === '415' && !route.request?.body) continue;
      if (responses[status]) continue;
      responses[status] = { description, content: { 'application/json': { schema: errorSchema } } };
    }
    const operation: TJson = {
      summary: route.summary,
      tags: [route.tag],
      operationId: `${route.method}${route.path.replace(/[{}]/g, '').replace(/[^a-zA-Z0-9]+(\w)/g, (_m, c: string) => c.toUpperCase())}`,
      ...(route.roles
        ? { description: `Roller: ${route.roles.join(', ')}`, security: [{ session: [] }] }
        : {}),
      parameters: [
        ...parameters(route.request?.params, 'path'),
        ...parameters(route.request?.query, 'query'),
      ],
      ...(route.request?.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(route.request.body, 'input') } },
            },
          }
        : {}),
      responses,
    };
    (paths[`/api${route.path}`] ??= {})[route.method] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Finsam Uppföljning API',
      version: '1.0.0',
      description:
        'Uppföljning av insatser finansierade av ett samordningsförbund. Belopp i hela kronor. ' +
        'Inloggning ger en sessionscookie; varje ändrande anrop kräver huvudet X-CSRF-Token.',
    },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'finsam_session' } },
    },
    paths,
  };
}
