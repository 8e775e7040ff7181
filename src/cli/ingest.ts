// `sitrep ingest SOURCE...`: reads files, directories, URLs, feeds, JSONL and stdin, runs the
// pipeline and stores each article as soon as it is done, so a crash loses nothing reported stored.
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { readSources } from '../ingest/sources.ts';
import { STAGES, checkChain } from '../pipeline.ts';
import { processItems } from '../workers/process.ts';
import type { Doc } from '../stage.ts';
import type { Store } from '../store.ts';
import { withDbOption, withStore } from './options.ts';
import { named } from './each-document.ts';

/**
 * Stores what the pipeline made of one article: the article (or its link to a first copy), then
 * its annotations and event mentions. Returns false when the article was already stored.
 */
export async function storeDoc(store: Store, doc: Doc): Promise<boolean> {
  const a = doc.article!;
  if (!(await store.putArticle(a))) return false;
  if (doc.entities) {
    await store.putAnalysis({ articleId: a.id, entities: doc.entities, places: doc.places ?? [], dates: doc.dates ?? [], quantities: doc.quantities ?? [] });
  }
  if (doc.events) await store.putMentions(a.id, doc.events);
  return true;
}

export interface IngestTally {
  read: number;
  stored: number;
  duplicates: number;
  alreadyStored: number;
  failed: number;
}

export function registerIngest(program: Command): void {
  withDbOption(
    program
      .command('ingest')
      .description('ingest articles from files, directories, http(s) URLs, RSS/Atom feeds, JSONL or - (stdin)')
      .argument('<sources...>', 'paths, URLs or -'),
  )
    .option('--quiet', 'no progress bar')
    .option('--workers <n>', 'pipeline worker threads (0 = one per core; env SITREP_WORKERS)', (v) => parseInt(v, 10))
    .action(async (sources: string[], opts: { db?: string; store?: string; quiet?: boolean; workers?: number }) => {
      checkChain(STAGES);
      await withStore(opts, async (store, config) => {
        const t0 = performance.now();
        const tally: IngestTally = { read: 0, stored: 0, duplicates: 0, alreadyStored: 0, failed: 0 };
        const bar = process.stderr.isTTY && !opts.quiet
          ? new cliProgress.SingleBar({
              format: 'ingest {value} read | {stored} stored | {duplicates} duplicates | {failed} failed',
              stream: process.stderr,
            })
          : null;
        bar?.start(0, 0, { ...tally });
        const fail = (source: string, error: string) => {
          tally.failed++;
          bar?.stop();
          console.error(`error: ${named(source, error)}`);
          bar?.start(0, tally.read, { ...tally });
        };
        for await (const { item, doc, error } of processItems(readSources(sources, config), { config, store })) {
          tally.read++;
          if (!item.ok) fail(item.source, item.error);
          else if (error || !doc?.article) fail(item.raw.source, error ?? 'no article');
          else {
            const a = doc.article;
            if (doc.stop === 'already stored') tally.alreadyStored++;
            else if (await storeDoc(store, doc)) {
              if (a.duplicateOf) tally.duplicates++;
              else tally.stored++;
              if (a.error) fail(item.raw.source, `stored with an error: ${a.error}`);
            } else tally.alreadyStored++;
          }
          bar?.update(tally.read, { ...tally });
        }
        bar?.stop();
        const secs = (performance.now() - t0) / 1000;
        console.error(
          `ingest: ${tally.read} read, ${tally.stored} stored, ${tally.duplicates} near-duplicates linked, ` +
            `${tally.alreadyStored} already stored, ${tally.failed} failed in ${secs.toFixed(1)} s (store: ${config.db})`,
        );
        if (tally.failed) process.exitCode = 1;
      });
    });
}
