// Sentences and part-of-speech-tagged tokens with character offsets into the text, from our own
// tokeniser, sentence breaks and tagger (src/annotate/tokens): Penn-Treebank-like tokens, no break
// after titles and abbreviations ("Col.-Gen. Ivanov", "U.S. officials"), always a break at a line
// end (the cleaner keeps one paragraph or headline per line), Universal POS tags (capitalised
// adjectives read as PROPN, see asPipelineTags).
import { newTokenList, tokenise } from './tokens/tokenise.ts';
import { sentenceStarts } from './tokens/sentence-breaks.ts';
import { posTagger } from './tokens/pos-tagger.ts';
import { UPOS } from './tokens/pos-corpora.ts';
import { warmUpTexts } from './tokens/warm-up.ts';

export interface Token {
  start: number;
  end: number;
  /** Universal POS tag ("NOUN", "PROPN", "NUM", "PUNCT"…), from src/annotate/tokens/pos-tagger.ts. */
  pos: string;
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

/** The tokeniser's arrays, reused text after text (splitSentences keeps no reference to them). */
const scratch = newTokenList();

/** Whether the warm-up texts (tokens/warm-up.ts) have been read: once, before the first real text. */
let warmedUp = false;

/** Splits text into sentences of tagged tokens; all offsets index into `text`. */
export function splitSentences(text: string): Sentence[] {
  if (!warmedUp) {
    warmedUp = true;
    for (const warmUp of warmUpTexts()) split(warmUp);
  }
  return split(text);
}

function split(text: string): Sentence[] {
  const t = tokenise(text, scratch);
  const starts = sentenceStarts(text, t);
  const tagger = posTagger();
  const sentences: Sentence[] = [];
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k], to = k + 1 < starts.length ? starts[k + 1] : t.count;
    const tags = tagger.tagSpans(text, t.start, t.end, from, to);
    const tokens: Token[] = new Array(to - from);
    for (let i = from; i < to; i++) tokens[i - from] = { start: t.start[i], end: t.end[i], pos: UPOS[tags[i - from]] };
    sentences.push({ start: t.start[from], end: t.end[to - 1], tokens });
  }
  return sentences;
}
