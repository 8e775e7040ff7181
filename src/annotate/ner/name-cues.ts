// People known by what the sentence says of them: "Seagal, whose grandmother was from...",
// "Isner, who produced...", '"...," Leive said', '"...," said Guilbeault.' A lone surname the
// tagger never saw is read as nothing or as a place; the relative "who" and a quotation's speaker
// are said of people. (An organisation may speak too, "Microsoft says", so a reading as an
// organisation is kept; only an unread word or a place reading becomes a person.)
import type { Mention } from '../../model.ts';
import { taggerNameLists, type NameLists } from './name-lists.ts';
import { RANK_TITLES } from './name-titles.ts';
import { TITLE_WORDS } from './spans.ts';

/** A capitalised word, then ", who" or ", whose": only unread words are taken from it. */
const WHO_AFTER = /(?<![\p{L}\p{N}'’.-])(\p{Lu}\p{Ll}[\p{L}'’-]*) ?, (?:who|whose) /gu;
/** The speaker of a quotation: '", Leive said' or '," said Guilbeault.' */
const SPEAKER = /["”] ?(\p{Lu}\p{Ll}[\p{L}'’-]*) (?:said|says|added|told|explained|wrote)\b|\b(?:said|says) (\p{Lu}\p{Ll}[\p{L}'’-]*) ?[.,]/gu;

/**
 * True when the capitalised word before `start` makes the cued word part of a longer name
 * ("Steven Seagal, who"); a capitalised common word ("Later Vrell, who") does not.
 */
function afterName(text: string, start: number, lists: NameLists): boolean {
  const before = text.slice(Math.max(0, start - 30), start).match(/(\S+)\s$/)?.[1];
  return !!before && /^\p{Lu}/u.test(before) && !/[.!?:;"”]$/.test(before) && !lists.lower.hasPhrase(before);
}

/** The mentions, with people cued by "who" or as a quotation's speaker read as persons. */
export function markCuedPersons(text: string, mentions: Mention[], lists: NameLists = taggerNameLists()): Mention[] {
  const cued: { start: number; end: number; speaker: boolean }[] = [];
  for (const h of text.matchAll(WHO_AFTER)) cued.push({ start: h.index!, end: h.index! + h[1].length, speaker: false });
  for (const h of text.matchAll(SPEAKER)) {
    const name = h[1] ?? h[2];
    const start = h.index! + h[0].indexOf(name, h[1] ? 0 : h[0].indexOf(' '));
    cued.push({ start, end: start + name.length, speaker: true });
  }
  if (cued.length === 0) return mentions;
  const out = [...mentions];
  for (const c of cued) {
    const word = text.slice(c.start, c.end);
    const lower = word.toLowerCase();
    if (TITLE_WORDS.has(lower) || RANK_TITLES.has(lower) || lists.lower.hasPhrase(word) || lists.geo.hasPhrase(word) || lists.norp.hasPhrase(word)) continue;
    if (afterName(text, c.start, lists)) continue;
    const over = out.filter((m) => m.start < c.end && c.start < m.end);
    if (over.length === 0) {
      out.push({ start: c.start, end: c.end, type: 'PERSON', kbId: null, rule: 'cue:person-context' });
      continue;
    }
    const [m] = over;
    // A speaker read as a place is a person; "who" after a place is as often its people ("members of Scientology, who").
    if (c.speaker && over.length === 1 && m.start === c.start && m.end === c.end && !m.kbId && (m.type === 'LOC' || m.type === 'GPE')) {
      out[out.indexOf(m)] = { ...m, type: 'PERSON', rule: 'cue:person-context' };
    }
  }
  return out.length === mentions.length && out.every((m, i) => m === mentions[i]) ? mentions : out.sort((a, b) => a.start - b.start);
}
