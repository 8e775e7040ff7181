// `sitrep clean FILE...|-`: cleans pages without a store, one JSON object a line, for piping.
import type { Command } from 'commander';
import { readSources } from '../ingest/sources.ts';
import { cleanDocument } from '../clean/stage.ts';
import { loadConfig } from '../config.ts';

export function registerClean(program: Command): void {
  program
    .command('clean')
    .description('clean pages (HTML or text) without a store; prints one JSON object a line')
    .argument('<files...>', 'files, directories, URLs or -')
    .option('--json', 'JSON lines (the default and only format; accepted for symmetry)')
    .action(async (files: string[]) => {
      const config = loadConfig();
      for await (const item of readSources(files, config)) {
        if (!item.ok) {
          console.error(`error: ${item.source}: ${item.error}`);
          process.exitCode = 1;
          continue;
        }
        try {
          const a = cleanDocument(item.raw, { minTextChars: config.minTextChars });
          console.log(JSON.stringify({
            file: item.raw.source, title: a.title, text: a.text, published: a.published, outlet: a.outlet,
            url: a.url, author: a.author, canonical_url: a.canonicalUrl, cut: a.cut,
          }));
        } catch (err) {
          console.error(`error: ${item.raw.source}: ${(err as Error).message}`);
          process.exitCode = 1;
        }
      }
    });
}
