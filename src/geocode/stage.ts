// Resolves place mentions to the gazetteer, using the countries the article names as context.
// It also settles what the tagger could only call LOC: a mention that resolves to a country,
// region or town is a GPE.
import type { Stage } from '../stage.ts';
import { findPlaces } from './resolve.ts';
import { loadKb } from '../annotate/kb/match.ts';
import { loadGazetteer } from './gazetteer.ts';

const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);

export const geocodeStage: Stage = {
  name: 'geocode',
  needs: ['article', 'entities'],
  adds: ['places'],
  run(doc) {
    const text = doc.article!.text;
    const kb = loadKb();
    const countries = new Set<string>();
    for (const e of doc.entities!) {
      const entry = e.kbId ? kb.get(e.kbId) : undefined;
      if (entry?.country && (e.type === 'GPE' || e.type === 'NORP')) countries.add(entry.country);
    }
    const candidates = doc.entities!
      .filter((e) => PLACE_TYPES.has(e.type))
      .map((e) => ({ start: e.start, end: e.end, text: text.slice(e.start, e.end) }));
    doc.places = findPlaces(text, candidates, { countries: [...countries] });
    const gazetteer = loadGazetteer();
    for (const e of doc.entities!) {
      if (e.type !== 'LOC') continue;
      const p = doc.places.find((pl) => pl.start === e.start && pl.end === e.end);
      const kind = p?.gazetteerId ? gazetteer.get(p.gazetteerId)?.kind : undefined;
      if (kind === 'country' || kind === 'admin1' || kind === 'place') e.type = 'GPE';
    }
  },
};
