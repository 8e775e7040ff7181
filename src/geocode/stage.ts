// Resolves place mentions to the gazetteer, using the countries the article names as context.
// It also settles what the tagger could only call LOC: a mention that resolves to a country,
// region or town is a GPE.
import type { Stage } from '../stage.ts';
import { findPlaces } from './resolve.ts';
import { loadKb } from '../annotate/kb/match.ts';
import { loadGazetteer } from './gazetteer.ts';
import { placeCandidates } from './candidates.ts';
import { markOutletPlaces, outletCandidates } from './outlet.ts';

const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);
/**
 * What follows a dateline's town: an optional ", State", an optional "(Agency)" or "(date)", then a
 * dash ("AURORA, Colo. (CBS4) –", "INDIANAPOLIS (December 7, 2015) –"). A tagger often calls it an ORG.
 */
const DATELINE_AFTER = /^(?:,\s{0,2}[A-Z][\p{L}.]*(?:\s[A-Z][\p{L}.]*)?)?\s*(?:\([^)\n]{1,40}\))?\s*[—–-]{1,2}/u;
/** A cue-found name inside one of these entities is that person, not a town ("Victor Morris of Fresno"). */
const NOT_PLACE_TYPES = new Set(['PERSON']);

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
    // The tagger misses datelines glued to headlines ("CBS DenverAURORA, Colo.") and towns used as
    // modifiers ("Reno Police", tagged ORG): names with a place cue are offered too, unless they
    // fall in a person's name or are wholly another kind of name ("TASS", "the Taliban").
    const others = doc.entities!.filter((e) => !PLACE_TYPES.has(e.type));
    for (const c of placeCandidates(text)) {
      const dateline = DATELINE_AFTER.test(text.slice(c.end, c.end + 60));
      const taken = others.some((e) => (e.start === c.start && e.end === c.end && !dateline) ||
        (NOT_PLACE_TYPES.has(e.type) && e.start < c.end && c.start < e.end));
      if (!taken) candidates.push(c);
    }
    // The outlet's town ("The Augusta Chronicle") is offered too, where nothing else claims its words.
    const outlets = outletCandidates(text).filter((o) => !candidates.some((c) => c.start < o.end && o.start < c.end));
    doc.places = findPlaces(text, [...candidates, ...outlets], { countries: [...countries] });
    markOutletPlaces(doc.places, outlets);
    const gazetteer = loadGazetteer();
    for (const e of doc.entities!) {
      if (e.type !== 'LOC') continue;
      const p = doc.places.find((pl) => pl.start === e.start && pl.end === e.end);
      const kind = p?.gazetteerId ? gazetteer.get(p.gazetteerId)?.kind : undefined;
      if (kind === 'country' || kind === 'admin1' || kind === 'place') e.type = 'GPE';
    }
  },
};
