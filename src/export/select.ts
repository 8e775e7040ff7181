// Which events an export or brief covers: canonical events when resolution has made any (unless the
// caller asks for mentions), else the per-article mentions, read page by page so a large store
// never sits in memory at once.
import type { Event } from '../model.ts';
import type { EventQuery, Store } from '../store.ts';

export type ExportQuery = EventQuery & { mentions?: boolean };

/** Rows per store read: each read re-sorts the matching rows (offset paging), so fewer, larger pages are much faster; 5,000 events are a few MB. */
export const PAGE_SIZE = 5000;

export async function usesMentions(store: Store, q: { mentions?: boolean }): Promise<boolean> {
  return q.mentions === true || (await store.countEvents({}, true)) === 0;
}

/** Every event matching the query in the store's order (newest first); `limit`/`offset` cap the whole run. */
export async function* selectEvents(store: Store, q: ExportQuery): AsyncGenerator<Event> {
  const { mentions: _mentions, limit, offset = 0, ...filter } = q;
  const mentions = await usesMentions(store, q);
  let seen = 0;
  for (let at = offset; limit === undefined || seen < limit; at += PAGE_SIZE) {
    const size = limit === undefined ? PAGE_SIZE : Math.min(PAGE_SIZE, limit - seen);
    const page: Event[] = mentions
      ? await store.queryMentions({ ...filter, limit: size, offset: at })
      : await store.queryCanonical({ ...filter, limit: size, offset: at });
    for (const e of page) yield e;
    seen += page.length;
    if (page.length < size) return;
  }
}

export async function collectEvents(store: Store, q: ExportQuery): Promise<Event[]> {
  const out: Event[] = [];
  for await (const e of selectEvents(store, q)) out.push(e);
  return out;
}
