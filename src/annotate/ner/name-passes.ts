// The document-level name passes over the merged mentions, in order: the names of laws and treaties
// and one-word "persons" after "the" dropped, places cut to their capitalised words and names'
// closing dashes cut off, founders of faiths read as persons, names read by their shape (hyphenated
// East Asian names), natural features, places the text defines ("X is a village"), peoples' plurals
// and adjectives and creeds' followers, churches, titles, people cued by "who" or as a quotation's
// speaker, a nation's adjective joined to the body it names ("Greek Ministry of Culture"), bodies'
// readings cut to the name and holidays and common phrases dropped, bodies named by a head noun,
// numbered units and acronyms defined in brackets, lone words of which the sentence says what it
// says of people ("Reagan believed", "according to Parker"), and last the repeats of names read as
// a person alone, which must see every person the earlier passes found or cut to the name; after
// all of them, readings of God and the devil dropped.
import type { Mention } from '../../model.ts';
import { markChurches } from './name-churches.ts';
import { dropCommonPhrases } from './name-common-phrases.ts';
import { markCuedPersons } from './name-cues.ts';
import { markNaturalFeatures } from './name-features.ts';
import { joinNationalAdjectives } from './name-adjectives.ts';
import { dropArticlePersons } from './name-articles.ts';
import { dropLawNames } from './name-laws.ts';
import { markDefinedAcronyms } from './name-acronyms.ts';
import { markNamedBodies } from './name-bodies.ts';
import { markNameParts } from './name-parts.ts';
import { dropOccasions } from './name-occasions.ts';
import { dropDeities, markFounders } from './name-deities.ts';
import { trimBodyEdges } from './name-org-edges.ts';
import { markNumberedUnits } from './name-units.ts';
import { markDefinedPlaces } from './name-places.ts';
import { trimPlaceEdges } from './name-place-edges.ts';
import { markVerbCuedPersons } from './name-person-verbs.ts';
import { markCreedFollowers, markPeopleAdjectives, markPeoples } from './name-peoples.ts';
import { markHyphenatedNames } from './name-shapes.ts';
import { stripRankTitles } from './name-titles.ts';

export function runNamePasses(text: string, mentions: Mention[]): Mention[] {
  let out = dropArticlePersons(text, dropLawNames(text, mentions));
  out = markFounders(text, trimPlaceEdges(text, out));
  out = markHyphenatedNames(text, out);
  out = markNaturalFeatures(text, out);
  out = markDefinedPlaces(text, out);
  out = markPeoples(text, out);
  out = markPeopleAdjectives(text, out);
  out = markCreedFollowers(text, out);
  out = markChurches(text, out);
  out = stripRankTitles(text, out);
  out = markCuedPersons(text, out);
  out = joinNationalAdjectives(text, out);
  out = dropOccasions(text, trimBodyEdges(text, out));
  out = dropCommonPhrases(text, out);
  out = markNamedBodies(text, out);
  out = markNumberedUnits(text, out);
  out = markDefinedAcronyms(text, out);
  return dropDeities(text, markNameParts(text, markVerbCuedPersons(text, out)));
}
