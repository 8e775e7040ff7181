// Hand-written reports for the story tests: names and places marked where they stand in our own text.
import assert from 'node:assert/strict';
import type { EntityType, Mention, Place } from '../model.ts';
import { articleProfile, type ArticleProfile } from './profile.ts';

export type PlaceFacts = Omit<Place, 'start' | 'end' | 'text'>;

/** An article profile of a report whose `names` (all of one entity type) and places are marked in its text. */
export function handReport(type: EntityType, id: string, title: string, text: string, published: string | null, names: string[], places: [string, PlaceFacts][] = []): ArticleProfile {
  const at = (name: string) => {
    const start = text.indexOf(name);
    assert.ok(start >= 0, `${name} is in report ${id}`);
    return { start, end: start + name.length };
  };
  const entities: Mention[] = names.map((n) => ({ ...at(n), type, kbId: null, rule: 'test' }));
  const marked: Place[] = places.map(([n, p]) => ({ ...at(n), text: n, ...p }));
  return articleProfile({ article: { id, title, text, published, outlet: `${id}.example`, url: null }, entities, places: marked, events: [] });
}
