// Finds gazetteer names in running text on word boundaries, without help from NER: countries,
// admin-1 regions and curated places ("Khatlon region", "the Afghan border", "Crocus City Hall").
// A token trie over normalised names gives the longest match at each word.
import type { Gazetteer } from './gazetteer.ts';
import { tokenizeInto, TokenTable, UNLISTED_WORD, WordSieve } from './normalize.ts';
import { ADMIN1_SUFFIX, ADMIN1_TYPE_WORDS, admin1SuffixFits, GENERIC_SINGLE_WORDS } from './admin1-words.ts';

export interface ScannedSpan {
  start: number;
  end: number;
  text: string;
  /** "trie" for a whole-name match, "suffix" for "<Name> region|province|oblast…". */
  how: 'trie' | 'suffix';
}

/** Names this short (in letters) must be all capitals in the text ("US", "UK"), never "us". */
const SHORT_NAME_LENGTH = 3;
/** At most this many capitalised words before a type word form an admin-1 core ("Nizhny Novgorod Oblast"). */
const MAX_CORE_WORDS = 3;
const SENTENCE_BREAK = /[.!?:;"“”\n(]\s*$/;

interface TrieNode {
  next: Map<string, TrieNode>;
  terminal: boolean;
}

/**
 * One-word admin-1 names of small regions are mostly namesakes of people and peoples (the Isle
 * of Man's "Michael", "German"): scan for them only above this population; NER spans still reach them.
 */
const MIN_SCANNED_ADMIN1_POPULATION = 100_000;

function worthScanning(g: Gazetteer, name: string): boolean {
  if (name.includes(' ')) return true;
  return g.matches(name).some((m) => (m.cls === 'p' || m.cls === 'a' || m.cls === 'x') &&
    (m.entry.kind !== 'admin1' || m.entry.population >= MIN_SCANNED_ADMIN1_POPULATION));
}

/** The name trie and a sieve of every word it or the type words hold (the only words scanText looks up). */
interface ScanIndex {
  root: TrieNode;
  sieve: WordSieve;
}

const indexes = new WeakMap<Gazetteer, ScanIndex>();

function indexFor(g: Gazetteer): ScanIndex {
  let index = indexes.get(g);
  if (index) return index;
  const root: TrieNode = { next: new Map(), terminal: false };
  const words = new Set<string>(ADMIN1_TYPE_WORDS);
  for (const name of g.scanNames()) {
    if (GENERIC_SINGLE_WORDS.has(name) || !worthScanning(g, name)) continue;
    let node = root;
    for (const word of name.split(' ')) {
      words.add(word);
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map(), terminal: false }));
      node = child;
    }
    node.terminal = true;
  }
  index = { root, sieve: new WordSieve(words) };
  indexes.set(g, index);
  return index;
}

/**
 * True when the single word at `i` sits inside a longer capitalised name: a mid-sentence capitalised
 * word before it ("Michael Jordan") or a capitalised word right after it ("Jordan Peterson", "Georgia Tech").
 */
function insideLongerName(text: string, tokens: TokenTable, i: number): boolean {
  const { starts, ends, capitalized } = tokens;
  if (i >= 1 && capitalized[i - 1] && text.slice(ends[i - 1], starts[i]) === ' ') {
    // A capitalised word that opens a sentence ("In Jordan") says nothing; one mid-sentence does.
    if (i >= 2 && !SENTENCE_BREAK.test(text.slice(starts[i - 2], starts[i - 1]))) return true;
  }
  return i + 1 < tokens.length && capitalized[i + 1] === 1 && text.slice(ends[i], starts[i + 1]) === ' ';
}

function shortNameOk(surface: string): boolean {
  // Plain ASCII (most names) is read by hand: more than SHORT_NAME_LENGTH letters, or no lower-case one.
  let letters = 0;
  let lowerCase = false;
  for (let k = 0; k < surface.length; k++) {
    const c = surface.charCodeAt(k);
    if (c >= 128) return shortNameOkByPattern(surface);
    if (c >= 97 && c <= 122) {
      letters++;
      lowerCase = true;
    } else if (c >= 65 && c <= 90) letters++;
  }
  return letters > SHORT_NAME_LENGTH || !lowerCase;
}

function shortNameOkByPattern(surface: string): boolean {
  const letters = surface.replace(/[^\p{L}]/gu, '');
  return letters.length > SHORT_NAME_LENGTH || letters === letters.toUpperCase();
}

const isGapSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || (c >= 128 && /\s/.test(String.fromCharCode(c)));
const isDash = (c: number) => c === 45 || c === 0x2013 || c === 0x2014;

/**
 * True when the text between two words lets them be one name: spaces and dashes only (at least one),
 * or an optional period and spaces (/^[\s\-–—]+$|^\.?\s*$/, read character by character: it is asked
 * for every word that goes on a name, and a slice and a regex per word cost more than the scan).
 */
function joinsNameWords(text: string, from: number, to: number): boolean {
  let k = from;
  if (k < to && text.charCodeAt(k) === 46) {
    k++;
    while (k < to && isGapSpace(text.charCodeAt(k))) k++;
    return k === to;
  }
  while (k < to && (isGapSpace(text.charCodeAt(k)) || isDash(text.charCodeAt(k)))) k++;
  return k === to;
}

/** The words of the text being scanned, refilled by each scanText call (which is never re-entered). */
const words = new TokenTable();

/** Longest gazetteer-name matches, left to right, not overlapping. */
export function scanText(g: Gazetteer, text: string): ScannedSpan[] {
  const { root, sieve } = indexFor(g);
  const tokens = tokenizeInto(text, words, sieve);
  const { norms, starts, ends, capitalized, listed, listedCount } = tokens;
  const out: ScannedSpan[] = [];
  // No name starts with a word the sieve ruled out: only listed words are visited, those a match has not taken.
  let free = 0;
  for (let l = 0; l < listedCount; l++) {
    const i = listed[l];
    if (i < free) continue;
    let node: TrieNode | undefined = root;
    let best = -1;
    for (let j = i; j < tokens.length && node; j++) {
      // A name that no longer one goes on from ends here, and so does one whose next word is in no
      // name: both before the gap test, which is asked only of a word that does go on a name.
      if (j > i && (node.next.size === 0 || norms[j] === UNLISTED_WORD)) break;
      const child: TrieNode | undefined = node.next.get(norms[j]);
      if (j > i && (!child || !joinsNameWords(text, ends[j - 1], starts[j]))) break;
      node = child;
      if (node?.terminal) best = j;
    }
    if (best >= 0) {
      let hasCapital = false;
      for (let k = i; k <= best; k++) if (capitalized[k]) hasCapital = true;
      const surface = hasCapital && !(best === i && insideLongerName(text, tokens, i)) ? text.slice(starts[i], ends[best]) : '';
      if (surface && shortNameOk(surface)) {
        out.push({ start: starts[i], end: ends[best], text: surface, how: 'trie' });
        free = best + 1;
      }
    }
  }
  return out.concat(scanAdmin1Suffixes(g, text, tokens));
}

/** "<Capitalised words> region|province|oblast…" whose words name an admin-1 region. */
function scanAdmin1Suffixes(g: Gazetteer, text: string, tokens: TokenTable): ScannedSpan[] {
  const { norms, starts, ends, capitalized, listed, listedCount } = tokens;
  const out: ScannedSpan[] = [];
  // Type words are listed words: only those are visited.
  for (let l = 0; l < listedCount; l++) {
    const i = listed[l];
    if (i < 1) continue;
    // A normal form is lower case with no apostrophe, so ADMIN1_SUFFIX on " norm" matches a one-word norm just when it is a
    // type word; the pattern itself is asked only of the rare norm a compatibility letter split in two.
    const norm = norms[i];
    if (!ADMIN1_TYPE_WORDS.has(norm) && !(norm.includes(' ') && ADMIN1_SUFFIX.test(' ' + norm))) continue;
    for (let k = Math.min(MAX_CORE_WORDS, i); k >= 1; k--) {
      let allCapitalized = true;
      for (let w = i - k; w < i; w++) if (!capitalized[w]) allCapitalized = false;
      if (!allCapitalized) continue;
      const core = text.slice(starts[i - k], ends[i - 1]);
      const whole = text.slice(starts[i - k], ends[i]);
      if (g.matches(core).some((m) => m.entry.kind === 'admin1' && m.cls !== 'q' && admin1SuffixFits(whole, m.entry))) {
        out.push({ start: starts[i - k], end: ends[i], text: whole, how: 'suffix' });
        break;
      }
    }
  }
  return out;
}
