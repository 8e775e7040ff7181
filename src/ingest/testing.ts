// Test helpers for ingest: a local HTTP server on 127.0.0.1 (no test touches the internet) and
// options with small limits.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IngestItem, IngestOptions } from './item.ts';

export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface TestServer {
  base: string;
  /** Paths requested so far, in order. */
  hits: string[];
  close(): Promise<void>;
}

/** Serves `routes` by exact path on an ephemeral port; unknown paths answer 404. */
export async function serve(routes: Record<string, Route>): Promise<TestServer> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    const p = new URL(req.url ?? '/', 'http://x').pathname;
    hits.push(p);
    const route = routes[p];
    if (route) route(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A route answering with fixed bytes and headers. */
export function page(body: string | Buffer, headers: Record<string, string> = {}, status = 200): Route {
  return (_req, res) => res.writeHead(status, headers).end(body);
}

export function options(overrides: Partial<IngestOptions> = {}): IngestOptions {
  return { fetchTimeoutMs: 5000, fetchMaxBytes: 1024 * 1024, fetchMaxRedirects: 5, maxInputBytes: 1024 * 1024, ...overrides };
}

export async function collect(items: AsyncIterable<IngestItem>): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}
