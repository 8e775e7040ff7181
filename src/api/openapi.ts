// The OpenAPI 3 document, built from the JSON schemas the routes validate with, so the spec and
// the validation can never disagree.
import type { FastifyInstance, RouteOptions } from 'fastify';

// Route schemas carry their OpenAPI summary and tags beside the validation schemas.
declare module 'fastify' {
  interface FastifySchema {
    summary?: string;
    tags?: string[];
  }
}

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema & { description?: string }>;
  required?: string[];
  [k: string]: unknown;
}

interface Operation {
  summary?: string;
  tags?: string[];
  parameters: Record<string, unknown>[];
  requestBody?: Record<string, unknown>;
  responses: Record<string, unknown>;
}

const ERROR_SCHEMA = {
  type: 'object',
  properties: {
    statusCode: { type: 'integer' }, error: { type: 'string' }, message: { type: 'string' },
    parameter: { type: 'string', description: 'the parameter or body field at fault' },
    allowed: { type: 'array', description: 'its valid values, when they are a finite list' },
  },
};

function parameters(schema: JsonSchema | undefined, where: 'query' | 'path'): Record<string, unknown>[] {
  if (!schema?.properties) return [];
  return Object.entries(schema.properties).map(([name, { description, ...s }]) => ({
    name, in: where, required: where === 'path' || (schema.required ?? []).includes(name),
    ...(description ? { description } : {}), schema: s,
  }));
}

/** Collects routes as they register; `document()` renders the spec once all are in. */
export class OpenApi {
  private paths: Record<string, Record<string, Operation>> = {};

  constructor(private info: { title: string; version: string; description: string }) {}

  attach(app: FastifyInstance): void {
    app.addHook('onRoute', (route: RouteOptions) => this.add(route));
  }

  private add(route: RouteOptions): void {
    if (!route.url.startsWith('/api/')) return;
    const schema = (route.schema ?? {}) as Record<string, unknown>;
    const url = route.url.replace(/:(\w+)/g, '{$1}');
    const methods = (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'HEAD');
    for (const method of methods) {
      const op: Operation = {
        summary: schema.summary as string | undefined,
        tags: schema.tags as string[] | undefined,
        parameters: [...parameters(schema.params as JsonSchema, 'path'), ...parameters(schema.querystring as JsonSchema, 'query')],
        responses: {
          200: { description: 'OK' },
          400: { description: 'a parameter is invalid; the message names it', content: { 'application/json': { schema: ERROR_SCHEMA } } },
        },
      };
      if (url.includes('{')) op.responses[404] = { description: 'no such record', content: { 'application/json': { schema: ERROR_SCHEMA } } };
      if (schema.body) op.requestBody = { required: true, content: { 'application/json': { schema: schema.body } } };
      (this.paths[url] ??= {})[method.toLowerCase()] = op;
    }
  }

  document(): Record<string, unknown> {
    return { openapi: '3.0.3', info: this.info, paths: this.paths };
  }
}
