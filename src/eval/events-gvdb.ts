// Whole-pipeline event quality on the Gun Violence Database dev half (../shared/data/gvdb/dev.tsv):
// each shooting report runs through every stage (the day its URL carries stands in for the page's
// publication date, which the TSV lacks; without one, the article's stamp dates its relative
// days, else they stay open); the
// article's event is its lead event if violent, else the violent event with the most casualty
// evidence. Scored against the crowd gold: killed and injured exact match (no number read = 0),
// city and state of the event location, incident date, and the share of events whose every field
// cites the exact stored words (must be 1).
import path from 'node:path';
import type { EvalRow, EvalSuite } from './suite.ts';
import type { Event } from '../model.ts';
import { readGvdb, dateFromUrl } from './dates.ts';
import { readGold } from './events-gold.ts';
import { extractArticle } from '../events/run.ts';
import { fullyVerified } from '../events/evidence.ts';
import { TYPES, type EventType } from '../events/taxonomy.ts';
import { normalizeName } from '../geocode/normalize.ts';

const VIOLENT = new Set(['battles', 'explosions_remote_violence', 'violence_against_civilians']);
const violent = (e: Event) => VIOLENT.has(TYPES[e.type as EventType]?.group);
const casualtyEvidence = (e: Event) => (e.evidence.fatalities?.length ?? 0) + (e.evidence.injured?.length ?? 0);

/** The article's shooting: the lead event when violent, else the violent event with most casualty evidence. */
export function articleEvent(events: Event[]): Event | null {
  const main = events.find((e) => e.main && violent(e));
  if (main) return main;
  return events.filter(violent).sort((a, b) => casualtyEvidence(b) - casualtyEvidence(a))[0] ?? null;
}

const count = (c: Event['fatalities']) => (c ? c.best ?? c.low ?? 0 : 0);
const share = (k: number, n: number) => (n ? k / n : 0);

export const eventsGvdb: EvalSuite = {
  name: 'events/gvdb',
  data: ['gvdb'],
  async run(shared) {
    const file = path.join(shared, 'data/gvdb/dev.tsv');
    const articles = readGvdb(file);
    const places = readGold(file);
    let found = 0, killed = 0, injured = 0, cityN = 0, city = 0, stateN = 0, state = 0, dateN = 0, date = 0, events = 0, verified = 0;
    for (const [i, g] of articles.entries()) {
      const doc = await extractArticle(g.url || g.id, g.text, { url: g.url || null, published: dateFromUrl(g.url) });
      const text = doc.article!.text;
      for (const e of doc.events!) {
        events++;
        if (fullyVerified(e, () => text)) verified++;
      }
      const e = articleEvent(doc.events!);
      if (e) found++;
      if (count(e?.fatalities ?? null) === g.killed) killed++;
      if (count(e?.injured ?? null) === g.injured) injured++;
      const gold = places[i];
      if (gold.city) {
        cityN++;
        if (e?.location && normalizeName(e.location.name) === normalizeName(gold.city)) city++;
      }
      if (gold.state) {
        stateN++;
        if (e?.location?.admin1 && normalizeName(e.location.admin1) === normalizeName(gold.state)) state++;
      }
      if (g.date) {
        dateN++;
        if (e?.date?.start === g.date) date++;
      }
    }
    const n = articles.length;
    return [
      { suite: this.name, metric: 'killed-exact', value: share(killed, n), n, note: 'no number read counts as 0' },
      { suite: this.name, metric: 'injured-exact', value: share(injured, n), n, note: 'injured or hospitalised, not killed' },
      { suite: this.name, metric: 'city-accuracy', value: share(city, cityN), n: cityN },
      { suite: this.name, metric: 'state-accuracy', value: share(state, stateN), n: stateN, note: 'event location admin-1' },
      { suite: this.name, metric: 'date-accuracy', value: share(date, dateN), n: dateN, note: 'event start equals the incident day' },
      { suite: this.name, metric: 'violent-event-found', value: share(found, n), n },
      { suite: this.name, metric: 'evidence-verified', value: share(verified, events), n: events, note: 'events whose every field cites the exact stored words' },
    ];
  },
};
