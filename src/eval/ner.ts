// NER quality on held-out sets the tagger never trains on (see scripts/train-ner.ts): per-type and
// micro precision/recall/F1 over PER/ORG/LOC, exact span match (CoNLL-style), committed weights.
// ner/<set> scores the tagger alone on gold tokens, each document tagged as one (document
// features); ner-product/<set> scores the merged entity layer users get (src/eval/ner-product.ts).
import { documentsOf, readUner, readWikigold, type Corpus } from '../annotate/ner/corpora.ts';
import { SCORED_TYPES, scoreDocuments } from '../annotate/ner/evaluate.ts';
import { readGumCorpus } from '../annotate/ner/gum.ts';
import { ENTITY_TYPES } from '../annotate/ner/labels.ts';
import { microScore, typeScore, type SpanCounts, type TaggedSentence } from '../annotate/ner/spans.ts';
import { loadTagger } from '../annotate/ner/tagger.ts';
import { productCounts } from './ner-product.ts';
import { re3dCounts, readRe3d } from './ner-re3d.ts';
import type { EvalRow, EvalSuite } from './suite.ts';

/** Precision/recall/F1 rows per scored type and micro-averaged. */
export function countRows(suite: string, c: SpanCounts): EvalRow[] {
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

function taggerRows(suite: string, docs: TaggedSentence[][]): EvalRow[] {
  const tagger = loadTagger();
  return countRows(suite, scoreDocuments(docs, (sentences) => tagger.tagDocumentTokens(sentences)));
}

/**
 * The held-out sets: the tagger never trains on them (scripts/train-ner.ts adds them only with
 * --also, for experiments whose models are not committed).
 */
export const HELD_OUT: { name: string; data: string; corpus: (shared: string) => Corpus }[] = [
  { name: 'uner-pud', data: 'ner-uner-en', corpus: (s) => readUner(s, 'en_pud-ud-test.iob2') },
  { name: 'uner-ewt-test', data: 'ner-uner-en', corpus: (s) => readUner(s, 'en_ewt-ud-test.iob2') },
  { name: 'wikigold', data: 'ner-wikigold', corpus: (s) => readWikigold(s) },
  { name: 'gum-news', data: 'gum-wikinews', corpus: (s) => readGumCorpus(s, 'GUM_news_', 'gum-news') },
];

/** A held-out set as documents. */
const heldOutDocs = (h: (typeof HELD_OUT)[number], shared: string) => {
  const c = h.corpus(shared);
  return documentsOf(c.sentences, c.docStarts);
};

export const NER_SUITES: EvalSuite[] = [
  ...HELD_OUT.map((h) => ({
    name: `ner/${h.name}`,
    data: [h.data],
    run: async (shared: string) => taggerRows(`ner/${h.name}`, heldOutDocs(h, shared)),
  })),
  ...HELD_OUT.map((h) => ({
    name: `ner-product/${h.name}`,
    data: [h.data],
    run: async (shared: string) => countRows(`ner-product/${h.name}`, productCounts(heldOutDocs(h, shared))),
  })),
  // Names in conflict documents no rule was written against (see ner-re3d.ts).
  { name: 'ner-product/re3d-names', data: ['ner-re3d'], run: async (shared: string) => countRows('ner-product/re3d-names', re3dCounts(readRe3d(shared))) },
];
