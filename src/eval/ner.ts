// NER quality on held-out sets the tagger never trains on (see scripts/train-ner.ts): per-type and
// micro precision/recall/F1 over PER/ORG/LOC, exact span match (CoNLL-style), committed weights.
import { readUner, readWikigold } from '../annotate/ner/corpora.ts';
import { SCORED_TYPES, scoreSentences } from '../annotate/ner/evaluate.ts';
import { readGum } from '../annotate/ner/gum.ts';
import { ENTITY_TYPES } from '../annotate/ner/labels.ts';
import { microScore, typeScore, type TaggedSentence } from '../annotate/ner/spans.ts';
import { loadTagger } from '../annotate/ner/tagger.ts';
import type { EvalRow, EvalSuite } from './suite.ts';

function rowsFor(suite: string, sentences: TaggedSentence[]): EvalRow[] {
  const tagger = loadTagger();
  const c = scoreSentences(sentences, (toks) => tagger.tagTokens(toks));
  const rows: EvalRow[] = [];
  const add = (name: string, s: ReturnType<typeof typeScore>) => {
    rows.push({ suite, metric: `${name}-precision`, value: s.precision, n: s.gold });
    rows.push({ suite, metric: `${name}-recall`, value: s.recall, n: s.gold });
    rows.push({ suite, metric: `${name}-f1`, value: s.f1, n: s.gold });
  };
  for (const t of SCORED_TYPES) add(ENTITY_TYPES[t], typeScore(c, t));
  add('micro', microScore(c, SCORED_TYPES));
  return rows;
}

function suite(name: string, data: string, read: (shared: string) => TaggedSentence[]): EvalSuite {
  return { name: `ner/${name}`, data: [data], run: async (shared) => rowsFor(`ner/${name}`, read(shared)) };
}

export const NER_SUITES: EvalSuite[] = [
  suite('uner-pud', 'ner-uner-en', (s) => readUner(s, 'en_pud-ud-test.iob2').sentences),
  suite('uner-ewt-test', 'ner-uner-en', (s) => readUner(s, 'en_ewt-ud-test.iob2').sentences),
  suite('wikigold', 'ner-wikigold', (s) => readWikigold(s).sentences),
  suite('gum-news', 'gum-wikinews', (s) => readGum(s, 'GUM_news_')),
];
