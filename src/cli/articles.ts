// `sitrep articles` lists and searches stored articles; `sitrep show ID` prints one, with what the
// cleaner cut.
import type { Command } from 'commander';
import type { Article } from '../model.ts';
import { withDbOption, withStore } from './options.ts';
import { annotationJson, markAnnotations } from './annotate.ts';

/** The stable JSON shape of an article for scripts (issue interface: id, url, title, published, outlet). */
export function articleJson(a: Article, full: boolean): Record<string, unknown> {
  const base = {
    id: a.id, url: a.url, title: a.title, published: a.published, outlet: a.outlet, author: a.author,
    canonical_url: a.canonicalUrl, language: a.language, source: a.source, duplicate_of: a.duplicateOf,
    ingested_at: a.ingestedAt, error: a.error,
  };
  return full ? { ...base, text: a.text, cut: a.cut } : base;
}

export function registerArticles(program: Command): void {
  withDbOption(program.command('articles').description('list stored articles, newest first'))
    .option('--search <query>', 'full-text search over titles and text')
    .option('--limit <n>', 'how many', (v) => parseInt(v, 10), 100)
    .option('--duplicates', 'include near-duplicate copies')
    .option('--json', 'print a JSON array')
    .action(async (opts) => {
      await withStore(opts, async (store) => {
        const rows = await store.listArticles({ search: opts.search, limit: opts.limit, withDuplicates: opts.duplicates });
        if (opts.json) {
          console.log(JSON.stringify(rows.map((r) => ({
            id: r.id, url: r.url, title: r.title, published: r.published, outlet: r.outlet,
            language: r.language, duplicate_of: r.duplicateOf, error: r.error,
          })), null, 2));
          return;
        }
        if (!rows.length) console.log(opts.search ? `no article matches "${opts.search}"` : 'no articles stored yet');
        for (const r of rows) {
          const flags = [r.duplicateOf ? `copy of ${r.duplicateOf}` : '', r.error ? `error: ${r.error}` : ''].filter(Boolean);
          console.log(`${r.id}  ${(r.published ?? '').slice(0, 10).padEnd(10)}  ${(r.outlet ?? '-').slice(0, 20).padEnd(20)}  ${r.title ?? '(untitled)'}${flags.length ? '  [' + flags.join('; ') + ']' : ''}`);
        }
      });
    });

  withDbOption(program.command('show').description('show one stored article: metadata, clean text and what was cut').argument('<id>'))
    .option('--json', 'print JSON')
    .option('--annotations', 'print the text with entities, places, dates and quantities marked')
    .action(async (id: string, opts) => {
      await withStore(opts, async (store) => {
        const a = await store.getArticle(id);
        if (!a) {
          console.error(`show: no article with id "${id}" (list them with: sitrep articles)`);
          process.exitCode = 1;
          return;
        }
        const analysis = opts.annotations ? await store.getAnalysis(id) : null;
        if (opts.annotations && !analysis) {
          console.error(`show: article ${id} has no stored annotations (it is a copy, or was not in English)`);
          process.exitCode = 1;
          return;
        }
        const doc = analysis && { article: a, ...analysis };
        if (opts.json) {
          console.log(JSON.stringify({ ...articleJson(a, true), ...(doc ? annotationJson(doc) : {}) }, null, 2));
          return;
        }
        if (doc) console.log(markAnnotations(doc));
        else printArticle(a);
      });
    });
}

function printArticle(a: Article): void {
  const meta: [string, string | null][] = [
    ['id', a.id], ['title', a.title], ['published', a.published], ['outlet', a.outlet], ['author', a.author],
    ['url', a.url], ['language', a.language], ['source', a.source], ['duplicate of', a.duplicateOf], ['error', a.error],
  ];
  for (const [k, v] of meta) if (v) console.log(`${k.padEnd(12)} ${v}`);
  console.log('\n' + a.text + '\n');
  if (a.cut.length) {
    console.log(`--- cut by the cleaner (${a.cut.length}) ---`);
    for (const c of a.cut) console.log(`[${c.reason}] ${c.text.replace(/\s+/g, ' ').slice(0, 200)}`);
  } else console.log('--- nothing was cut ---');
}
