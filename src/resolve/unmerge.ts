// Splitting a wrong merge: the mention leaves its canonical event for one of its own, and a
// cannot-link pair with every other mention keeps the split through re-processing.
import type { CanonicalEvent, Event } from '../model.ts';
import type { Store } from '../store.ts';
import { reconcile } from './reconcile.ts';
import { sourceInfo } from './events.ts';

async function rebuilt(store: Store, members: Event[], history: CanonicalEvent['history'], storyId: string | null): Promise<CanonicalEvent> {
  const story = storyId ? await store.getStory(storyId) : null;
  const year = story?.start ? { year: Number(story.start.slice(0, 4)), from: story.start } : null;
  const sources = await sourceInfo(store, [...new Set(members.flatMap((m) => m.articleIds))], new Map());
  return reconcile(members, history, { sources, storyId, storyYear: year });
}

/** Splits `mentionId` out of `eventId`; returns the remaining event and the new one. */
export async function unmerge(store: Store, eventId: string, mentionId: string, reason = 'split by user'): Promise<{ rest: CanonicalEvent; split: CanonicalEvent }> {
  const event = await store.getCanonical(eventId);
  if (!event) throw new Error(`unmerge: no canonical event ${eventId}`);
  if (!event.mentionIds.includes(mentionId)) throw new Error(`unmerge: ${mentionId} is not a mention of ${eventId} (its mentions: ${event.mentionIds.join(', ')})`);
  if (event.mentionIds.length === 1) throw new Error(`unmerge: ${eventId} has only that mention; nothing to split`);
  const others = event.mentionIds.filter((id) => id !== mentionId);
  for (const o of others) await store.putCannotLink(mentionId, o, reason);
  const mentions = new Map((await store.getMentions(event.mentionIds)).map((m) => [m.id, m]));
  const gone = [...event.mentionIds].filter((id) => !mentions.has(id));
  if (gone.length) throw new Error(`unmerge: mentions ${gone.join(', ')} are no longer stored; run \`sitrep resolve --rebuild\``);
  const at = new Date().toISOString();
  const step = { mentionId, action: 'split' as const, score: 0, reasons: [reason], at };
  const rest = await rebuilt(store, others.map((id) => mentions.get(id)!), [...event.history.filter((h) => h.mentionId !== mentionId), step], event.storyId);
  const split = await rebuilt(store, [mentions.get(mentionId)!], [step], event.storyId);
  await store.deleteCanonical([eventId]);
  await store.putCanonical([rest, split]);
  if (event.storyId) {
    const story = await store.getStory(event.storyId);
    if (story) await store.putStory({ ...story, eventIds: [...story.eventIds.filter((id) => id !== eventId), rest.id, split.id] });
  }
  return { rest, split };
}
