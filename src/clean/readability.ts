// Finding the article body in a page: an explicit cascade. Each step returns a named record;
// the first whose text is long enough wins, else the longest seen.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { blocksFromElement, normaliseSpace, type Block } from './text.ts';
import { pageMetadata, type PageMeta } from './metadata.ts';

export type ExtractionMethod = 'readability' | 'readability-relaxed' | 'densest-block' | 'all-paragraphs';

export interface Extraction {
  method: ExtractionMethod;
  blocks: Block[];
  /** Characters of text the method found. */
  chars: number;
}

export interface PageExtraction {
  meta: PageMeta;
  /** What Readability read from the page head (used when our own reading found nothing). */
  readabilityMeta: { title: string | null; byline: string | null; siteName: string | null; publishedTime: string | null };
  extraction: Extraction;
  /** Every method tried, in order, for diagnostics. */
  tried: { method: ExtractionMethod; chars: number }[];
}

/** A body shorter than this is a failed extraction (a teaser page or a wrong block), so try the next method. */
const MIN_BODY_CHARS = 500;
/** Relaxed Readability keeps smaller candidates than its default 500-character threshold. */
const RELAXED_CHAR_THRESHOLD = 100;
/** Paragraphs shorter than this are furniture when we fall back to collecting every <p>. */
const MIN_PARAGRAPH_CHARS = 40;

// linkedom's DOM is close enough to the browser's for Readability, but not type-identical.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDoc = any;

export function extractPage(html: string, url: string | null): PageExtraction {
  const { document } = parseHTML(html);
  const meta = pageMetadata(document, url);
  const tried: { method: ExtractionMethod; chars: number }[] = [];
  let best: Extraction | null = null;
  let readabilityMeta: PageExtraction['readabilityMeta'] = { title: null, byline: null, siteName: null, publishedTime: null };

  const steps: [ExtractionMethod, () => Block[]][] = [
    ['readability', () => {
      const r = new Readability<AnyDoc>(document as AnyDoc, { serializer: (el: AnyDoc) => el }).parse();
      const clean = (v: string | null | undefined) => (v ? normaliseSpace(v) || null : null);
      readabilityMeta = { title: clean(r?.title), byline: clean(r?.byline), siteName: clean(r?.siteName), publishedTime: clean(r?.publishedTime) };
      return r?.content ? blocksFromElement(r.content) : [];
    }],
    ['readability-relaxed', () => {
      // Readability has emptied the first document; a failure path can afford a second parse.
      const fresh = parseHTML(html).document as AnyDoc;
      const r = new Readability<AnyDoc>(fresh, { serializer: (el: AnyDoc) => el, charThreshold: RELAXED_CHAR_THRESHOLD }).parse();
      return r?.content ? blocksFromElement(r.content) : [];
    }],
    ['densest-block', () => densestBlock(parseHTML(html).document)],
    ['all-paragraphs', () => allParagraphs(parseHTML(html).document)],
  ];
  for (const [method, run] of steps) {
    const blocks = run();
    const chars = blocks.reduce((n, b) => n + b.text.length, 0);
    tried.push({ method, chars });
    if (!best || chars > best.chars) best = { method, blocks, chars };
    if (chars >= MIN_BODY_CHARS) {
      best = { method, blocks, chars };
      break;
    }
  }
  return { meta, readabilityMeta, extraction: best!, tried };
}

interface ElementLike {
  parentElement: ElementLike | null;
  textContent: string | null;
  childNodes: ArrayLike<AnyDoc>;
  nodeType: number;
  nodeName: string;
}

/** The element whose <p> children hold the most text: the classic content-block heuristic. */
function densestBlock(doc: AnyDoc): Block[] {
  stripNonContent(doc);
  const score = new Map<ElementLike, number>();
  for (const p of doc.querySelectorAll('p') as ElementLike[]) {
    const parent = p.parentElement;
    if (parent) score.set(parent, (score.get(parent) ?? 0) + (p.textContent ?? '').trim().length);
  }
  let top: ElementLike | null = null;
  let topScore = 0;
  for (const [el, s] of score) if (s > topScore) [top, topScore] = [el, s];
  return top ? blocksFromElement(top) : [];
}

/** Every paragraph of prose on the page, in order. */
function allParagraphs(doc: AnyDoc): Block[] {
  stripNonContent(doc);
  const out: Block[] = [];
  for (const p of doc.querySelectorAll('p') as ElementLike[]) {
    for (const b of blocksFromElement(p)) if (b.text.length >= MIN_PARAGRAPH_CHARS) out.push(b);
  }
  return out;
}

/** Page chrome that never holds the article. */
function stripNonContent(doc: AnyDoc): void {
  for (const el of doc.querySelectorAll('nav, header, footer, aside, script, style, noscript, form')) el.remove();
}
