// The edges of a body's name as the tagger reads them. A reading often runs past the name: onto
// the possessive after it ("the Coalition's", "Civic Passion's"), onto what the body owns
// ("University of Mostar's Medical Faculty", "the State Department's Flickr", "UN Security Council
// Resolution 2254", "the WTA Tour"), or onto the title
// of the person named next ("State Department Spokesperson John Kirby", "Army Lt. Gen. Stephen
// Townsend"). The body's name ends before them, and two bodies joined by "and" are two.
import type { Mention } from '../../model.ts';
import { BODY_TYPES, NAME_POSSESSORS } from './name-bodies.ts';
import { ORG_HEADS } from './runs.ts';
import { TITLE_WORDS } from './spans.ts';

/** Titles beyond the tagger's title list that stand between a body and a person's name. */
const MORE_TITLES = new Set(['spokesperson', 'ceo', 'chairwoman', 'commissioner', 'coordinator', 'head', 'senior', 'staff', 'sgt.', 'cpl.', 'pvt.', 'chargé']);
/** A possessive at the end of a reading: "'s", "’s", or a bare apostrophe. */
const POSSESSIVE_END = /\s?['’]s?$/;
/** A possessive inside a reading, with the words before and after it. */
const POSSESSIVE_INSIDE = /^(.*\S)\s?['’]s\s(\p{Lu}.*)$/u;

/** Words that join a name's parts; the title list holds some ("of", "the") for "Minister of the Interior". */
const GLUE = new Set(['of', 'the', 'and', 'for']);

/**
 * Last words naming a body's event, document or programme rather than the body ("Resolution",
 * "Summit", "Cup", "Tour", "Draft", "Report"), with the space before them.
 */
const OWNED_TAIL = /\s(?:Resolutions?|Summit|Cup|Tour|Draft|Results|Report|Contract|Agreement|Accord|Declaration|Communique|Statement|Award|Awards|Championships?|Election|Elections|Talks|Meeting|Website|Campaign|Programme|Program|Initiative|Delivery)$/;
/** The words before an owned thing name a body: an acronym ("WTA"), or two or more words holding a head noun ("UN Security Council"). */
const namesBody = (words: string) => {
  if (/^\p{Lu}[\p{Lu}\d&.-]+$/u.test(words)) return true;
  // A head noun alone is no name ("Academy" of "Academy Award").
  const parts = words.split(/\s+/);
  return parts.length >= 2 && parts.some((w) => ORG_HEADS.has(w.toLowerCase()));
};

const isTitle = (w: string) => TITLE_WORDS.has(w.toLowerCase()) || MORE_TITLES.has(w.toLowerCase());

/** The end of a body's name inside the reading `surface`, or -1 when the reading is the name. */
function nameEnd(text: string, m: Mention): number {
  const surface = text.slice(m.start, m.end);
  const inside = surface.match(POSSESSIVE_INSIDE);
  if (inside) {
    const words = inside[1].toLowerCase().split(/\s+/);
    if (words.some((w) => ORG_HEADS.has(w)) && !NAME_POSSESSORS.has(words[words.length - 1])) return inside[1].length;
  }
  const possessive = surface.match(POSSESSIVE_END);
  if (possessive && possessive.index! > 0) return possessive.index!;
  // What a body holds, adopts or runs, named after it: "UN Security Council Resolution", "WTA Tour".
  const tail = surface.match(OWNED_TAIL);
  if (tail && tail.index! > 0 && namesBody(surface.slice(0, tail.index!))) return tail.index!;
  // Titles at the end, before a capitalised name that follows the reading.
  if (!/^\s\p{Lu}/u.test(text.slice(m.end, m.end + 2))) return -1;
  const words = [...surface.matchAll(/\S+/g)];
  let n = words.length;
  while (n > 1 && isTitle(words[n - 1][0]) && !GLUE.has(words[n - 1][0])) n--;
  if (n === words.length || GLUE.has(words[n - 1][0])) return -1;
  return words[n - 1].index! + words[n - 1][0].length;
}

/** Two bodies read as one: "the Court and National Assembly", each side ending in a head noun. */
const TWO_BODIES = /^(.*\S) (?:and|&) (\S.*)$/;

/** The two bodies of a reading that joins them, or null. */
function twoBodies(surface: string): [number, number] | null {
  const both = surface.match(TWO_BODIES);
  if (!both || both[1].includes(' of ') || both[1].includes(' and ')) return null;
  const endsInHead = (part: string) => ORG_HEADS.has(part.slice(part.lastIndexOf(' ') + 1).toLowerCase());
  return endsInHead(both[1]) && endsInHead(both[2]) ? [both[1].length, surface.length - both[2].length] : null;
}

/** The mentions, with bodies' readings cut back to the body's name. */
export function trimBodyEdges(text: string, mentions: Mention[]): Mention[] {
  let out: Mention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (!BODY_TYPES.has(m.type) || m.rule === 'kb-alias') continue;
    const two = twoBodies(text.slice(m.start, m.end));
    if (two) {
      out ??= [...mentions];
      out[i] = { ...m, end: m.start + two[0], kbId: null, rule: `${m.rule}+split` };
      out.push({ ...m, start: m.start + two[1], kbId: null, rule: `${m.rule}+split` });
      continue;
    }
    const cut = nameEnd(text, m);
    // Punctuation left before the cut is no part of the name either ("Congress ,’s").
    const end = cut > 0 ? text.slice(m.start, m.start + cut).replace(/[\s,;:'’"-]+$/, '').length : cut;
    if (end <= 0) continue;
    out ??= [...mentions];
    out[i] = { ...m, end: m.start + end, kbId: null, rule: `${m.rule}+trimmed` };
  }
  return out ? out.sort((a, b) => a.start - b.start) : mentions;
}
