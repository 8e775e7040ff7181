// `sitrep export --format F`: stored events in a format other tools read, to stdout or --out FILE.
import fs from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { EVENT_TYPES } from '../events/taxonomy.ts';
import { EXPORT_FORMATS, exportFormat, exportStream } from '../export/index.ts';
import type { ExportQuery } from '../export/select.ts';
import { withDbOption, withStore } from './options.ts';

function isoDate(flag: string, v: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) throw new Error(`${flag} "${v}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return v;
}

/** The event filters `sitrep export` and `sitrep brief` share with `sitrep events`. */
export function withEventFilters(cmd: Command): Command {
  return cmd
    .option('--type <types>', 'event types, comma-separated (e.g. attack,military_exercise)')
    .option('--actor <actor>', 'an actor name or KB id (e.g. "Taliban" or grp:taliban)')
    .option('--country <cc>', 'ISO alpha-2 country of the event location')
    .option('--since <date>', 'events on or after this date')
    .option('--until <date>', 'events on or before this date')
    .option('--story <id>', 'events of one story')
    .option('--text <query>', 'full-text search over evidence, actors and places')
    .option('--mentions', 'per-article event mentions instead of canonical events')
    .option('--no-background', 'leave out events recalled as background');
}

export function queryFromOptions(opts: Record<string, unknown>): ExportQuery {
  const types = opts.type ? String(opts.type).split(',').map((t) => t.trim()) : undefined;
  const bad = types?.filter((t) => !(EVENT_TYPES as readonly string[]).includes(t));
  if (bad?.length) throw new Error(`unknown type ${bad.join(', ')}; valid types are ${EVENT_TYPES.join(', ')}`);
  return {
    types,
    actor: opts.actor as string | undefined,
    country: opts.country ? String(opts.country).toUpperCase() : undefined,
    since: opts.since ? isoDate('--since', String(opts.since)) : undefined,
    until: opts.until ? isoDate('--until', String(opts.until)) : undefined,
    storyId: opts.story as string | undefined,
    text: opts.text as string | undefined,
    mentions: opts.mentions === true,
    excludeBackground: opts.background === false,
  };
}

/** Writes chunks to a file or stdout, waiting when the stream is full so memory stays flat. */
export async function writeChunks(chunks: AsyncIterable<string>, out: string | undefined): Promise<void> {
  const stream = out ? fs.createWriteStream(out, { encoding: 'utf8' }) : process.stdout;
  for await (const chunk of chunks) {
    if (chunk && !stream.write(chunk)) await once(stream, 'drain');
  }
  if (out) {
    stream.end();
    await once(stream, 'finish');
  }
}

export function registerExport(program: Command): void {
  withEventFilters(withDbOption(program.command('export').description('export stored events as ACLED/UCDP-style CSV, GeoJSON, JSONL or PLOVER-style JSON')))
    .requiredOption('--format <format>', `one of ${EXPORT_FORMATS.map((f) => f.name).join(', ')}`)
    .option('--out <file>', 'write to this file instead of stdout')
    .option('--limit <n>', 'at most this many events', (v) => parseInt(v, 10))
    .action(async (opts) => {
      const format = exportFormat(String(opts.format)).name;
      const query = { ...queryFromOptions(opts), limit: opts.limit };
      await withStore(opts, (store) => writeChunks(exportStream(store, format, query), opts.out));
    });
}
