// A one-word "person" after the definite article: "the Dow fell", "the Polaroid", "the Snowman",
// "the Malleus said". News writes people's names without an article; a single capitalised word
// after "the" that the tagger read as a person names a thing, a work or a body, not a person
// (titles such as "the Pope" are read as titles, not names).
import type { Mention } from '../../model.ts';

/** The definite article and one space right before a word. */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])[Tt]he $/u;
/** How far back the article is looked for. */
const LOOK_BEHIND = 5;

const isLoneReading = (text: string, m: Mention) => m.type === 'PERSON' && m.rule === 'ner-perceptron' && !m.kbId && !/\s/.test(text.slice(m.start, m.end));
const afterArticle = (text: string, m: Mention) => ARTICLE_BEFORE.test(text.slice(Math.max(0, m.start - LOOK_BEHIND), m.start));

/**
 * The mentions, without the tagger's one-word person readings right after "the", unless the text
 * also names that person without the article ("Warhol painted ... the Warhol prints").
 */
export function dropArticlePersons(text: string, mentions: Mention[]): Mention[] {
  // Only a lone reading after "the" is ever dropped: an article without one (most) needs no names.
  if (!mentions.some((m) => isLoneReading(text, m) && afterArticle(text, m))) return mentions;
  const named = new Set<string>();
  for (const m of mentions) if (m.type === 'PERSON' && !afterArticle(text, m)) named.add(text.slice(m.start, m.end).split(/\s+/).pop()!);
  const out = mentions.filter((m) => !isLoneReading(text, m) || !afterArticle(text, m) || named.has(text.slice(m.start, m.end)));
  return out.length === mentions.length ? mentions : out;
}
