// CoNLL-style scoring of the tagger on gold-tokenised sentences (exact span and type match).
import { typeIndex } from './labels.ts';
import { countSpans, emptyCounts, stripTitles, tagsToSpans, type SpanCounts, type TaggedSentence, type TokenEntity } from './spans.ts';

/** The types every held-out set annotates; NORP and MISC predictions are not scored. */
export const SCORED_TYPES = new Set(['PER', 'ORG', 'LOC'].map(typeIndex));
const PER = typeIndex('PER');

/** Predicted spans as the public tagger reports them (titles stripped from persons). */
export function predictedSpans(tokens: string[], tags: ArrayLike<number>): TokenEntity[] {
  return tagsToSpans(tags).map((s) => (s.type === PER ? stripTitles(tokens, s) : s));
}

export function scoreSentences(
  sentences: TaggedSentence[],
  tag: (tokens: string[]) => ArrayLike<number>,
  scored: Set<number> = SCORED_TYPES,
): SpanCounts {
  const c = emptyCounts();
  for (const s of sentences) countSpans(c, tagsToSpans(s.tags), predictedSpans(s.tokens, tag(s.tokens)), scored);
  return c;
}

/** Scores documents tagged together (document features and prediction history in play). */
export function scoreDocuments(
  docs: TaggedSentence[][],
  tag: (sentences: string[][]) => ArrayLike<number>[],
  scored: Set<number> = SCORED_TYPES,
): SpanCounts {
  const c = emptyCounts();
  for (const doc of docs) {
    const tags = tag(doc.map((s) => s.tokens));
    doc.forEach((s, i) => countSpans(c, tagsToSpans(s.tags), predictedSpans(s.tokens, tags[i]), scored));
  }
  return c;
}
