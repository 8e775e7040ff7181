// `sitrep clean FILE...|-`: cleans pages without a store, one JSON object a line, for piping.
import type { Command } from 'commander';
import { eachDocument } from './each-document.ts';
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
      await eachDocument(files, config, (raw) => {
        const a = cleanDocument(raw, { minTextChars: config.minTextChars });
        console.log(JSON.stringify({
          file: raw.source, title: a.title, text: a.text, published: a.published, outlet: a.outlet,
          url: a.url, author: a.author, canonical_url: a.canonicalUrl, cut: a.cut,
        }));
      });
    });
}
