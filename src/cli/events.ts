// `sitrep events`: stored events with the evidence beside each field. Canonical events (merged
// across sources) by default once resolution has run; `--mentions` shows the raw per-article ones.
import type { Command } from 'commander';
import type { Event } from '../model.ts';
import type { EventQuery, Store } from '../store.ts';
import { EVENT_TYPES } from '../events/taxonomy.ts';
import { eventJson, type SourceRef } from '../events/json.ts';
import { printEvent } from './event-text.ts';
import { withDbOption, withStore } from './options.ts';

function isoDate(flag: string, v: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) throw new Error(`events: ${flag} "${v}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return v;
}

/** Source references for events, one store read per article. */
export async function sourcesOf(store: Store, events: Event[]): Promise<Map<string, SourceRef>> {
  const refs = new Map<string, SourceRef>();
  for (const id of new Set(events.flatMap((e) => e.articleIds))) {
    const a = await store.getArticle(id);
    refs.set(id, { article_id: id, url: a?.url ?? null, outlet: a?.outlet ?? null, title: a?.title ?? null, published: a?.published ?? null });
  }
  return refs;
}

export function registerEvents(program: Command): void {
  withDbOption(program.command('events').description('list stored events with the evidence for each field'))
    .option('--type <types>', `event types, comma-separated (${EVENT_TYPES.length} types, e.g. attack,military_exercise)`)
    .option('--actor <actor>', 'an actor name or KB id (e.g. "Taliban" or grp:taliban)')
    .option('--country <cc>', 'ISO alpha-2 country of the event location')
    .option('--since <date>', 'events on or after this date')
    .option('--until <date>', 'events on or before this date')
    .option('--text <query>', 'full-text search over evidence, actors and places')
    .option('--mentions', 'show raw per-article event mentions instead of canonical events')
    .option('--no-background', 'leave out events recalled as background')
    .option('--limit <n>', 'how many', (v) => parseInt(v, 10), 100)
    .option('--json', 'print a JSON array of event records')
    .action(async (opts) => {
      const types = opts.type ? String(opts.type).split(',').map((t: string) => t.trim()) : undefined;
      const bad = types?.filter((t) => !(EVENT_TYPES as readonly string[]).includes(t));
      if (bad?.length) throw new Error(`events: unknown type ${bad.join(', ')}; valid types are ${EVENT_TYPES.join(', ')}`);
      const q: EventQuery = {
        types, actor: opts.actor, country: opts.country, text: opts.text, limit: opts.limit,
        since: opts.since && isoDate('--since', opts.since), until: opts.until && isoDate('--until', opts.until),
        excludeBackground: opts.background === false,
      };
      await withStore(opts, async (store) => {
        const canonicalCount = await store.countEvents({}, true);
        const useMentions = opts.mentions || canonicalCount === 0;
        const events: Event[] = useMentions ? await store.queryMentions(q) : await store.queryCanonical(q);
        const refs = await sourcesOf(store, events);
        if (opts.json) {
          console.log(JSON.stringify(events.map((e) => eventJson(e, e.articleIds.map((id) => refs.get(id)!))), null, 2));
          return;
        }
        if (!events.length) console.log('no events match');
        for (const e of events) {
          printEvent(e);
          for (const id of e.articleIds) console.log(`    source      ${refs.get(id)?.outlet ?? '-'}: ${refs.get(id)?.title ?? id}`);
        }
      });
    });
}
