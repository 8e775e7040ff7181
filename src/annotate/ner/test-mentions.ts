// Hand-placed entity mentions for the tests of the document passes: the nth occurrence of a phrase
// in a hand-written text, read by the tagger, or matched in the knowledge base when an id is given.
import type { EntityType, Mention } from '../../model.ts';

export function mentionAt(text: string, phrase: string, type: EntityType, kbId: string | null = null, nth = 0, rule = kbId ? 'kb-alias' : 'ner-perceptron'): Mention {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`test text lacks "${phrase}"`);
  return { start, end: start + phrase.length, type, kbId, rule };
}
