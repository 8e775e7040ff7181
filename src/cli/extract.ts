// `sitrep extract FILE...|-`: the whole pipeline on single articles, without a store.
import type { Command } from 'commander';
import { eachDocument } from './each-document.ts';
import { loadConfig } from '../config.ts';
import { runStages, STAGES } from '../pipeline.ts';
import { eventJson } from '../events/json.ts';
import { printEvent } from './event-text.ts';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract events from articles without a store (one JSON object a line with --json)')
    .argument('<files...>', 'files, directories, URLs or -')
    .option('--published <date>', 'publication date to use when the article gives none (ISO)')
    .option('--json', 'one JSON object a line: {file, article, events}')
    .action(async (files: string[], opts: { published?: string; json?: boolean }) => {
      if (opts.published && Number.isNaN(Date.parse(opts.published))) {
        throw new Error(`extract: --published "${opts.published}" is not a date (use YYYY-MM-DD)`);
      }
      const config = loadConfig();
      const stages = STAGES.filter((s) => s.name !== 'dedupe');
      await eachDocument(files, config, async (raw) => {
        if (opts.published && !raw.given.published) raw.given.published = opts.published;
        const doc = await runStages({ raw }, stages, { config });
        const a = doc.article!;
        if (a.error) throw new Error(a.error);
        const sources = [{ article_id: a.id, url: a.url, outlet: a.outlet, title: a.title, published: a.published }];
        const events = (doc.events ?? []).map((e) => eventJson(e, sources));
        if (opts.json) {
          console.log(JSON.stringify({ file: raw.source, article: { id: a.id, title: a.title, text: a.text, published: a.published, url: a.url, outlet: a.outlet }, events }));
        } else {
          console.log(`== ${raw.source}: ${a.title ?? '(untitled)'} — ${events.length} events`);
          for (const e of doc.events ?? []) printEvent(e, a.text);
        }
      });
    });
}
