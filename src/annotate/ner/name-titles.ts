// Titles of rank before a person's name: "Lord Halifax", "Prince Henry", "Tsar Alexander", "St.
// Rastislav". The tagger strips the titles of office it was trained to strip ("President",
// "General"), but its training text kept titles of rank inside the name; news annotators, like
// every reader who asks who acted, take the person as the name after the title.
import type { Mention } from '../../model.ts';
import { TITLE_WORDS } from './spans.ts';

/** Titles of rank, nobility and sainthood that open a name but are no part of it. */
export const RANK_TITLES = new Set(
  'lord lady sir dame prince princess duke duchess count countess baron baroness tsar czar tsarina emperor empress saint st. sultan pharaoh miss'.split(' '),
);

/** A title of office ("General", "President", "State"); ranks are left, as some are names too ("Baron", a guitarist). */
const isOfficeTitle = (word: string) => TITLE_WORDS.has(word.toLowerCase());

/**
 * The mentions, with leading titles of rank cut from persons' names (at least one word stays), and
 * a title of office read alone as a name dropped ("under the command of [General] John
 * Burgoyne", "The [President] said", "fixed by the [State]"): it names an office, and the person, if named, stands beside it.
 * Knowledge-base matches keep their span: the alias is the name the base knows.
 */
export function stripRankTitles(text: string, mentions: Mention[]): Mention[] {
  return mentions.filter((m) => m.kbId || !isOfficeTitle(text.slice(m.start, m.end))).map((m) => {
    if (m.type !== 'PERSON' || m.kbId) return m;
    let start = m.start;
    for (;;) {
      const word = text.slice(start, m.end).match(/^(\S+)\s+(?=\S)/);
      if (!word || !RANK_TITLES.has(word[1].toLowerCase())) break;
      start += word[0].length;
    }
    return start === m.start ? m : { ...m, start };
  });
}
