// People known by what the sentence says of them: "Seagal, whose grandmother was from...",
// "Isner, who produced...", '"...," Leive said', '"...," said Guilbeault.', "Beria's dominance"
// (a lone name read as a place no name list knows, owning something). A lone surname the
// tagger never saw is read as nothing or as a place; the relative "who" and a quotation's speaker
// are said of people. (An organisation may speak too, "Microsoft says", so a reading as an
// organisation is kept; only an unread word or a place reading becomes a person.)
import type { Mention } from '../../model.ts';
import { taggerNameLists, type NameLists } from './name-lists.ts';
import { RANK_TITLES } from './name-titles.ts';
import { TITLE_WORDS } from './spans.ts';

/** The capitalised word that ends the text before ", who" or ", whose": only unread words are taken from it. */
const WORD_BEFORE_WHO = /(?<![\p{L}\p{N}'’.-])\p{Lu}\p{Ll}[\p{L}'’-]* ?$/u;
/** How far back from ", who" the word is looked for. */
const WHO_LOOK_BEHIND = 40;
/** The speaker of a quotation: '", Leive said'. */
const QUOTED_SPEAKER = /["”] ?(\p{Lu}\p{Ll}[\p{L}'’-]*) (?:said|says|added|told|explained|wrote)\b/gu;
/** The speaker named after the verb: '," said Guilbeault.' */
const SAID_SPEAKER = /\b(?:said|says) (\p{Lu}\p{Ll}[\p{L}'’-]*) ?[.,]/gu;

/** The capitalised words right before ", who" or ", whose" (found from each comma, not by a scan of the whole text). */
function wordsBeforeWho(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let at = text.indexOf(', who'); at >= 0; at = text.indexOf(', who', at + 1)) {
    if (!/^, whos?e? /.test(text.slice(at, at + 8)) || text.startsWith(', whom', at)) continue;
    const from = Math.max(0, at - WHO_LOOK_BEHIND);
    const w = text.slice(from, at).match(WORD_BEFORE_WHO);
    if (w) out.push({ start: from + w.index!, end: from + w.index! + w[0].trimEnd().length });
  }
  return out;
}

/** A possessive and a common noun after a name: "Duffy's fraud trial", "Carangi's life". */
const POSSESSIVE_AFTER = /^ ?['’]s \p{Ll}/u;
/** The definite article before a name: "the Earth's oceans" is no one's. */
const ARTICLE_BEFORE = /\b[Tt]he\s+$/;

/**
 * True when a one-word place reading no name list knows owns something ("Beria's dominance"):
 * people own things in news far more often than unknown places do.
 */
function isOwnerNotPlace(text: string, m: Mention, lists: NameLists): boolean {
  if ((m.type !== 'LOC' && m.type !== 'GPE') || m.kbId) return false;
  const word = text.slice(m.start, m.end);
  if (!/^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(word) || lists.geo.hasPhrase(word) || lists.norp.hasPhrase(word) || lists.lower.hasPhrase(word)) return false;
  return POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 6)) && !ARTICLE_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start));
}

/**
 * True when the capitalised word before `start` makes the cued word part of a longer name
 * ("Steven Seagal, who"); a capitalised common word ("Later Vrell, who") does not.
 */
function afterName(text: string, start: number, lists: NameLists): boolean {
  const before = text.slice(Math.max(0, start - 30), start).match(/(\S+)\s$/)?.[1];
  return !!before && /^\p{Lu}/u.test(before) && !/[.!?:;"”]$/.test(before) && !lists.lower.hasPhrase(before);
}

/** True when a capitalised word a sentence cues may be a person's name: no title, nor a word the common, place or peoples' lists hold. */
export function mayNamePerson(word: string, lists: NameLists): boolean {
  const lower = word.toLowerCase();
  return !(TITLE_WORDS.has(lower) || RANK_TITLES.has(lower) || lists.lower.hasPhrase(word) || lists.geo.hasPhrase(word) || lists.norp.hasPhrase(word));
}

/** The mentions, with people cued by "who", as a quotation's speaker or as an owner read as persons. */
export function markCuedPersons(text: string, mentions: Mention[], lists: NameLists = taggerNameLists()): Mention[] {
  const cued: { start: number; end: number; speaker: boolean }[] = [];
  for (const w of wordsBeforeWho(text)) cued.push({ ...w, speaker: false });
  for (const re of [QUOTED_SPEAKER, SAID_SPEAKER]) {
    for (const h of text.matchAll(re)) {
      const start = h.index! + h[0].lastIndexOf(h[1], h[0].length - h[1].length);
      cued.push({ start, end: start + h[1].length, speaker: true });
    }
  }
  const out = mentions.map((m) => (isOwnerNotPlace(text, m, lists) ? { ...m, type: 'PERSON' as const, rule: 'cue:person-context' } : m));
  for (const c of cued) {
    if (!mayNamePerson(text.slice(c.start, c.end), lists) || afterName(text, c.start, lists)) continue;
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
  return out.sort((a, b) => a.start - b.start);
}
