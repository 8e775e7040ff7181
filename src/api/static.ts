// The web UI's files, served from src/web, and the few third-party browser modules it uses,
// served from node_modules: nothing is fetched from a CDN or a tile server.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';

const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web');
const NODE_MODULES = path.resolve(WEB_DIR, '../../node_modules');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
};

/**
 * Browser modules by public name → package file. d3-geo's ES module imports the bare name
 * "d3-array", which browsers cannot resolve without an import map; it is rewritten to our path.
 */
const VENDOR: Record<string, { file: string; rewrite?: [string | RegExp, string] }> = {
  'd3-geo.mjs': { file: 'd3-geo/dist/d3-geo.mjs', rewrite: [/from ['"]d3-array['"]/g, "from '/vendor/d3-array.mjs'"] },
  'd3-array.mjs': { file: 'd3-array/dist/d3-array.mjs' },
  'topojson-client.js': { file: 'topojson-client/dist/topojson-client.min.js' },
  'countries-110m.json': { file: 'world-atlas/countries-110m.json' },
  'countries-50m.json': { file: 'world-atlas/countries-50m.json' },
};

/** Keeps article pages from ever loading anything but our own files, even if some text slipped into markup. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const resolveVendor = (file: string) => path.join(NODE_MODULES, file);

export function staticRoutes(app: FastifyInstance): void {
  const vendorCache = new Map<string, Buffer>();

  app.addHook('onSend', async (req, reply) => {
    reply.header('content-security-policy', CSP);
    reply.header('x-content-type-options', 'nosniff');
  });

  const sendWeb = async (rel: string, reply: import('fastify').FastifyReply) => {
    const full = path.resolve(WEB_DIR, rel);
    if (!full.startsWith(WEB_DIR + path.sep) || !TYPES[path.extname(full)] || !fs.existsSync(full)) {
      return reply.code(404).type('text/plain').send(`not found: ${rel}`);
    }
    reply.header('cache-control', 'no-cache');
    return reply.type(TYPES[path.extname(full)]).send(await fs.promises.readFile(full));
  };

  app.get('/', async (_req, reply) => sendWeb('index.html', reply));
  app.get<{ Params: { '*': string } }>('/web/*', async (req, reply) => sendWeb(req.params['*'], reply));
  app.get<{ Params: { name: string } }>('/vendor/:name', async (req, reply) => {
    const entry = VENDOR[req.params.name];
    if (!entry) return reply.code(404).type('text/plain').send(`not found: ${req.params.name}`);
    let body = vendorCache.get(req.params.name);
    if (!body) {
      let text = await fs.promises.readFile(resolveVendor(entry.file), 'utf8');
      if (entry.rewrite) text = text.replace(entry.rewrite[0], entry.rewrite[1]);
      body = Buffer.from(text);
      vendorCache.set(req.params.name, body);
    }
    reply.header('cache-control', 'public, max-age=86400');
    return reply.type(TYPES[path.extname(req.params.name)]).send(body);
  });
}
