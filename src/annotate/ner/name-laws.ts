// Laws, treaties and agreements are named like bodies ("the Paris Agreement", "the Clean Air
// Act", "the Treaty of Nanking"), and the tagger, seeing a capitalised run, often reads an
// organisation or a place. They are documents: no actor and no place, so their readings are
// dropped (news annotators mark them as miscellaneous names, which the product has no type for).
import type { Mention } from '../../model.ts';

/** Words that end the name of a law or a treaty: "Kigali Amendment", "Patriot Act", "Minsk Protocol". */
const LAW_HEADS = new Set('agreement agreements amendment treaty accord accords act protocol pact charter convention'.split(' '));
/** A whitespace character: what a name of two or more words holds. */
const WHITESPACE = /\s/;
/** Words that open one: "Treaty of Versailles", "Act of Union". */
const LAW_OPENERS = new Set('treaty act'.split(' '));

/** True when a name of two or more words is a law's or a treaty's. */
export function isLawName(surface: string): boolean {
  // One word (most names) splits into one: the test spares the split's array and strings.
  if (!WHITESPACE.test(surface)) return false;
  const words = surface.split(/\s+/);
  if (words.length < 2) return false;
  const last = words[words.length - 1].toLowerCase();
  return LAW_HEADS.has(last) || (LAW_OPENERS.has(words[0].toLowerCase()) && words[1] === 'of');
}

/** The mentions, without the tagger's readings of laws' and treaties' names; knowledge-base matches stay. */
export function dropLawNames(text: string, mentions: Mention[]): Mention[] {
  const out = mentions.filter((m) => m.kbId || m.rule !== 'ner-perceptron' || !isLawName(text.slice(m.start, m.end)));
  return out.length === mentions.length ? mentions : out;
}
