// Body-extraction quality: the Zyte article-extraction benchmark's shingle metric (re-implemented
// from its SOURCE.md description) on our cleaner, beside the published systems' outputs, and the
// same metric on Mozilla's Readability test pages, plus metadata exact-match.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseHTML } from 'linkedom';
import type { EvalRow, EvalSuite } from './suite.ts';
import { cleanDocument } from '../clean/stage.ts';
import { blocksFromElement, normaliseSpace, PARAGRAPH_BREAK } from '../clean/text.ts';
import type { Article } from '../model.ts';

/** The benchmark scores 4-token shingles: long enough to punish reordering, short enough to forgive a dropped word. */
const SHINGLE_SIZE = 4;
/** Python's Unicode `\w`: letters, numbers and underscore (combining marks are not word characters there). */
const WORD = /[\p{L}\p{N}_]+/gu;

export function tokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

function shingleCounts(text: string): Map<string, number> {
  const toks = tokens(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, toks.length - SHINGLE_SIZE + 1);
  for (let i = 0; i < last; i++) {
    const shingle = toks.slice(i, i + SHINGLE_SIZE);
    if (!shingle.length) continue;
    const key = shingle.join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One document's shingle match, normalised so tp + fp + fn = 1 (every document weighs the same). */
export interface ShingleMatch {
  tp: number;
  fp: number;
  fn: number;
  /** The two texts' word-token lists are identical (the benchmark's "accuracy"). */
  exact: boolean;
}

export function shingleMatch(truth: string, predicted: string): ShingleMatch {
  const t = shingleCounts(truth);
  const p = shingleCounts(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (t.get(key) ?? 0));
  const sum = tp + fp + fn;
  if (sum > 0) {
    tp /= sum;
    fp /= sum;
    fn /= sum;
  }
  const exact = tokens(truth).join(' ') === tokens(predicted).join(' ');
  return { tp, fp, fn, exact };
}

export interface CorpusScore {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  n: number;
}

/** Corpus figures as the benchmark computes them: means of document P and R, F1 from those means. */
export function corpusScore(matches: ShingleMatch[]): CorpusScore {
  const precisions: number[] = [];
  const recalls: number[] = [];
  for (const { tp, fp, fn } of matches) {
    if (tp + fp > 0) precisions.push(fp === 0 && fn === 0 ? 1 : tp / (tp + fp));
    if (tp + fn > 0) recalls.push(fp === 0 && fn === 0 ? 1 : tp / (tp + fn));
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = matches.length ? matches.filter((m) => m.exact).length / matches.length : 0;
  return { precision, recall, f1, accuracy, n: matches.length };
}

/**
 * The published systems shown beside us (their outputs ship with the benchmark). SOURCE.md's
 * figures (readability_js F1 0.947, accuracy 0.166) are over all 181 pages: its accuracies are
 * whole multiples of 1/181. On the 76 dev pages here the same outputs score F1 0.943, accuracy 11/76.
 */
const REFERENCE_SYSTEMS = ['readability_js', 'trafilatura'];

function scoreRows(suite: string, prefix: string, s: CorpusScore, note?: string): EvalRow[] {
  return (['precision', 'recall', 'f1', 'accuracy'] as const).map((m) => ({
    suite,
    metric: `${prefix}${m}`,
    value: s[m],
    n: s.n,
    ...(note ? { note } : {}),
  }));
}

function readJson(file: string): Json {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}
// Benchmark files are untyped JSON.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export const zyteSuite: EvalSuite = {
  name: 'extraction/zyte',
  data: ['article-extraction'],
  async run(shared) {
    const dir = path.join(shared, 'data/article-extraction');
    const truth: Record<string, { articleBody?: string; url?: string }> = readJson(path.join(dir, 'ground-truth.json'));
    const ids = Object.keys(truth);
    const ours: ShingleMatch[] = [];
    let ms = 0;
    for (const id of ids) {
      const html = zlib.gunzipSync(fs.readFileSync(path.join(dir, 'html', `${id}.html.gz`))).toString('utf8');
      const t0 = performance.now();
      const text = bodyText(html, truth[id].url ?? null);
      ms += performance.now() - t0;
      ours.push(shingleMatch(truth[id].articleBody ?? '', text));
    }
    const perPage = `${(ms / ids.length).toFixed(1)} ms/page`;
    const rows = scoreRows(this.name, 'body-', corpusScore(ours), perPage);
    for (const system of REFERENCE_SYSTEMS) {
      let out = readJson(path.join(dir, 'reference-outputs', `${system}.json`));
      if (out.output) out = out.output;
      const s = corpusScore(ids.map((id) => shingleMatch(truth[id].articleBody ?? '', out[id]?.articleBody ?? '')));
      rows.push(...scoreRows(this.name, `ref-${system}-`, s, 'published output on these dev pages, our scorer'));
    }
    return rows;
  },
};

/** Our cleaner on one page; a page we fail on scores as an empty extraction. */
function cleanPage(html: string, url: string | null): Article | null {
  try {
    return cleanDocument({ source: url ?? 'page', kind: 'html', body: html, given: {} }, { minTextChars: 0 });
  } catch {
    return null;
  }
}

function bodyText(html: string, url: string | null): string {
  return cleanPage(html, url)?.text ?? '';
}

/** Expected metadata fields and the Article field each is compared with. */
const METADATA_FIELDS: [string, keyof Article][] = [
  ['title', 'title'],
  ['byline', 'author'],
  ['siteName', 'outlet'],
  ['publishedTime', 'published'],
];

function sameValue(field: string, expected: string, got: string | null): boolean {
  if (got === null) return false;
  if (field === 'publishedTime') {
    const a = Date.parse(expected);
    const b = Date.parse(got);
    return Number.isFinite(a) && Number.isFinite(b) ? a === b || expected.slice(0, 10) === got.slice(0, 10) : false;
  }
  return normaliseSpace(expected) === normaliseSpace(got);
}

export const readabilityPagesSuite: EvalSuite = {
  name: 'extraction/readability-pages',
  data: ['readability-pages'],
  async run(shared) {
    const dir = path.join(shared, 'data/readability-pages/pages');
    const names = fs.readdirSync(dir).sort();
    const matches: ShingleMatch[] = [];
    const fieldHits = new Map<string, { hit: number; n: number }>();
    let ms = 0;
    for (const name of names) {
      const html = fs.readFileSync(path.join(dir, name, 'source.html'), 'utf8');
      const expectedHtml = fs.readFileSync(path.join(dir, name, 'expected.html'), 'utf8');
      const expected: Record<string, string | null> = readJson(path.join(dir, name, 'expected-metadata.json'));
      const t0 = performance.now();
      const article = cleanPage(html, null);
      ms += performance.now() - t0;
      const gold = blocksFromElement(parseHTML(`<!doctype html><html><body>${expectedHtml}</body></html>`).document.body as never).map((b) => b.text).join(PARAGRAPH_BREAK);
      matches.push(shingleMatch(gold, article?.text ?? ''));
      for (const [field, ours] of METADATA_FIELDS) {
        const want = expected[field];
        if (!want) continue;
        const tally = fieldHits.get(field) ?? { hit: 0, n: 0 };
        tally.n++;
        if (sameValue(field, want, (article?.[ours] as string | null) ?? null)) tally.hit++;
        fieldHits.set(field, tally);
      }
    }
    const perPage = `${(ms / names.length).toFixed(1)} ms/page`;
    const rows = scoreRows(this.name, 'body-', corpusScore(matches), perPage).filter((r) => r.metric !== 'body-accuracy');
    for (const [field, { hit, n }] of fieldHits) {
      rows.push({ suite: this.name, metric: `${field}-accuracy`, value: hit / n, n, note: 'exact match where expected metadata is set' });
    }
    return rows;
  },
};
