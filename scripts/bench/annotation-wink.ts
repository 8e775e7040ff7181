// The sentence step's cost, per article and per token: wink-nlp (which splitSentences used until
// our own tokeniser, sentence breaks and tagger replaced it: src/annotate/tokens) with its tokeniser
// alone, with sentence breaks and with part-of-speech tags, against ours piece by piece and
// splitSentences whole. CPU time, after an untimed pass; rounds interleave the variants so a
// shared machine's load falls on each alike.
//
//   node --import tsx scripts/bench/annotation-wink.ts [--pages N] [--rounds R]
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { generateCorpus } from './corpus.ts';
import { loadConfig } from '../../src/config.ts';
import { runStages, stagesThrough } from '../../src/pipeline.ts';
import { splitSentences } from '../../src/annotate/sentences.ts';
import { tokenise } from '../../src/annotate/tokens/tokenise.ts';
import { sentenceStarts } from '../../src/annotate/tokens/sentence-breaks.ts';

const DEFAULT_PAGES = 400;
/** Interleaved rounds; the best of them is the least disturbed by other processes. */
const DEFAULT_ROUNDS = 4;

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? parseInt(process.argv[i + 1], 10) : fallback;
}

/** Words (with inner apostrophes and hyphens), numbers, and single marks. */
const PLAIN_TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

const config = loadConfig();
const clean = stagesThrough('language');
const texts: string[] = [];
for (const p of generateCorpus(flag('--pages', DEFAULT_PAGES))) {
  const d = await runStages({ raw: { source: p.name, kind: 'html', body: p.html, given: {} } }, clean, { config });
  if (d.article && !d.stop) texts.push(d.article.text);
}

const tokenizeOnly = winkNLP(model, []);
const withSbd = winkNLP(model, ['sbd']);
const withPos = winkNLP(model, ['sbd', 'pos']);
const variants: [string, (text: string) => unknown][] = [
  ['wink tokenise only', (t) => tokenizeOnly.readDoc(t)],
  ['wink tokenise + sbd', (t) => withSbd.readDoc(t)],
  ['wink tokenise + sbd + pos', (t) => withPos.readDoc(t)],
  ['wink sbd + pos + out() of tokens, tags, spaces, spans', (t) => {
    const doc = withPos.readDoc(t);
    const its = withPos.its;
    return [doc.tokens().out(), doc.tokens().out(its.pos), doc.tokens().out(its.precedingSpaces), doc.sentences().out(its.span)];
  }],
  ['ours: tokenise', (t) => tokenise(t)],
  ['ours: tokenise + sentence breaks', (t) => sentenceStarts(t, tokenise(t))],
  ['splitSentences (all of the sentence step: ours, with POS tags)', (t) => splitSentences(t)],
  // Not equivalent to wink's tokens: the floor a tokeniser of our own would start from.
  ['reference floor: one regex pass of words and marks with offsets', (t) => {
    const out: number[] = [];
    for (const m of t.matchAll(PLAIN_TOKEN)) out.push(m.index, m.index + m[0].length);
    return out;
  }],
];
const tokens = texts.reduce((n, t) => n + tokenise(t).count, 0);
const best = new Map<string, number>();
for (const [, f] of variants) texts.forEach(f);
for (let r = 0; r < flag('--rounds', DEFAULT_ROUNDS); r++) {
  for (const [name, f] of variants) {
    const t = cpuMs();
    texts.forEach(f);
    const ms = cpuMs() - t;
    best.set(name, Math.min(best.get(name) ?? Infinity, ms));
  }
}
console.log(`${texts.length} articles, ${(tokens / texts.length).toFixed(0)} tokens/article (ours); best of rounds, CPU:`);
for (const [name, ms] of best) console.log(`  ${name}: ${(ms / texts.length).toFixed(3)} ms/article, ${((ms * 1000) / tokens).toFixed(2)} µs/token`);
