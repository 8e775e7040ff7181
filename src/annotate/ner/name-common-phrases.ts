// Capitalised common phrases the tagger reads as organisations: "Green Tea", "Customer Service",
// "Regional Initiative", "Cessation of Hostilities", and the title-case words of headlines. A body
// named only with common words ends in a head noun that says so ("Legislative Council", "Special
// Forces", "Green Party"); without one, a run of words that are usually written in lowercase is a
// thing, a programme or a heading, not an actor. Known bodies are matched in the knowledge base
// before the tagger ("Human Rights Watch") and keep their reading.
import type { Mention } from '../../model.ts';
import { taggerNameLists, type NameLists } from './name-lists.ts';
import { ORG_HEADS } from './runs.ts';

/** Lowercase words that join a phrase's words ("Law of Armed Conflict"). */
const GLUE = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'to', 'a', 'an', '&']);

/** A lone capitalised common word is as often a team, a label or a government ("Jets", "Universal", "the Administration") as a thing. */
const MIN_WORDS = 2;
/** Heads of outlets', firms' and forces' names beyond the tagger's list ("Freedom Magazine", "Federal Highway Administration"). */
const MORE_HEADS = new Set(['magazine', 'newspaper', 'gazette', 'media', 'records', 'studios', 'pictures', 'labs', 'systems', 'administration', 'unit', 'patrol', 'limited', 'resorts']);

/** True when every word of `surface` is a common word and its last is no body's head noun. */
export function isCommonPhrase(surface: string, lists: NameLists = taggerNameLists()): boolean {
  const words = surface.split(/\s+/).filter((w) => !GLUE.has(w));
  if (words.length < MIN_WORDS) return false;
  if (words.some((w) => ORG_HEADS.has(w.toLowerCase()) || MORE_HEADS.has(w.toLowerCase()))) return false;
  // Acronyms, numbers and words with inner capitals are names' parts ("BBC", "iPhone", "3M").
  return words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && lists.lower.hasPhrase(w));
}

/** The mentions, without the tagger's organisation readings of capitalised common phrases. */
export function dropCommonPhrases(text: string, mentions: Mention[]): Mention[] {
  const kept = mentions.filter((m) => !(m.type === 'ORG' && m.rule === 'ner-perceptron' && isCommonPhrase(text.slice(m.start, m.end))));
  return kept.length === mentions.length ? mentions : kept;
}
