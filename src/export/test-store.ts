// Test stores for exports and briefs: the bundled examples/ through the real pipeline, and one
// hand-written article (our own words) with hand-made events whose evidence is located in it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, Event, Evidence } from '../model.ts';
import type { Store } from '../store.ts';
import { SqliteStore } from '../store/sqlite.ts';
import { loadConfig } from '../config.ts';
import { readSources } from '../ingest/sources.ts';
import { runStages, stagesThrough, STAGES } from '../pipeline.ts';
import { storeDoc } from '../cli/ingest.ts';
import { handWrittenEvent } from '../store/contract-events.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function tempStore(): Promise<Store> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-export-'));
  return SqliteStore.open(path.join(dir, 'test.db'));
}

/**
 * Ingests examples/ as `sitrep ingest examples/` does; returns how many articles were stored.
 * `stages` defaults to the whole pipeline; the mixed store leaves out resolution so that its
 * hand-made mentions and the examples' mentions are exported side by side.
 */
export async function ingestExamples(store: Store, stages = STAGES): Promise<number> {
  const config = loadConfig({ db: ':memory:' });
  let stored = 0;
  for await (const item of readSources([path.join(REPO_ROOT, 'examples')], config)) {
    if (!item.ok) throw new Error(item.error);
    const doc = await runStages({ raw: item.raw }, stages, { config, store });
    if (doc.article && !doc.stop && (await storeDoc(store, doc))) stored++;
  }
  return stored;
}

export const HAND_TEXT = [
  'KUNDUZ, March 5 — Afghan security forces fought Islamic State Khorasan Province fighters for three hours on the edge of Kunduz city on Tuesday, killing 6 militants, the provincial police chief, Abdul "Rahim" Saberi, said.',
  'Two officers were wounded in the clash, which began at a checkpoint near the airport road.',
  'In Takhar, rival commanders of two armed groups exchanged fire over a smuggling route in March, leaving at least 3 people dead; residents said the fighting lasted into the night.',
  'Gunmen shot dead 4 aid workers travelling to Baghlan on March 7, the United Nations said, calling the attack "an outrage".',
  'Earlier this month the army held exercises at a range outside Mazār-e Sharīf, according to the defence ministry.',
].join('\n\n');

/** The hand-written article, cleaned and fingerprinted by the real stages so the store takes it as any other. */
export async function handArticle(): Promise<Article> {
  const config = loadConfig({ db: ':memory:' });
  const doc = await runStages(
    {
      raw: {
        source: 'hand-written.txt', kind: 'text', body: HAND_TEXT,
        given: { title: 'Fighting around Kunduz and Takhar; aid workers killed', outlet: 'Hindu Kush Wire Example', published: '2024-03-08', url: 'https://hindukush-wire.example/2024/03/08/kunduz' },
      },
    },
    stagesThrough('dedupe'),
    { config },
  );
  return doc.article!;
}

function at(a: Article, phrase: string): Evidence {
  const start = a.text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture: "${phrase}" is not in the hand-written article`);
  return { articleId: a.id, start, end: start + phrase.length, text: phrase };
}

/** Four events: a state-based clash, a non-state clash, an attack on civilians with no place, and a background drill. */
export function handEvents(a: Article): Event[] {
  const day = (d: string) => ({ start: d, end: d, precision: 'day' as const, basis: 'stated' as const, yearResolved: true, reason: null });
  const month = { start: '2024-03', end: '2024-03', precision: 'month' as const, basis: 'stated' as const, yearResolved: true, reason: null };
  const base = (id: string, trigger: string, over: Partial<Event>): Event =>
    handWrittenEvent(`${a.id}:${id}`, { articleIds: [a.id], evidence: { type: [at(a, trigger)] }, ...over });
  return [
    base('clash', 'fought', {
      type: 'armed_clash', main: true,
      actors: [
        { name: 'Afghanistan', kbId: 'cty:AF', role: 'actor1', country: 'AF' },
        { name: 'Islamic State Khorasan Province', kbId: 'grp:isis-k', role: 'actor2', country: 'AF' },
      ],
      location: { name: 'Kunduz', admin1: 'Kunduz', country: 'AF', lat: 36.728, lon: 68.857, gazetteerId: 'gn:1135689', precision: 1 },
      date: day('2024-03-05'),
      fatalities: { low: 6, best: 6, high: 6, qualifier: 'exact' },
      injured: { low: 2, best: 2, high: 2, qualifier: 'exact' },
      evidence: { type: [at(a, 'fought')], fatalities: [at(a, 'killing 6 militants')], location: [at(a, 'Kunduz city')], 'actors.1': [at(a, 'Islamic State Khorasan Province')] },
    }),
    base('takhar', 'exchanged fire', {
      type: 'armed_clash', main: false,
      actors: [
        { name: 'Takhar commanders (north)', kbId: 'grp:test-takhar-north', role: 'actor1', country: 'AF' },
        { name: 'Takhar commanders (south)', kbId: 'grp:test-takhar-south', role: 'actor2', country: 'AF' },
      ],
      location: { name: 'Takhar', admin1: 'Takhar', country: 'AF', lat: 36.67, lon: 69.48, gazetteerId: 'adm1:AF-TAK', precision: 2 },
      date: month,
      fatalities: { low: 3, best: null, high: null, qualifier: 'at least' },
    }),
    base('aid', 'shot dead', {
      type: 'attack', main: true,
      actors: [
        { name: 'Gunmen', kbId: null, role: 'actor1', country: null },
        { name: 'aid workers', kbId: null, role: 'target', country: null },
      ],
      location: null,
      date: day('2024-03-07'),
      fatalities: { low: 4, best: 4, high: 4, qualifier: 'exact' },
    }),
    base('drill', 'held exercises', {
      type: 'military_exercise', main: false, background: true,
      actors: [{ name: 'Afghanistan', kbId: 'cty:AF', role: 'actor1', country: 'AF' }],
      location: { name: 'Mazār-e Sharīf', admin1: 'Balkh', country: 'AF', lat: 36.709, lon: 67.11, gazetteerId: 'gn:1133616', precision: 1 },
      date: month,
    }),
  ];
}

/** A store holding the examples (real pipeline) and the hand-written article with its events. */
export async function mixedStore(): Promise<{ store: Store; hand: Article; handEvents: Event[] }> {
  const store = await tempStore();
  await ingestExamples(store, STAGES.filter((s) => s.name !== 'resolve'));
  const hand = await handArticle();
  await store.putArticle(hand);
  const events = handEvents(hand);
  await store.putMentions(hand.id, events);
  return { store, hand, handEvents: events };
}
