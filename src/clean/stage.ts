// The clean stage: a raw page or text file becomes an Article whose `text` is the body alone,
// paragraphs separated by one blank line, with every removed passage listed in `cut`.
import type { Article, ArticleMeta, Cut, RawDocument } from '../model.ts';
import type { Stage } from '../stage.ts';
import { loadConfig } from '../config.ts';
import { articleId } from '../article-id.ts';
import { blocksFromPlainText, PARAGRAPH_BREAK, type Block } from './text.ts';
import { extractPage } from './readability.ts';
import { judgeClutter } from './clutter.ts';
import { datelineDate, leadingHeadline } from './headline.ts';
import { hostName, isoDate } from './metadata.ts';

export interface CleanOptions {
  /** Fewer clean characters than this is an empty page (config.minTextChars). */
  minTextChars?: number;
}

let defaultMinTextChars: number | null = null;

export function cleanDocument(raw: RawDocument, opts: CleanOptions = {}): Article {
  const minTextChars = opts.minTextChars ?? (defaultMinTextChars ??= loadConfig().minTextChars);
  let blocks: Block[];
  let found: ArticleMeta;
  let headline: string | null = null;
  if (raw.kind === 'html') {
    const page = extractPage(raw.body, raw.given.url ?? null);
    blocks = page.extraction.blocks;
    const r = page.readabilityMeta;
    found = {
      ...page.meta,
      title: page.meta.title ?? r.title,
      author: page.meta.author ?? r.byline,
      outlet: page.meta.outlet ?? r.siteName,
      published: page.meta.published ?? isoDate(r.publishedTime),
    };
  } else {
    blocks = blocksFromPlainText(raw.body);
    headline = leadingHeadline(blocks);
    if (headline) blocks = blocks.slice(1);
    found = { url: null, canonicalUrl: null, title: headline, published: null, author: null, outlet: hostName(raw.given.url ?? null) };
  }
  const given = Object.fromEntries(Object.entries(raw.given).filter(([, v]) => v !== null && v !== undefined && v !== ''));
  const meta: ArticleMeta = { ...found, ...given };

  const reasons = judgeClutter(blocks, { title: meta.title, outlet: meta.outlet });
  const { text, cut } = assemble(blocks, reasons);
  // The headline line of a text file moved to `title`; it is listed so nothing goes silently.
  if (headline) cut.unshift({ text: headline, reason: 'headline', at: 0 });
  if (text.length < minTextChars) throw new Error(`empty page: ${text.length} characters of text after cleaning`);
  if (!meta.published) meta.published = datelineDate(text);
  return {
    ...meta,
    id: articleId(text),
    source: raw.source,
    text,
    cut,
    language: null,
    fingerprint: '',
    duplicateOf: null,
    ingestedAt: new Date().toISOString(),
    error: null,
  };
}

/** Joins kept paragraphs; consecutive cut paragraphs with one reason become one Cut. */
function assemble(blocks: Block[], reasons: (string | null)[]): { text: string; cut: Cut[] } {
  const kept: string[] = [];
  const cut: Cut[] = [];
  let length = 0;
  let open: Cut | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const reason = reasons[i];
    if (reason === null) {
      length += (kept.length ? PARAGRAPH_BREAK.length : 0) + blocks[i].text.length;
      kept.push(blocks[i].text);
      open = null;
      continue;
    }
    // A cut stands where the next paragraph would start (or at the end of the text).
    const at = kept.length ? length + PARAGRAPH_BREAK.length : 0;
    if (open && open.reason === reason) open.text += PARAGRAPH_BREAK + blocks[i].text;
    else cut.push((open = { text: blocks[i].text, reason, at }));
  }
  const text = kept.join(PARAGRAPH_BREAK);
  for (const c of cut) c.at = Math.min(c.at, text.length);
  return { text, cut };
}

export const cleanStage: Stage = {
  name: 'clean',
  needs: ['raw'],
  adds: ['article'],
  run(doc, ctx) {
    if (!doc.raw) throw new Error('clean: no raw document');
    doc.article = cleanDocument(doc.raw, { minTextChars: ctx.config.minTextChars });
  },
};
