// The merged entity layer (src/annotate/entities.ts: KB aliases, cue rules and the tagger) scored
// like the tagger: each held-out document is rebuilt as text (tokens joined by spaces, one
// sentence a line), split by our sentence splitter, and its mentions compared with the gold spans
// at character offsets. Our finer types fold into PER/ORG/LOC; NORP is not scored.
import type { EntityType } from '../model.ts';
import { findEntities } from '../annotate/entities.ts';
import { splitSentences } from '../annotate/sentences.ts';
import { typeIndex } from '../annotate/ner/labels.ts';
import { SCORED_TYPES } from '../annotate/ner/evaluate.ts';
import { countSpans, emptyCounts, tagsToSpans, type SpanCounts, type TaggedSentence, type TokenEntity } from '../annotate/ner/spans.ts';

const PER = typeIndex('PER'), ORG = typeIndex('ORG'), LOC = typeIndex('LOC');

/** How each product type is scored against the PER/ORG/LOC gold (null: not scored). */
export const PRODUCT_TYPE_MAP: Record<EntityType, number | null> = {
  PERSON: PER, ORG, ARMED_GROUP: ORG, MEDIA: ORG, MILITARY_UNIT: ORG, GPE: LOC, LOC, FAC: LOC, NORP: null,
};

/** A document as text, with every gold entity as a character span. */
export function documentText(doc: TaggedSentence[]): { text: string; gold: TokenEntity[] } {
  let text = '';
  const gold: TokenEntity[] = [];
  for (const s of doc) {
    if (text) text += '\n';
    const starts = s.tokens.map((tok, i) => {
      if (i > 0) text += ' ';
      const at = text.length;
      text += tok;
      return at;
    });
    for (const sp of tagsToSpans(s.tags)) {
      const last = sp.end - 1;
      gold.push({ start: starts[sp.start], end: starts[last] + s.tokens[last].length, type: sp.type });
    }
  }
  return { text, gold };
}

export function productCounts(docs: TaggedSentence[][]): SpanCounts {
  const c = emptyCounts();
  for (const doc of docs) {
    const { text, gold } = documentText(doc);
    const pred: TokenEntity[] = [];
    for (const m of findEntities(text, splitSentences(text))) {
      const type = PRODUCT_TYPE_MAP[m.type];
      if (type !== null && type !== undefined) pred.push({ start: m.start, end: m.end, type });
    }
    countSpans(c, gold, pred, SCORED_TYPES);
  }
  return c;
}
