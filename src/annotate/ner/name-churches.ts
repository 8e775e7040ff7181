// Churches as bodies: "the Church of Scientology", "the Catholic Church", "the Greek Orthodox
// Church". A church named for a creed or "of" a name is the institution that acts, sues and
// speaks ("the Church of Scientology's requests"), not a building; the facility rule in
// entities.ts, which reads "Church" as a building's head ("St. Mary's Church"), and the tagger,
// which often reads nothing in "Church of X", both miss it.
import type { Mention } from '../../model.ts';

/** Creeds whose name before "Church" makes it a body of believers, not a building. */
const CREEDS = new Set(
  (
    'catholic orthodox episcopal episcopalian protestant anglican methodist baptist lutheran presbyterian pentecostal ' +
    'evangelical coptic reformed apostolic adventist mennonite unitarian congregational maronite syriac chaldean unification'
  ).split(' '),
);
/** "Church of" and a capitalised name of up to this many words ("Church of Jesus Christ of Latter-day Saints"). */
const CHURCH_OF = /\bChurch of (?:the )?\p{Lu}[\p{L}'’-]*(?:\s(?:of\s|and\s)?\p{Lu}[\p{L}'’-]*){0,5}/gu;
/** Mention types a church's name may have been read as, in whole or in part. */
const REPLACEABLE = new Set(['FAC', 'LOC', 'GPE', 'ORG', 'PERSON']);

/** The mentions, with churches named for a creed or "of" a name read as organisations. */
export function markChurches(text: string, mentions: Mention[]): Mention[] {
  let out = mentions.map((m) => {
    if (m.type !== 'FAC' && m.type !== 'LOC') return m;
    const words = text.slice(m.start, m.end).split(/\s+/);
    const creed = words.length >= 2 && words[words.length - 1] === 'Church' && CREEDS.has(words[words.length - 2].toLowerCase());
    return creed ? { ...m, type: 'ORG' as const, rule: 'name:church' } : m;
  });
  for (const hit of text.matchAll(CHURCH_OF)) {
    const start = hit.index!, end = start + hit[0].length;
    const over = out.filter((m) => m.start < end && start < m.end);
    // A mention reaching outside the phrase, or the phrase itself already read, is left as it is.
    if (over.some((m) => m.start < start || m.end > end || (m.start === start && m.end === end && m.type === 'ORG'))) continue;
    if (!over.every((m) => REPLACEABLE.has(m.type))) continue;
    out = out.filter((m) => !over.includes(m));
    out.push({ start, end, type: 'ORG', kbId: null, rule: 'name:church' });
  }
  return out.sort((a, b) => a.start - b.start);
}
