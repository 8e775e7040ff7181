// Turning bytes into text: the declared charset (HTTP header, then <meta> or the XML declaration),
// a byte-order mark, else sniffing (valid UTF-8, else the legacy code page the letters fit best).
import iconv from 'iconv-lite';
import { guessLegacyCharset } from './legacy.ts';

/** Bytes of a document searched for <meta charset>; the HTML standard looks at the first 1024, real pages put it later. */
const META_SCAN_BYTES = 4096;
/** Above this share of U+FFFD replacement characters the text is damaged beyond use. */
const MAX_REPLACEMENT_RATIO = 0.02;

/** Labels servers send for Latin-1 that really mean windows-1252 (as browsers treat them). */
const LATIN1_LABELS = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'cp1252', 'windows-1252']);

export interface Decoded {
  text: string;
  /** The charset used, lower-case (e.g. "utf-8", "windows-1251", "koi8-r"). */
  charset: string;
}

function normaliseLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (LATIN1_LABELS.has(l)) return 'windows-1252';
  if (l === 'utf8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  return iconv.encodingExists(l) ? l : null;
}

/** The charset parameter of a Content-Type header, when it names a known charset. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = contentType?.match(/charset\s*=\s*["']?([^;"'\s]+)/i);
  return normaliseLabel(m?.[1]);
}

/** The charset a document declares about itself: <meta charset>, <meta http-equiv> or <?xml encoding?>. */
export function charsetFromDeclaration(bytes: Uint8Array): string | null {
  const start = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_SCAN_BYTES)).toString('latin1');
  const xml = start.match(/^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i);
  if (xml) return normaliseLabel(xml[1]);
  for (const meta of start.match(/<meta\b[^>]*>/gi) ?? []) {
    const m = meta.match(/\bcharset\s*=\s*["']?\s*([\w.:-]+)/i);
    const label = normaliseLabel(m?.[1]);
    if (label) return label;
  }
  return null;
}

/** The charset a byte-order mark announces, or null. */
export function charsetFromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Counts of well-formed multi-byte UTF-8 sequences and of bytes that fit no sequence. */
export function utf8Stats(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0, invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) { multibyte++; i += len; } else { invalid++; i++; }
  }
  return { multibyte, invalid };
}

function decodeWith(bytes: Uint8Array, charset: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), charset);
}

/** UTF-8 with replacement characters, refused when too much of it is replaced. */
function decodeDamagedUtf8(bytes: Uint8Array): Decoded {
  const text = decodeWith(bytes, 'utf-8');
  let replaced = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) replaced++;
  if (text.length && replaced / text.length > MAX_REPLACEMENT_RATIO) {
    throw new Error(`invalid UTF-8 (${replaced} of ${text.length} characters undecodable)`);
  }
  return { text, charset: 'utf-8' };
}

/** The charset bytes read as when nothing is declared: UTF-8 if valid (or mostly), else a legacy code page. */
function sniff(bytes: Uint8Array): Decoded {
  const { multibyte, invalid } = utf8Stats(bytes);
  if (invalid === 0) return { text: decodeWith(bytes, 'utf-8'), charset: 'utf-8' };
  // Mostly well-formed UTF-8 with a few broken sequences is damaged UTF-8, not a code page.
  if (multibyte > invalid) return decodeDamagedUtf8(bytes);
  const legacy = guessLegacyCharset(bytes);
  if (legacy) return { text: decodeWith(bytes, legacy), charset: legacy };
  return decodeDamagedUtf8(bytes);
}

/**
 * Decodes a document. Order: BOM (it cannot lie), the Content-Type charset, the document's own
 * declaration, then sniffing. A declared UTF-8 that the bytes contradict, or a declared Latin-1
 * on a page whose letters are plainly Cyrillic, is overruled by sniffing: servers lie that way.
 * Throws "invalid UTF-8 …" when the bytes read as no charset.
 */
export function decodeBytes(bytes: Uint8Array, contentType?: string | null): Decoded {
  const bom = charsetFromBom(bytes);
  if (bom) return { text: decodeWith(bytes, bom), charset: bom };
  const declared = charsetFromContentType(contentType) ?? charsetFromDeclaration(bytes);
  if (!declared) return sniff(bytes);
  if (declared === 'utf-8') {
    const { multibyte, invalid } = utf8Stats(bytes);
    return invalid === 0 || multibyte > invalid ? decodeDamagedUtf8(bytes) : sniff(bytes);
  }
  if (declared === 'windows-1252') {
    const legacy = guessLegacyCharset(bytes);
    if (legacy === 'windows-1251' || legacy === 'koi8-r') return { text: decodeWith(bytes, legacy), charset: legacy };
  }
  return { text: decodeWith(bytes, declared), charset: declared };
}
