// Bodies named by a run of capitalised words that ends in an organisation's head noun: "the Iraqi
// Islamic Party", "the Association of Muslim Scholars", "Athens Urban Transport Organisation",
// "New Jersey Department of Public Safety". The tagger often reads only a part (the people's
// adjective, the place) or nothing, because the run's first words say "people" or "place"; the
// head noun says which thing the whole names. A run holding a person's name is left alone ("Andy
// Warhol Foundation" may be read either way), and so is a run that another reading crosses.
import type { EntityType, Mention } from '../../model.ts';
import { loadKb } from '../kb/match.ts';
import { CALENDAR_WORDS } from './name-parts.ts';

/**
 * Head nouns that end only bodies' names. Wider heads ("Group", "Union", "Service", "Times") also end
 * other names ("Union Station", "Service Medal") and are left to the tagger.
 */
const BODY_HEADS = new Set(
  (
    'Party Ministry Council Commission Agency Corps Brigade Brigades Movement University Institute Bank Company ' +
    'Association Organisation Organization Federation Confederation League Committee Foundation Society Club ' +
    'Department Authority Bureau Coalition Alliance Parliament Assembly Forces Army Navy Inc Inc. Ltd Ltd. ' +
    'Corp Corp. Corporation LLC plc Regiment Battalion Government'
  ).split(' '),
);
/** Any head word, as one pattern: literal alternatives scan a text far faster than every capitalised word. */
const HEAD_WORD = new RegExp(`\\b(?:${[...BODY_HEADS].sort((a, b) => b.length - a.length).map((h) => h.replace('.', '\\.')).join('|')})`, 'g');
/** Heads that make the body an armed force rather than a civil organisation. */
const FORCE_HEADS = new Set(['Corps', 'Brigade', 'Brigades', 'Forces', 'Army', 'Navy', 'Regiment', 'Battalion']);
/** Lowercase words that join the words of a body's "of" part ("Alliance of Democratic Forces for the Liberation of Congo"). */
const GLUE = new Set(['of', 'for', 'and', 'the', '&']);
/** Words after a head that open the body's "of" part ("Department of Labor"). */
const TAIL_OPENERS = new Set(['of', 'for']);
/**
 * Heads whose remit follows "on" ("Council on Foreign Relations"); after others "on" opens a place
 * ("Club on H Street"), and after "on the" a topic ("the Security Council on the DPRK").
 */
const ON_HEADS = new Set(['Council', 'Committee', 'Commission']);
/** Capitalised words that open a sentence or a clause, not a name ("The", "In", "Its"), and the calendar's ("September's"). */
const OPENERS = new Set([
  ...(
    'The A An This That These Those Its His Her Their Our Your My Both Every Each All Some Any No ' +
    'In On At For By From With As When After Before But And Or If While Under Since During Of To Then So About Former'
  ).split(' '),
  ...[...CALENDAR_WORDS].map((w) => w[0].toUpperCase() + w.slice(1)),
]);
/** Readings a body's name may have been split into: its people's adjective, its place, a part of it. */
export const BODY_PART_TYPES = new Set<EntityType>(['NORP', 'GPE', 'LOC', 'ORG', 'MEDIA', 'ARMED_GROUP', 'MILITARY_UNIT']);
/** Types of bodies' readings (and of a body's name in the knowledge base): the name passes' one list. */
export const BODY_TYPES = new Set<EntityType>(['ORG', 'MEDIA', 'ARMED_GROUP', 'MILITARY_UNIT']);
/** Longest body name considered, in words; longer capitalised runs are headlines or lists. */
const MAX_WORDS = 9;

interface Word { start: number; end: number; text: string; possessive: boolean }

/** Capitalised, and so is every hyphenated part ("Bosnian-Serb", not "Soviet-era"). */
const isCapitalised = (w: string) => /^\p{Lu}/u.test(w) && !/-\p{Ll}/u.test(w);
/** A possessive ending: "China's", "Department’s", "Workers'". */
const POSSESSIVE = /['’]s?$/;
/** A word: letters or digits with inner apostrophes, dots, ampersands and hyphens before a letter, or "&" alone. */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.&]|-(?=[\p{L}\p{N}]))*|&/gu;
/** Possessors that are part of a body's name ("Sheriff's Department", "Korean People's Army"), in lowercase. */
export const NAME_POSSESSORS = new Set(['sheriff', 'people', 'peoples', 'children', 'women', 'workers', 'men', 'veterans', 'citizens', 'patrolmen', 'farmers', 'officers', 'teachers', 'nurses', 'lawyers', 'journalists']);

/**
 * The words of `text` (letters with inner apostrophes, dots, hyphens and ampersands), in order. A
 * possessive ending is cut off and remembered; so is a sentence's full stop ("the Labour Party."),
 * but not an abbreviation's ("Inc.", "U.S.").
 */
function wordsAround(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  for (const m of text.slice(from, to).matchAll(WORD)) {
    const start = from + m.index!;
    let word = m[0].endsWith('.') && !BODY_HEADS.has(m[0]) && !/\..*\./.test(m[0]) ? m[0].slice(0, -1) : m[0];
    const possessive = POSSESSIVE.test(word) && word.length > 2;
    if (possessive) word = word.replace(POSSESSIVE, '');
    out.push({ start, end: start + word.length, text: word, possessive });
  }
  return out;
}

/** A possessive word that stands outside the name after it ("China's Foreign Ministry"). */
const ownsName = (w: Word) => w.possessive && !NAME_POSSESSORS.has(w.text.toLowerCase());

/** True when only spaces stand between two words (no comma, bracket or line break). */
const joined = (text: string, a: Word, b: Word) => !a.possessive && text.slice(a.end, b.start) === ' ';
/** As `joined`, across a name's own possessive ("Sheriff's Department"). */
const joinedInName = (text: string, a: Word, b: Word) => (a.possessive ? !ownsName(a) && /^['’]s? $/.test(text.slice(a.end, b.start)) : joined(text, a, b));

/** The span of the body named around the head word at `h`, or null. */
function bodyAround(text: string, words: Word[], h: number): { start: number; end: number; head: string } | null {
  // Back over capitalised words to the run's first word. Glue is not crossed backwards: what
  // stands before "of" or "and" is a title, an event or another body ("CEO of the Refugee Council",
  // "War of the First Coalition", "Google and the Wikimedia Foundation").
  let s = h;
  while (s > 0 && joinedInName(text, words[s - 1], words[s]) && (isCapitalised(words[s - 1].text) || words[s - 1].text === '&')) s--;
  // An opening word inside the run starts the name after it ("Ohio -- The Akron Police Department").
  for (let k = h - 1; k >= s; k--) if (OPENERS.has(words[k].text)) (s = k + 1);
  while (s < h && words[s].text === '&') s++;
  // Forward over an "of" part: "Department of Labor", "Association of Muslim Scholars".
  let e = h;
  const opener = words[h + 1]?.text;
  if (h + 2 < words.length && !words[h].possessive && (TAIL_OPENERS.has(opener) || (opener === 'on' && ON_HEADS.has(words[h].text) && words[h + 2].text !== 'the')) && joined(text, words[h], words[h + 1])) {
    let k = h + 1;
    while (k + 1 < words.length && joined(text, words[k], words[k + 1]) && (isCapitalised(words[k + 1].text) || GLUE.has(words[k + 1].text))) k++;
    // A possessive ends the "of" part: "University of Maryland's Observatory".
    for (let j = h + 1; j < k; j++) if (words[j].possessive) (k = j);
    // "and the", or "and" before another head, opens another name ("University of Sheffield and the
    // University of York", "Institute of Technology and Colorado State University").
    for (let j = h + 2; j < k; j++) {
      if (words[j].text !== 'and') continue;
      let another = words[j + 1].text === 'the';
      for (let x = j + 1; x <= k && !another; x++) another = BODY_HEADS.has(words[x].text);
      if (another) {
        k = j - 1;
        break;
      }
    }
    while (k > h && !isCapitalised(words[k].text)) k--;
    e = k;
  }
  const named = words.slice(s, e + 1).filter((w) => isCapitalised(w.text));
  if (named.length < 2 || named.length > MAX_WORDS) return null;
  return { start: words[s].start, end: words[e].end, head: words[h].text };
}

/** The mentions, with bodies whose names end in a head noun read whole as organisations. */
export function markNamedBodies(text: string, mentions: Mention[]): Mention[] {
  let out = mentions;
  for (const hit of text.matchAll(HEAD_WORD)) {
    const at = hit.index!;
    // A head is a whole word: "Party", not "Partyka" or "Armyworm".
    if (/\p{L}/u.test(text[at + hit[0].length] ?? '')) continue;
    // The words of the head's line around it; a body's name does not cross a line.
    const lineStart = text.lastIndexOf('\n', at) + 1;
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = text.length;
    const words = wordsAround(text, Math.max(lineStart, at - 200), Math.min(lineEnd, at + 200));
    const h = words.findIndex((w) => w.start === at);
    if (h < 0) continue;
    const body = bodyAround(text, words, h);
    if (!body) continue;
    const over = out.filter((m) => m.start < body.end && body.start < m.end);
    if (over.some((m) => m.start < body.start || m.end > body.end || !BODY_PART_TYPES.has(m.type))) continue;
    // The same words read whole: a place reading the knowledge base did not link is the body ("the UK Government").
    const same = over.find((m) => m.start === body.start && m.end === body.end);
    if (same && (BODY_TYPES.has(same.type) || same.kbId || same.type === 'NORP')) continue;
    // "the Iranian Government" is a people's government described, not a body's name ("the Government of Iran", "the UK Government").
    if (body.head === 'Government' && over.some((m) => m.type === 'NORP' && m.start === body.start)) continue;
    const known = loadKb().resolve(text.slice(body.start, body.end));
    // The knowledge base knows the whole as something else than a body ("Party" ends no place, but a list may err).
    if (known && !BODY_TYPES.has(known.type)) continue;
    const type: EntityType = known?.type ?? (FORCE_HEADS.has(body.head) ? 'MILITARY_UNIT' : 'ORG');
    out = out.filter((m) => !over.includes(m));
    out.push({ start: body.start, end: body.end, type, kbId: known?.id ?? null, rule: 'name:body-head' });
  }
  return out === mentions ? mentions : out.sort((a, b) => a.start - b.start);
}
