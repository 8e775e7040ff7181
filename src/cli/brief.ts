// `sitrep brief`: a Markdown situation report, every sentence quoted from a source and cited to its span.
import fs from 'node:fs';
import type { Command } from 'commander';
import { writeBrief } from '../brief/brief.ts';
import { withDbOption, withStore } from './options.ts';

function isoDate(flag: string, v: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) throw new Error(`brief: ${flag} "${v}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return v;
}

export function registerBrief(program: Command): void {
  withDbOption(program.command('brief').description('write a Markdown situation report quoted and cited from the stored articles'))
    .option('--country <cc>', 'ISO alpha-2 country of the events (e.g. TJ)')
    .option('--since <date>', 'events on or after this date')
    .option('--until <date>', 'events on or before this date')
    .option('--story <id>', 'the events of one story')
    .option('--mentions', 'per-article event mentions instead of canonical events')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (opts) => {
      await withStore(opts, async (store) => {
        const { markdown } = await writeBrief(store, {
          country: opts.country, storyId: opts.story, mentions: opts.mentions === true,
          since: opts.since && isoDate('--since', opts.since), until: opts.until && isoDate('--until', opts.until),
        });
        if (opts.out) fs.writeFileSync(opts.out, markdown, 'utf8');
        else process.stdout.write(markdown);
      });
    });
}
