// Content sniffing: deciding what a byte string or decoded text is when its name does not say.

/** Bytes examined to decide binary vs text; a binary file shows itself in its first few KB. */
const BINARY_SNIFF_BYTES = 8192;
/** Above this share of control bytes a file is data, not text (text has tabs and newlines only). */
const MAX_CONTROL_RATIO = 0.1;
/** Characters of decoded text examined for markup, feed roots and JSONL. */
const TEXT_SNIFF_CHARS = 4096;
/** HTML tags seen in this many places make a document markup rather than prose mentioning a tag. */
const MIN_HTML_TAGS = 3;

/** True when the bytes are data: a NUL byte, or many control characters, near the start. */
export function isBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    // Tab, LF, VT, FF, CR and ESC appear in real text files; the rest do not.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
    else if (b === 0x7f) control++;
  }
  return control / n > MAX_CONTROL_RATIO;
}

/** The start of a document with any leading BOM, XML declaration, doctype-free comments and space removed. */
function head(text: string): string {
  return text
    .slice(0, TEXT_SNIFF_CHARS)
    .replace(/^\uFEFF/, '')
    .replace(/^\s*<\?xml[^>]*\?>/i, '')
    .replace(/^(\s*<!--[\s\S]*?-->)+/, '')
    .trimStart();
}

/** True when the text is an RSS 2.0 / RSS 1.0 (RDF) / Atom feed by its root element. */
export function looksLikeFeed(text: string): boolean {
  const h = head(text).replace(/^(\s*<\?xml-stylesheet[^>]*\?>)+/i, '').trimStart();
  return /^<rss[\s>]/i.test(h) || /^<rdf:RDF[\s>]/.test(h) || /^<feed[\s>]/i.test(h);
}

const HTML_TAG = /<\/?(?:html|head|body|p|div|span|a|article|section|main|header|footer|nav|h[1-6]|br|meta|title|script|style|ul|ol|li|table|img|figure)\b[^>]*>/gi;

/** True when the text is markup: it opens with a doctype or html tag, or carries several HTML tags. */
export function looksLikeHtml(text: string): boolean {
  const h = head(text);
  if (/^<!doctype\s+html/i.test(h) || /^<(html|head|body)[\s>]/i.test(h)) return true;
  const tags = h.match(HTML_TAG);
  return (tags?.length ?? 0) >= MIN_HTML_TAGS;
}

/** True when the first non-blank line is a whole JSON object: the text is (probably) JSON Lines. */
export function looksLikeJsonl(text: string): boolean {
  const first = head(text).split('\n', 1)[0].trim();
  if (!first.startsWith('{') || !first.endsWith('}')) return false;
  try {
    const v: unknown = JSON.parse(first);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}

/** True when the text opens like a JSON document (an object or an array). */
export function looksLikeJson(text: string): boolean {
  return /^[[{]/.test(head(text));
}
