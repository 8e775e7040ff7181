// Telling legacy single-byte charsets apart when nothing declares one: Russian pages in
// windows-1251 or KOI8-R, and Western pages in windows-1252. Letter-frequency scoring decides.
import iconv from 'iconv-lite';

/** Russian letter frequencies in percent (national corpus figures), used to score a decoding. */
const RUSSIAN_FREQ: Record<string, number> = {
  о: 10.97, е: 8.45, а: 8.01, и: 7.35, н: 6.7, т: 6.26, с: 5.47, р: 4.73, в: 4.54, л: 4.4,
  к: 3.49, м: 3.21, д: 2.98, п: 2.81, у: 2.62, я: 2.01, ы: 1.9, ь: 1.74, г: 1.7, з: 1.65,
  б: 1.59, ч: 1.44, й: 1.21, х: 0.97, ж: 0.94, ш: 0.73, ю: 0.64, ц: 0.48, щ: 0.36, э: 0.32,
  ф: 0.26, ъ: 0.04, ё: 0.04,
};
/** Ukrainian and Belarusian letters: not Russian, but not a sign of a wrong decoding either. */
const NEIGHBOUR_LETTERS = new Set(['і', 'ї', 'є', 'ґ', 'ў']);
/** The ten commonest Russian letters make ~65% of running text; a wrong decoding scatters letters evenly (~30%). */
const TOP_LETTERS = new Set('оеаинтсрвл');
const MIN_TOP_SHARE = 0.4;
/** Below this many letters the top-letter share is noise (a headline), so only foreign letters count against a decoding. */
const MIN_LETTERS_FOR_SHARE = 40;
/** Mis-decoded UTF-8 or the wrong code page yields letters like ђ, џ, ѓ; real Russian text has none. */
const MAX_FOREIGN_SHARE = 0.05;
/**
 * The wrong KOI8-R/1251 choice flips case, so "Москве" reads "мОСКВЕ": a capital after a small
 * letter. Such breaks per word cost this much score; ~1 nat per break in every other word matches
 * the frequency gap between right and wrong decodings. (All-capitals text has no breaks either way.)
 */
const CASE_WEIGHT = 2;
/** Cyrillic letters come in whole words of high bytes; Western accents sit alone between ASCII letters. */
const MIN_RUN_SHARE = 0.5;
/** Share of high bytes that must read as plausible Western accents or typography for windows-1252. */
const MIN_LATIN_SHARE = 0.5;

const CYRILLIC = /[\u0400-\u04FF]/;
const LETTER = /\p{L}/u;

interface CyrillicScore {
  charset: 'windows-1251' | 'koi8-r';
  score: number;
  plausible: boolean;
}

function scoreCyrillic(bytes: Uint8Array, charset: 'windows-1251' | 'koi8-r'): CyrillicScore {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), charset);
  let letters = 0, top = 0, foreign = 0, words = 0, caseBreaks = 0, logFreq = 0;
  let prevLetter = false, prevLower = false;
  for (const ch of text) {
    const isLetter = LETTER.test(ch);
    if (isLetter && CYRILLIC.test(ch)) {
      const lower = ch.toLowerCase();
      letters++;
      const f = RUSSIAN_FREQ[lower];
      if (f === undefined && !NEIGHBOUR_LETTERS.has(lower)) foreign++;
      if (TOP_LETTERS.has(lower)) top++;
      logFreq += Math.log((f ?? 0.01) / 100);
      if (!prevLetter) words++;
      if (prevLower && ch !== lower) caseBreaks++;
      prevLower = ch === lower;
    } else prevLower = false;
    prevLetter = isLetter;
  }
  if (letters === 0) return { charset, score: -Infinity, plausible: false };
  const score = logFreq / letters - (CASE_WEIGHT * caseBreaks) / words;
  const plausible = (letters < MIN_LETTERS_FOR_SHARE || top / letters >= MIN_TOP_SHARE) && foreign / letters <= MAX_FOREIGN_SHARE;
  return { charset, score, plausible };
}

/** Share of bytes ≥ 0x80 that have another such byte beside them (whole non-ASCII words). */
function runShare(bytes: Uint8Array): number {
  let high = 0, inRun = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x80) continue;
    high++;
    if ((i > 0 && bytes[i - 1] >= 0x80) || (i + 1 < bytes.length && bytes[i + 1] >= 0x80)) inRun++;
  }
  return high ? inRun / high : 0;
}

/** Western accented letters and typography that windows-1252 text really uses. */
const LATIN_ACCENTS = new Set('àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßœšžÀÁÂÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÖØÙÚÛÜŒŠŽ‘’“”–—…«»°©®€£§\u00a0·•');

/** What windows-1252 makes of each byte from 0x80 up. */
const CP1252_HIGH = [...iconv.decode(Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + i)), 'windows-1252')];

/** True when windows-1252 reads the high bytes as accents inside Latin words or as typography. */
function latinPlausible(bytes: Uint8Array): boolean {
  let high = 0, good = 0;
  const isAsciiLetter = (b: number | undefined) => b !== undefined && ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a);
  const isAsciiLower = (b: number | undefined) => b !== undefined && b >= 0x61 && b <= 0x7a;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x80) continue;
    high++;
    const ch = CP1252_HIGH[bytes[i] - 0x80];
    if (!LATIN_ACCENTS.has(ch)) continue;
    if (!LETTER.test(ch)) { good++; continue; }
    const upper = ch !== ch.toLowerCase();
    // An accented capital right after a lower-case letter is not how Western words are spelled.
    if (upper && isAsciiLower(bytes[i - 1])) continue;
    if (isAsciiLetter(bytes[i - 1]) || isAsciiLetter(bytes[i + 1])) good++;
  }
  return high > 0 && good / high >= MIN_LATIN_SHARE;
}

/**
 * The legacy charset the bytes read as, or null when no candidate reads as real text.
 * Cyrillic wins when non-ASCII bytes form whole words and a Cyrillic decoding looks Russian.
 */
export function guessLegacyCharset(bytes: Uint8Array): 'windows-1251' | 'koi8-r' | 'windows-1252' | null {
  if (runShare(bytes) >= MIN_RUN_SHARE) {
    const best = [scoreCyrillic(bytes, 'windows-1251'), scoreCyrillic(bytes, 'koi8-r')]
      .filter((s) => s.plausible)
      .sort((a, b) => b.score - a.score)[0];
    if (best) return best.charset;
  }
  return latinPlausible(bytes) ? 'windows-1252' : null;
}
