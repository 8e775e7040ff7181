// `sitrep stories` and `sitrep story ID`: the stories articles were clustered into, and one
// story's timeline of canonical events with their sources.
import type { Command } from 'commander';
import type { CanonicalEvent } from '../model.ts';
import type { Store } from '../store.ts';
import { withDbOption, withStore } from './options.ts';

export async function storyJson(store: Store, id: string) {
  const s = await store.getStory(id);
  if (!s) return null;
  const articles = [];
  for (const aid of s.articleIds) {
    const a = await store.getArticle(aid);
    articles.push({ id: aid, url: a?.url ?? null, title: a?.title ?? null, published: a?.published ?? null });
  }
  return { id: s.id, title: s.title, start: s.start, end: s.end, articles, events: s.eventIds };
}

function when(e: CanonicalEvent): string {
  if (!e.date?.start && !e.date?.end) return 'undated';
  const span = e.date.start === e.date.end || !e.date.end ? String(e.date.start) : `${e.date.start ?? '?'} to ${e.date.end}`;
  return e.date.basis === 'implied' ? `${span} (implied)` : span;
}

export function registerStories(program: Command): void {
  withDbOption(program.command('stories').description('list stories: articles clustered by what they report'))
    .option('--limit <n>', 'how many', (v) => parseInt(v, 10), 100)
    .option('--json', 'print a JSON array of {id, title, start, end, articles, events}')
    .action(async (opts) => {
      await withStore(opts, async (store) => {
        const stories = await store.listStories({ limit: opts.limit });
        if (opts.json) {
          const out = [];
          for (const s of stories) out.push(await storyJson(store, s.id));
          console.log(JSON.stringify(out, null, 2));
          return;
        }
        if (!stories.length) console.log('no stories yet (ingest articles first)');
        for (const s of stories) {
          console.log(`${s.id}  ${s.start ?? '?'} – ${s.end ?? '?'}  ${s.articleIds.length} articles, ${s.eventIds.length} events  ${s.title}`);
        }
      });
    });

  withDbOption(program.command('story').description("a story's timeline: its canonical events with their sources").argument('<id>', 'story id'))
    .option('--json', 'print the story with its events')
    .action(async (id: string, opts) => {
      await withStore(opts, async (store) => {
        const story = await storyJson(store, id);
        if (!story) throw new Error(`story: no story ${id} (see \`sitrep stories\`)`);
        const events = (await store.queryCanonical({ storyId: id, limit: 1000 })).sort((a, b) => (a.date?.start ?? a.date?.end ?? '\uffff').replace(/^--/, '').localeCompare((b.date?.start ?? b.date?.end ?? '\uffff').replace(/^--/, '')));
        if (opts.json) {
          console.log(JSON.stringify({ ...story, events }, null, 2));
          return;
        }
        const titles = new Map(story.articles.map((a) => [a.id, a.title ?? a.url ?? a.id]));
        console.log(`${story.title}\n${story.start ?? '?'} – ${story.end ?? '?'}, ${story.articles.length} articles\n`);
        for (const e of events) {
          const place = e.location ? `${e.location.name}${e.location.country ? ', ' + e.location.country : ''}` : 'place unknown';
          const toll = e.fatalities ? `  killed ${e.fatalities.low ?? '?'}–${e.fatalities.high ?? e.fatalities.best ?? '?'}` : '';
          console.log(`${when(e).padEnd(26)} ${e.type}  ${place}${toll}  [${e.id}]`);
          console.log(`${''.padEnd(26)} ${e.corroboration} source(s): ${e.articleIds.map((a) => titles.get(a) ?? a).join(' | ')}`);
          for (const c of e.conflicts) console.log(`${''.padEnd(26)} conflict on ${c.field}: ${c.values.map((v) => `${JSON.stringify(v.value)} (${v.articleIds.join(', ')})`).join(' vs ')}`);
        }
      });
    });
}
