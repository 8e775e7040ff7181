// Turning markup and raw text into paragraphs: one string per paragraph, whitespace normalised
// inside, no empty paragraphs. The article text is these joined by exactly one blank line.

/** Characters that render as space (NBSP, thin/zero-width spaces, BOM) become plain spaces first. */
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/g;
const SOFT_HYPHEN = /\u00ad/g;

/** Collapses runs of whitespace to one space and trims: the in-paragraph normal form. */
export function normaliseSpace(s: string): string {
  return s.replace(SOFT_HYPHEN, '').replace(ODD_SPACE, ' ').replace(/\s+/g, ' ').trim();
}

/** The paragraph separator in `Article.text`. */
export const PARAGRAPH_BREAK = '\n\n';

/** Elements whose content starts and ends a paragraph. */
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'NAV',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD',
  'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'CAPTION',
  'HR', 'ADDRESS', 'CENTER', 'FORM', 'FIELDSET', 'DETAILS', 'SUMMARY',
]);
/** Elements whose text is never prose. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'OPTION', 'TEXTAREA', 'IFRAME', 'OBJECT', 'CANVAS']);
/** Table cells are separated by a space so a row reads as one line. */
const CELL = new Set(['TD', 'TH']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** One paragraph as the page marked it up; the clutter filter judges by these marks. */
export interface Block {
  text: string;
  /** The innermost block tag around it (P, LI, H2, TD…); TEXT for plain-text input. */
  tag: string;
  /** Share of the characters that sit inside links: navigation and teasers are all link. */
  linkShare: number;
  /** Inside <figure> or <figcaption>: a caption or credit, not body prose. */
  caption: boolean;
}

/**
 * The text of an element as blocks: block elements and `<br>` start new paragraphs, inline
 * text runs are joined. Walks the DOM once (no re-serialising), so it stays linear in page size.
 */
export function blocksFromElement(root: DomNode): Block[] {
  const out: Block[] = [];
  let buf: string[] = [];
  let linked: string[] = [];
  const tags: string[] = ['DIV'];
  let linkDepth = 0;
  let figureDepth = 0;
  const flush = () => {
    if (!buf.length) return;
    const text = normaliseSpace(buf.join(''));
    if (text) {
      const linkChars = normaliseSpace(linked.join('')).length;
      out.push({ text, tag: tags[tags.length - 1], linkShare: Math.min(1, linkChars / text.length), caption: figureDepth > 0 });
    }
    buf = [];
    linked = [];
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      buf.push(v);
      if (linkDepth) linked.push(v);
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    const block = BLOCK.has(tag);
    if (block) {
      flush();
      tags.push(tag);
    }
    if (tag === 'A') linkDepth++;
    if (tag === 'FIGURE' || tag === 'FIGCAPTION') figureDepth++;
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]);
    if (tag === 'A') linkDepth--;
    if (tag === 'FIGURE' || tag === 'FIGCAPTION') figureDepth--;
    if (block) {
      flush();
      tags.pop();
    } else if (CELL.has(tag) || tag === 'IMG') buf.push(' ');
  };
  walk(root);
  flush();
  return out;
}

/** Plain-text paragraphs as blocks, so one clutter filter serves both kinds of input. */
export function blocksFromPlainText(body: string): Block[] {
  return paragraphsFromPlainText(body).map((text) => ({ text, tag: 'TEXT', linkShare: 0, caption: false }));
}

/**
 * Paragraphs of plain text. Blank lines always separate paragraphs; single newlines do too
 * (feeds and scrapes put one paragraph per line), except in hard-wrapped text, where the lines
 * of a block are rejoined.
 */
export function paragraphsFromPlainText(body: string): string[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const blocks: string[][] = [];
  let cur: string[] = [];
  for (const line of lines) {
    if (normaliseSpace(line) === '') {
      if (cur.length) blocks.push(cur);
      cur = [];
    } else cur.push(line);
  }
  if (cur.length) blocks.push(cur);
  const wrapped = isHardWrapped(blocks);
  const out: string[] = [];
  for (const block of blocks) {
    if (wrapped) out.push(normaliseSpace(block.join(' ')));
    else for (const line of block) out.push(normaliseSpace(line));
  }
  return out.filter((p) => p !== '');
}

/** Hard-wrapped text (mail, old wire copy) keeps every line under this width. */
const WRAP_WIDTH = 100;
/** …and most lines fill at least this share of the width, unlike a list of short items. */
const WRAP_FILL = 0.6;

/** True when the text was wrapped at a fixed width: multi-line blocks of lines that nearly fill it. */
function isHardWrapped(blocks: string[][]): boolean {
  const lines = blocks.flat().map((l) => l.trimEnd());
  if (lines.length < 4 || !blocks.some((b) => b.length > 2)) return false;
  const width = Math.max(...lines.map((l) => l.length));
  if (width > WRAP_WIDTH) return false;
  // The last line of each block may be short; every other line should nearly fill the width.
  const inner = blocks.flatMap((b) => b.slice(0, -1).map((l) => l.trimEnd().length));
  if (inner.length < 3) return false;
  return inner.filter((n) => n >= width * WRAP_FILL).length / inner.length >= 0.8;
}
