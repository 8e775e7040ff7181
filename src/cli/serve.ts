// `sitrep serve`: the JSON API and the web UI from one process, on localhost by default.
import type { Command } from 'commander';
import { buildServer } from '../api/server.ts';
import { configFrom, withDbOption } from './options.ts';
import { openStore } from '../store.ts';

export function registerServe(program: Command): void {
  withDbOption(program.command('serve').description('serve the JSON API (/api/, /openapi.json) and the web UI (/)'))
    .option('--port <n>', 'TCP port', (v) => parseInt(v, 10), 8080)
    .option('--host <addr>', 'address to listen on (0.0.0.0 to serve the network)', '127.0.0.1')
    .option('--quiet', 'no request log')
    .action(async (opts: { db?: string; store?: string; port: number; host: string; quiet?: boolean }) => {
      if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new Error(`serve: --port must be 0-65535, got "${opts.port}"`);
      const config = configFrom(opts);
      const store = await openStore(config);
      const app = await buildServer(store, { config, logger: !opts.quiet });
      const close = async () => {
        await app.close();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', close);
      process.once('SIGTERM', close);
      const address = await app.listen({ port: opts.port, host: opts.host });
      console.error(`sitrep: serving ${config.db} at ${address} (UI at /, API at /api/, spec at /openapi.json)`);
    });
}
