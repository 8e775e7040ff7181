// Place resolution on the Gun Violence Database dev half (shared/data/gvdb/dev.tsv): crowd
// workers gave each US shooting report a city and a state. We run the cue-based capitalised-span
// candidate finder (and the outlet's town in the title line, as context) plus findPlaces (with the
// context "US", since every report is American), take
// the most often resolved US populated place (first on ties) as the article's city, and its
// admin-1 (or the most often named US state when no city resolved) as its state.
import fs from 'node:fs';
import path from 'node:path';
import type { EvalRow, EvalSuite } from './suite.ts';
import type { Place } from '../model.ts';
import { placeCandidates } from '../geocode/candidates.ts';
import { findPlaces } from '../geocode/resolve.ts';
import { normalizeName } from '../geocode/normalize.ts';
import { isOutletPlace, markOutletPlaces, outletCandidates } from '../geocode/outlet.ts';

interface GoldPlace {
  text: string;
  /** Gold city as the worker marked it, or null when left empty. */
  city: string | null;
  /** Gold state name ("Illinois" from "IL - Illinois"), or null for "Unclear"/empty. */
  state: string | null;
}

function readGold(file: string): GoldPlace[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const head = lines[0].split('\t');
  const text = head.indexOf('Full text');
  const json = head.indexOf('Json');
  return lines.slice(1).filter((l) => l.trim()).map((line) => {
    const f = line.split('\t');
    const when = JSON.parse(f[json])['date-and-time'] ?? {};
    const city = typeof when.city?.value === 'string' && when.city.value.trim() ? when.city.value.trim() : null;
    const state = /^[A-Z]{2} - (.+)$/.exec(when.state ?? '')?.[1] ?? null;
    return { text: f[text], city, state };
  });
}

/** The most often resolved place among `pick`, first mention breaking ties. */
function mostFrequent(places: Place[]): { id: string; mentions: Place[] } | null {
  const byId = new Map<string, Place[]>();
  for (const p of places) if (p.gazetteerId) (byId.get(p.gazetteerId) ?? byId.set(p.gazetteerId, []).get(p.gazetteerId)!).push(p);
  let best: { id: string; mentions: Place[] } | null = null;
  for (const [id, mentions] of byId) {
    if (!best || mentions.length > best.mentions.length) best = { id, mentions };
  }
  return best;
}

export interface ArticlePlace {
  city: Place[] | null;
  state: string | null;
}

/** The article's city (its mentions) and state, as the suite reads them off findPlaces. */
export function articlePlace(text: string): ArticlePlace {
  // The outlet's town ("CBS Boston") is context for the others, and the answer only when nothing else resolves.
  const outlets = outletCandidates(text);
  const all = findPlaces(text, [...placeCandidates(text), ...outlets], { countries: ['US'] });
  markOutletPlaces(all, outlets);
  const own = all.filter((p) => !isOutletPlace(p));
  const places = own.length ? own : all;
  const city = mostFrequent(places.filter((p) => p.country === 'US' && p.gazetteerId?.startsWith('gn:')));
  if (city) return { city: city.mentions, state: city.mentions[0].admin1 };
  const state = mostFrequent(places.filter((p) => p.gazetteerId?.startsWith('adm1:US-')));
  return { city: null, state: state ? state.mentions[0].name : null };
}

const share = (k: number, n: number) => (n ? k / n : 0);

export const placesGvdb: EvalSuite = {
  name: 'places/gvdb',
  data: ['gvdb'],
  async run(shared: string): Promise<EvalRow[]> {
    const gold = readGold(path.join(shared, 'data/gvdb/dev.tsv'));
    let cityN = 0, cityRight = 0, stateN = 0, stateRight = 0, cityFound = 0;
    for (const g of gold) {
      const got = articlePlace(g.text);
      if (g.city) {
        cityN++;
        if (got.city) cityFound++;
        const want = normalizeName(g.city);
        const names = got.city ? [got.city[0].name, ...got.city.map((p) => g.text.slice(p.start, p.end))] : [];
        if (names.some((n) => normalizeName(n) === want)) cityRight++;
      }
      if (g.state) {
        stateN++;
        if (got.state && normalizeName(got.state) === normalizeName(g.state)) stateRight++;
      }
    }
    return [
      { suite: 'places/gvdb', metric: 'city-accuracy', value: share(cityRight, cityN), n: cityN, note: 'most frequent US place equals gold city (name or surface), context US' },
      { suite: 'places/gvdb', metric: 'city-resolved', value: share(cityFound, cityN), n: cityN, note: 'some US populated place resolved' },
      { suite: 'places/gvdb', metric: 'state-accuracy', value: share(stateRight, stateN), n: stateN, note: 'admin-1 of that place (else most named state) equals gold state; "Unclear" gold skipped' },
    ];
  },
};
