// Names read by their shape where the tagger's context misled it.
// A person's name read as a work or an event: "Moses Mendelssohn" tagged MISC in a bibliography
// ("Moses Mendelssohn, London 1973"), "Ram Tackett" in an e-mail signature. The tagger reads the
// shape of the context as a title's; a name of two or three capitalised words that opens with a
// known given name, holds no common word, place or people, and does not end like the name of a
// prize, building or event, is a person.
import type { Mention } from '../../model.ts';
import { taggerNameLists, type NameLists } from './name-lists.ts';
import { ORG_HEADS } from './runs.ts';
import type { NerSpan } from './tagger.ts';

/** Words ending the name of a prize, building, event or race: "Booker Prize", "Alfred Phillips House". */
const THING_HEADS = new Set(
  'prize award awards cup trophy medal house hall building tower circuit legends festival games show series championship open tour stakes memorial'.split(' '),
);
/** Longest person's name read here, in words: given, middle, family. */
const MAX_WORDS = 3;

/** True when `surface` has the shape of a person's name (see the file comment). */
export function isPersonShaped(surface: string, lists: NameLists = taggerNameLists()): boolean {
  const words = surface.split(/\s+/);
  if (words.length < 2 || words.length > MAX_WORDS) return false;
  if (!words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) && /\p{Ll}/u.test(w))) return false;
  if (!lists.first.hasPhrase(words[0])) return false;
  const last = words[words.length - 1].toLowerCase();
  if (THING_HEADS.has(last) || ORG_HEADS.has(last)) return false;
  return !words.slice(1).some((w) => lists.lower.hasPhrase(w) || lists.geo.hasPhrase(w) || lists.norp.hasPhrase(w));
}

/** Words ending the name of a prize, an event or a show, named after a person: "Davis Cup", "Andrew Marr Show". */
const EVENT_HEADS = new Set('prize award awards cup trophy medal circuit festival games show series championship open tour stakes memorial'.split(' '));

/** True when a name of two or more words ends like a prize's, an event's or a show's. */
export function endsLikeEvent(surface: string): boolean {
  const words = surface.split(/\s+/);
  return words.length >= 2 && EVENT_HEADS.has(words[words.length - 1].toLowerCase());
}

/**
 * Words that end a firm's, band's or venue's name, beside ORG_HEADS: a "person" so named ("Cesaroni
 * Design", "Soleilmoon Recordings", "Hinkley Locomotive Works") is the business named after them.
 */
const BUSINESS_HEADS = new Set(
  (
    'design designs works recordings records partners theatre theater lounge motors industries enterprises studios ' +
    'productions systems technologies labs laboratories pictures films publishing publishers entertainment media ventures ' +
    'associates orchestra ensemble quartet choir'
  ).split(' '),
);

/** True when a name of two or more words ends with an organisation's or business's head word. */
export function endsLikeOrganisation(surface: string): boolean {
  const words = surface.split(/\s+/);
  const last = words[words.length - 1].toLowerCase();
  return words.length >= 2 && (ORG_HEADS.has(last) || BUSINESS_HEADS.has(last));
}

/**
 * The span, read by the shape of its name: a person-shaped name the tagger read as MISC is a
 * person; a "person" whose name ends like a firm's is an organisation, and one whose name ends
 * like a prize's or a show's is neither (MISC).
 */
export function readNameShape(text: string, span: NerSpan, lists: NameLists = taggerNameLists()): NerSpan {
  const surface = text.slice(span.start, span.end);
  if (span.label === 'MISC' && isPersonShaped(surface, lists)) return { ...span, label: 'PER' };
  if (span.label === 'PER' && endsLikeOrganisation(surface)) return { ...span, label: 'ORG' };
  if (span.label === 'PER' && endsLikeEvent(surface)) return { ...span, label: 'MISC' };
  return span;
}

/**
 * An East Asian name written family name first with a hyphenated given name: "Kim Jong-un", "Hui
 * Chi-fung", "Kwok Wai-keung". The shape (a capitalised word, then a capitalised syllable joined
 * by a hyphen to a lowercase one) is a person's name in news text, whatever the tagger read.
 */
const HYPHENATED_GIVEN_NAME = /(?<![\p{L}\p{N}'’.-])\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+-\p{Ll}+(?![\p{L}\p{N}-])/gu;
/** Longest such name, in characters, looked for around each hyphen. */
const HYPHENATED_WINDOW = 48;

const LOWER_LETTER = /\p{Ll}/u, UPPER_LETTER = /\p{Lu}/u;
/** A UTF-16 surrogate: half of a character the checks below do not judge. */
const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;
/** Whether the code unit at k is a lowercase letter (ASCII by code, the rest by the pattern's class). */
const isLowerAt = (text: string, k: number) => {
  const c = text.charCodeAt(k);
  return c >= 0x61 && c <= 0x7a ? true : c < 0x80 ? false : LOWER_LETTER.test(text[k]);
};

/**
 * Whether the hyphen at `at` may stand inside a HYPHENATED_GIVEN_NAME as its given name's hyphen: a
 * lowercase letter after it, and before it lowercase letters opened by a capital with a space
 * before. Most hyphens of news text fail this ("pro-government", "al-Qaeda", "2-1"), and the
 * pattern is not run around them. A surrogate met on the way leaves the answer to the pattern.
 */
function mayHoldGivenName(text: string, at: number): boolean {
  if (at + 1 >= text.length || isSurrogate(text.charCodeAt(at + 1))) return at + 1 < text.length;
  if (!isLowerAt(text, at + 1)) return false;
  let k = at - 1;
  for (; k >= 0; k--) {
    if (isSurrogate(text.charCodeAt(k))) return true;
    if (!isLowerAt(text, k)) break;
  }
  if (k === at - 1 || k < 1) return false;
  return UPPER_LETTER.test(text[k]) && text.charCodeAt(k - 1) === 0x20;
}

/** Every match of HYPHENATED_GIVEN_NAME, found by looking only around hyphens (a scan of the whole text with it costs more than the rest of the entity passes). */
function* hyphenatedNames(text: string): Generator<{ start: number; name: string }> {
  let from = 0;
  for (let at = text.indexOf('-'); at >= 0; at = text.indexOf('-', Math.max(at + 1, from))) {
    if (!mayHoldGivenName(text, at)) continue;
    const windowStart = Math.max(0, at - HYPHENATED_WINDOW);
    const window = text.slice(windowStart, at + HYPHENATED_WINDOW);
    for (const hit of window.matchAll(HYPHENATED_GIVEN_NAME)) {
      const start = windowStart + hit.index!;
      // Each name once: only the match around this hyphen, and only if it starts after the last one found.
      if (start + hit[0].indexOf('-') !== at || start < from) continue;
      // The window may cut a word: the match must open one in the whole text too.
      if (start > 0 && /[\p{L}\p{N}'’.-]/u.test(text[start - 1])) continue;
      from = start + hit[0].length;
      yield { start, name: hit[0] };
    }
  }
}
/** Readings such a name may have been given wrongly, whole or in part. */
const HYPHENATED_REPLACEABLE = new Set(['ORG', 'LOC', 'GPE', 'FAC', 'NORP']);

/** The mentions, with every name of that shape read as a person (see HYPHENATED_GIVEN_NAME). */
export function markHyphenatedNames(text: string, mentions: Mention[], lists: NameLists = taggerNameLists()): Mention[] {
  let out = mentions;
  for (const hit of hyphenatedNames(text)) {
    const start = hit.start, end = start + hit.name.length;
    // "The Co-founder": a common word is no family name, and no given name opens with one, unless
    // it is a name too ("Moon Jae-in").
    const [family, given] = hit.name.split(/[\s-]/);
    if ([family, given].some((w) => lists.lower.hasPhrase(w) && !lists.first.hasPhrase(w))) continue;
    const over = out.filter((m) => m.start < end && start < m.end);
    // A reading reaching outside the name ("Kwok Ka-ki and Andrew Wan") or a knowledge-base match is left alone.
    if (over.some((m) => m.start < start || m.end > end || m.kbId || !HYPHENATED_REPLACEABLE.has(m.type) && m.type !== 'PERSON')) continue;
    if (over.some((m) => m.type === 'PERSON' && m.start === start && m.end === end)) continue;
    out = out.filter((m) => !over.includes(m));
    out.push({ start, end, type: 'PERSON', kbId: null, rule: 'name:hyphenated-given-name' });
  }
  return out === mentions ? mentions : out.sort((a, b) => a.start - b.start);
}
