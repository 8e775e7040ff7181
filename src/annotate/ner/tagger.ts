// The entity tagger's public API: tags one tokenised sentence of raw text with PER/ORG/LOC/NORP/MISC
// spans at character offsets, using the committed averaged-perceptron weights in models/ner.
import { Decoder, WordScoreCache, decodeDocument, decodeSentences } from './decode.ts';
import { FeatureExtractor } from './features.ts';
import { ENTITY_TYPES, typeIndex } from './labels.ts';
import { readModel, type LoadedModel } from './model-files.ts';
import { stripTitles, tagsToSpans } from './spans.ts';
import type { WeightSource } from './weights.ts';
import { wordInfosAt } from './words.ts';

export interface TokenSpan { start: number; end: number }
export interface NerSpan { start: number; end: number; label: 'PER' | 'ORG' | 'LOC' | 'NORP' | 'MISC'; score: number }
export interface Tagger {
  tagSentence(text: string, tokens: TokenSpan[]): NerSpan[];
  /**
   * Tags a document's sentences together (spans per sentence, in order): a name seen in full
   * earlier ("Vladimir Putin") helps tag its later short form ("Putin said").
   */
  tagDocument(text: string, sentences: { tokens: TokenSpan[] }[]): NerSpan[][];
}
/** Tag arrays straight from token strings, for scoring on gold-tokenised corpora. */
export interface TokenTagger extends Tagger {
  tagTokens(words: string[]): Int32Array;
  tagDocumentTokens(sentences: string[][]): Int32Array[];
}

const PER = typeIndex('PER');
/** Characters that join two tokens into one word when nothing separates them ("al-Qaida"). */
const JOINERS = new Set(['-', '\u2010', '\u2011']);
/** Their code units: mergeHyphenated's first pass compares codes, not one-character strings. */
const JOINER_CODES = [...JOINERS].map((c) => c.charCodeAt(0));

/**
 * Merges "word - word" token runs with no whitespace between them into one token: a tokeniser that
 * splits hyphenated names (our own keeps them whole; callers may hand other tokens), while every
 * training corpus keeps them whole.
 */
export function mergeHyphenated(text: string, tokens: TokenSpan[]): TokenSpan[] {
  // Mostly there is nothing to merge, and the tokens are handed back as they are.
  let joiner = false;
  for (let i = 1; i + 1 < tokens.length && !joiner; i++) {
    // By char code: most one-character tokens are punctuation, and a Set lookup would take a string of each.
    joiner = tokens[i].end - tokens[i].start === 1 && JOINER_CODES.includes(text.charCodeAt(tokens[i].start));
  }
  if (!joiner) return tokens;
  const out: TokenSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const last = out[out.length - 1];
    const next = tokens[i + 1];
    if (
      last && next && t.end - t.start === 1 && JOINERS.has(text[t.start]) &&
      last.end === t.start && t.end === next.start
    ) {
      out[out.length - 1] = { start: last.start, end: next.end };
      i++;
      continue;
    }
    // Tokens are only read, never changed: an unmerged one is passed on as it is, not copied.
    out.push(t);
  }
  return out;
}

class PerceptronTagger implements TokenTagger {
  private readonly x: FeatureExtractor;
  private readonly decoder = new Decoder();
  private readonly weights: WeightSource;
  private readonly cache: WordScoreCache;

  constructor(model: LoadedModel) {
    this.x = new FeatureExtractor(model.gazetteers);
    this.weights = model.weights;
    this.cache = new WordScoreCache(model.weights);
    if (typeof model.meta.temperature === 'number') this.decoder.temperature = model.meta.temperature;
  }

  /** Tags token strings directly (the eval suites and training use gold tokens). */
  tagTokens(words: string[]): Int32Array {
    return this.tagDocumentTokens([words])[0];
  }

  tagDocumentTokens(sentences: string[][]): Int32Array[] {
    return decodeDocument(this.decoder, this.x, this.weights, sentences, this.cache);
  }

  tagSentence(text: string, tokens: TokenSpan[]): NerSpan[] {
    return this.tagDocument(text, [{ tokens }])[0];
  }

  tagDocument(text: string, sentences: { tokens: TokenSpan[] }[]): NerSpan[][] {
    const merged = sentences.map((s) => mergeHyphenated(text, s.tokens));
    // Each token's word is looked up in the text itself: a word seen before costs no new string.
    const infos = merged.map((m) => wordInfosAt(text, m));
    const words = infos.map((row) => row.map((info) => info.word));
    const out: NerSpan[][] = merged.map(() => []);
    decodeSentences(this.decoder, this.x, this.weights, words, (si, tags) => {
      const decoder = this.decoder;
      for (let sp of tagsToSpans(tags)) {
        if (sp.type === PER) sp = stripTitles(words[si], sp);
        let sum = 0;
        for (let i = sp.start; i < sp.end; i++) sum += decoder.probAt(i);
        out[si].push({
          start: merged[si][sp.start].start,
          end: merged[si][sp.end - 1].end,
          label: ENTITY_TYPES[sp.type],
          score: sum / (sp.end - sp.start),
        });
      }
    }, this.cache, infos);
    return out;
  }
}

let cached: PerceptronTagger | null = null;

/** Loads the committed weights once per process. */
export function loadTagger(): TokenTagger {
  cached ??= new PerceptronTagger(readModel());
  return cached;
}

/** A tagger over a model read from another directory (the training script's fresh output). */
export function taggerFrom(model: LoadedModel): TokenTagger {
  return new PerceptronTagger(model);
}
