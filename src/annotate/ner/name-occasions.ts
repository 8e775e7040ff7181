// Holidays, feasts and pilgrimages ("the Hajj", "Eid", "Chinese New Year", "Ramadan"): the tagger
// often reads them as organisations, because they are capitalised names that no person or place
// carries. They are occasions (dates and events), never actors, so an organisation reading of one
// is dropped; the date and event stages read them on their own.
import type { Mention } from '../../model.ts';
import { BODY_TYPES } from './name-bodies.ts';

/** Occasions, written from general knowledge: religious feasts and fasts, pilgrimages, civil holidays. */
const OCCASIONS = new Set(
  (
    'Hajj|Umrah|Eid|Eid al-Fitr|Eid al - Fitr|Eid al-Adha|Eid al - Adha|Eid ul-Fitr|Eid ul-Adha|Ramadan|Ashura|Arbaeen|Mawlid|Nowruz|Norouz|' +
    'Christmas|Christmas Eve|Easter|Lent|Good Friday|Passover|Pesach|Hanukkah|Yom Kippur|Rosh Hashanah|Sukkot|Purim|' +
    'Diwali|Holi|Vesak|Songkran|Tet|Lunar New Year|Chinese New Year|New Year|New Year \'s Eve|New Year\'s Eve|New Year\'s Day|' +
    'Thanksgiving|Halloween|Independence Day|Victory Day|Labour Day|Labor Day|May Day|Memorial Day|Remembrance Day|Armistice Day'
  ).split('|'),
);

/** The mentions, without organisation readings of holidays and feasts; knowledge-base matches stay. */
export function dropOccasions(text: string, mentions: Mention[]): Mention[] {
  const kept = mentions.filter((m) => !(BODY_TYPES.has(m.type) && m.rule !== 'kb-alias' && OCCASIONS.has(text.slice(m.start, m.end))));
  return kept.length === mentions.length ? mentions : kept;
}
