// Part-of-speech tagging on the GUM news documents (gold Universal POS; never trained on): token
// accuracy of our tagger on GUM's own tokens, and F1 on the tags the event rules read (VERB, AUX,
// NOUN). wink-nlp, the tagger it replaced, is scored on the same text for comparison, in the notes:
// it reads the sentence as text, and each gold token takes the tag of wink's token that covers it.
// The tagger's own UD tags are scored; the note gives the figure for the tags the pipeline hands on.
// Sentence starts: splitSentences on the documents rebuilt as text, against GUM's sentences.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { EvalRow, EvalSuite } from './suite.ts';
import { readGumPos, type PosSentence } from '../annotate/tokens/pos-corpora.ts';
import { asPipelineTags, posTagger } from '../annotate/tokens/pos-tagger.ts';
import { splitSentences } from '../annotate/sentences.ts';

const SUITE = 'pos/gum-news';
/** The tags the event rules read that a wrong tag would cost most. */
const EVENT_TAGS = ['VERB', 'AUX', 'NOUN'];

/** Text of a gold sentence with its words' offsets, spaces as the original had them. */
function sentenceText(s: PosSentence): { text: string; starts: number[] } {
  let text = '';
  const starts: number[] = [];
  s.words.forEach((w, i) => {
    starts.push(text.length);
    text += w + (s.spaceAfter?.[i] === false ? '' : ' ');
  });
  return { text, starts };
}

function winkTagger(): (s: PosSentence) => string[] {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  return (s) => {
    const { text, starts } = sentenceText(s);
    const doc = nlp.readDoc(text);
    const values = doc.tokens().out() as string[];
    const tags = doc.tokens().out(nlp.its.pos) as string[];
    // Each wink token found in the text from the running position; a gold word takes the tag of the token covering its start.
    const covering = new Array<string>(text.length).fill('X');
    let cursor = 0;
    values.forEach((v, k) => {
      const at = text.indexOf(v, cursor);
      if (at < 0) return;
      for (let c = at; c < at + v.length; c++) covering[c] = tags[k];
      cursor = at + v.length;
    });
    return starts.map((c) => covering[c]);
  };
}

/**
 * The gold sentences as one text, a paragraph a line (as the cleaner leaves an article), sentences
 * of a paragraph joined by a space; and where each sentence starts that does not start a line.
 */
function paragraphText(gold: PosSentence[]): { text: string; breaks: Set<number> } {
  let text = '';
  const breaks = new Set<number>();
  for (const s of gold) {
    if (text) text += s.paragraphStart ? '\n' : ' ';
    if (!s.paragraphStart) breaks.add(text.length);
    text += sentenceText(s).text.trimEnd();
  }
  return { text, breaks };
}

/** F1 of the sentence starts a splitter finds inside paragraphs (a line start is no find). */
function breakF1(text: string, gold: Set<number>, starts: number[]): { f1: number; n: number } {
  const found = starts.filter((at) => at > 0 && text[at - 1] !== '\n' && !/^\s*$/.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at)));
  const right = found.filter((at) => gold.has(at)).length;
  const p = found.length ? right / found.length : 0, r = gold.size ? right / gold.size : 0;
  return { f1: p + r ? (2 * p * r) / (p + r) : 0, n: gold.size };
}

/** wink-nlp's sentence starts as character offsets, each sentence found in the text from the running position. */
function winkStarts(text: string): number[] {
  const nlp = winkNLP(model, ['sbd']);
  const starts: number[] = [];
  let cursor = 0;
  for (const sentence of nlp.readDoc(text).sentences().out() as string[]) {
    const at = text.indexOf(sentence.trim(), cursor);
    if (at < 0) continue;
    starts.push(at);
    cursor = at + sentence.trim().length;
  }
  return starts;
}

interface Scores { accuracy: number; f1: Map<string, number>; n: number }

function score(gold: PosSentence[], predict: (s: PosSentence) => string[]): Scores {
  let right = 0, n = 0;
  const tp = new Map<string, number>(), fp = new Map<string, number>(), fn = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const s of gold) {
    const got = predict(s);
    s.tags.forEach((tag, i) => {
      n++;
      if (got[i] === tag) { right++; inc(tp, tag); }
      else { inc(fn, tag); inc(fp, got[i]); }
    });
  }
  const f1 = new Map(EVENT_TAGS.map((t) => {
    const a = tp.get(t) ?? 0;
    return [t, a ? (2 * a) / (2 * a + (fp.get(t) ?? 0) + (fn.get(t) ?? 0)) : 0];
  }));
  return { accuracy: n ? right / n : 0, f1, n };
}

export const posGumNews: EvalSuite = {
  name: SUITE,
  data: ['gum-wikinews'],
  async run(shared: string): Promise<EvalRow[]> {
    const gold = readGumPos(shared, 'GUM_news_');
    const tagger = posTagger();
    const ours = score(gold, (s) => tagger.tag(s.words));
    // What splitSentences hands on: capitalised adjectives as PROPN, wink's convention the event rules read.
    const pipeline = score(gold, (s) => asPipelineTags(s.words, tagger.tag(s.words)));
    const wink = score(gold, winkTagger());
    const round = (x: number) => x.toFixed(4);
    const { text, breaks } = paragraphText(gold);
    const ourBreaks = breakF1(text, breaks, splitSentences(text).map((x) => x.start));
    const winkBreaks = breakF1(text, breaks, winkStarts(text));
    return [
      { suite: SUITE, metric: 'accuracy', value: ours.accuracy, n: ours.n, note: `wink-nlp ${round(wink.accuracy)}; as the pipeline reads them (capitalised ADJ as PROPN) ${round(pipeline.accuracy)}` },
      ...EVENT_TAGS.map((t) => ({
        suite: SUITE, metric: `${t}-f1`, value: ours.f1.get(t)!, n: ours.n, note: `wink-nlp ${round(wink.f1.get(t)!)}`,
      })),
      {
        suite: SUITE, metric: 'sentence-start-f1', value: ourBreaks.f1, n: ourBreaks.n,
        note: `splitSentences on the documents' paragraphs; starts inside a paragraph; wink-nlp ${round(winkBreaks.f1)}`,
      },
    ];
  },
};
