// Real news for the annotation bench row, read from ../shared when it is present: the generated
// bench pages repeat a small vocabulary, so every word-keyed cache (tagger scores, date words,
// place names) stays warm on them, and the layer reads about twice as fast there as on real text
// of the same length. Real reports never seen before are the honest case: the row warms up on the
// generated pages and half of these, and then times one pass over the other half (annotation-row.ts).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** A report as a page: the pipeline's cleaner reads it as a scraped one. */
export interface BenchPage {
  name: string;
  html: string;
}

/** Texts shorter than this are stubs (a headline, an error page), not reports. */
const MIN_REPORT_CHARS = 400;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function page(name: string, title: string, text: string, published: string | null): BenchPage | null {
  if (text.trim().length < MIN_REPORT_CHARS) return null;
  const paragraphs = text.split(/\n+/).filter((p) => p.trim()).map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  const date = published ? `<meta property="article:published_time" content="${escapeHtml(published)}">` : '';
  return { name, html: `<!doctype html><html><head><title>${escapeHtml(title)}</title>${date}</head><body><article><h1>${escapeHtml(title)}</h1>\n${paragraphs}</article></body></html>` };
}

/** The three sets' files, in the order readRealNews reads them. */
const sourceFiles = (shared: string) =>
  ['news-cluster/news_cluster.jsonl', 'gvdb/dev.tsv', 'ecbplus/ecbplus_docs.jsonl'].map((f) => path.join(shared, 'data', f));

/** Whether ../shared holds the sets the real-news row reads, without reading them. */
export const hasRealNews = (shared: string) => sourceFiles(shared).every((f) => fs.existsSync(f));

/**
 * News reports from the shared dev sets: news-cluster (wire and newspaper stories), GVDB (local
 * shooting reports) and ECB+ (news on many topics). Null when ../shared is absent.
 */
export function readRealNews(shared: string): BenchPage[] | null {
  if (!hasRealNews(shared)) return null;
  const [cluster, gvdb, ecb] = sourceFiles(shared);
  const pages: (BenchPage | null)[] = [];
  const jsonl = (file: string) => fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  for (const [i, r] of jsonl(cluster).entries()) pages.push(page(`news-cluster-${i}.html`, String(r.title ?? ''), String(r.text ?? ''), r.date_publish ? String(r.date_publish) : null));
  // GVDB's full text starts with the page title run into the first line: kept, as a scrape gives it.
  for (const [i, line] of fs.readFileSync(gvdb, 'utf8').split('\n').slice(1).filter(Boolean).entries()) {
    const cols = line.split('\t');
    pages.push(page(`gvdb-${i}.html`, cols[2] ?? '', cols[3] ?? '', null));
  }
  for (const [i, r] of jsonl(ecb).entries()) {
    const text = String(r.text ?? '');
    pages.push(page(`ecbplus-${i}.html`, text.split('\n')[0], text.split('\n').slice(1).join('\n'), null));
  }
  return pages.filter((p): p is BenchPage => p !== null);
}

/** GMB's file: about 1 M tokens of Voice of America reports, sentence by sentence, in CoNLL columns. */
const historyFile = (shared: string) => path.join(shared, 'data/ner-gmb-kaggle/gmb_ner.conll.gz');
/** Sentences per history report: GMB keeps no document ids, so its text is cut into reports of this size. */
const HISTORY_REPORT_SENTENCES = 15;
/** No space goes before these tokens when GMB's tokens are joined back into text. */
const CLOSING = /^(?:[.,;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i;

/** Whether ../shared holds GMB, the steady-state row's history. */
export const hasNewsHistory = (shared: string) => fs.existsSync(historyFile(shared));

/**
 * A feed's history for the steady-state row: up to `count` reports of GMB's VOA news, joined back
 * into text. A process that has run for a day has met the common words and names of news; the
 * timed real reports (news-cluster, GVDB, ECB+) share no text with these. Null when GMB is absent.
 */
export function readNewsHistory(shared: string, count: number): BenchPage[] | null {
  if (!hasNewsHistory(shared)) return null;
  const text = zlib.gunzipSync(fs.readFileSync(historyFile(shared))).toString('utf8');
  const sentences: string[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    let s = '';
    for (const line of block.split('\n')) {
      const token = line.split('\t')[0];
      if (!token) continue;
      s += s && !CLOSING.test(token) && !s.endsWith('(') ? ' ' + token : token;
    }
    if (s) sentences.push(s);
  }
  const pages: BenchPage[] = [];
  for (let at = 0; at < sentences.length && pages.length < count; at += HISTORY_REPORT_SENTENCES) {
    const body = sentences.slice(at, at + HISTORY_REPORT_SENTENCES);
    const p = page(`gmb-history-${pages.length}.html`, body[0], body.slice(1).join('\n'), null);
    if (p) pages.push(p);
  }
  return pages;
}
