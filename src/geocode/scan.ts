// Finds gazetteer names in running text on word boundaries, without help from NER: countries,
// admin-1 regions and curated places ("Khatlon region", "the Afghan border", "Crocus City Hall").
// A token trie over normalised names gives the longest match at each word.
import type { Gazetteer } from './gazetteer.ts';
import { tokenize, type Token } from './normalize.ts';
import { ADMIN1_SUFFIX, admin1SuffixFits, GENERIC_SINGLE_WORDS } from './admin1-words.ts';

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

const tries = new WeakMap<Gazetteer, TrieNode>();

function trieFor(g: Gazetteer): TrieNode {
  let root = tries.get(g);
  if (root) return root;
  root = { next: new Map(), terminal: false };
  for (const name of g.scanNames()) {
    if (GENERIC_SINGLE_WORDS.has(name) || !worthScanning(g, name)) continue;
    let node = root;
    for (const word of name.split(' ')) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map(), terminal: false }));
      node = child;
    }
    node.terminal = true;
  }
  tries.set(g, root);
  return root;
}

/**
 * True when the single word at `i` sits inside a longer capitalised name: a mid-sentence capitalised
 * word before it ("Michael Jordan") or a capitalised word right after it ("Jordan Peterson", "Georgia Tech").
 */
function insideLongerName(text: string, tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev && prev.capitalized && text.slice(prev.end, tokens[i].start) === ' ') {
    // A capitalised word that opens a sentence ("In Jordan") says nothing; one mid-sentence does.
    if (i >= 2 && !SENTENCE_BREAK.test(text.slice(tokens[i - 2].start, prev.start))) return true;
  }
  const next = tokens[i + 1];
  return !!next && next.capitalized && text.slice(tokens[i].end, next.start) === ' ';
}

function shortNameOk(surface: string): boolean {
  const letters = surface.replace(/[^\p{L}]/gu, '');
  return letters.length > SHORT_NAME_LENGTH || letters === letters.toUpperCase();
}

/** Longest gazetteer-name matches, left to right, not overlapping. */
export function scanText(g: Gazetteer, text: string): ScannedSpan[] {
  const root = trieFor(g);
  const tokens = tokenize(text);
  const out: ScannedSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    let node: TrieNode | undefined = root;
    let best = -1;
    for (let j = i; j < tokens.length && node; j++) {
      // A name that no longer one goes on from ends here: the gap test (a slice and a regex) is spared.
      if (j > i && node.next.size === 0) break;
      if (j > i && !/^[\s\-–—]+$|^\.?\s*$/.test(text.slice(tokens[j - 1].end, tokens[j].start))) break;
      node = node.next.get(tokens[j].norm);
      if (node?.terminal) best = j;
    }
    if (best >= 0) {
      const start = tokens[i].start;
      const end = tokens[best].end;
      const surface = text.slice(start, end);
      const hasCapital = tokens.slice(i, best + 1).some((t) => t.capitalized);
      const singleInName = best === i && insideLongerName(text, tokens, i);
      if (hasCapital && !singleInName && shortNameOk(surface)) {
        out.push({ start, end, text: surface, how: 'trie' });
        i = best + 1;
        continue;
      }
    }
    i++;
  }
  return out.concat(scanAdmin1Suffixes(g, text, tokens));
}

/** Whether a word is an admin-1 type word (ADMIN1_SUFFIX on the word alone), by normal form: a handful of answers, asked of every word. */
const typeWords = new Map<string, boolean>();
/** Distinct words remembered before the memo starts over: a bound on memory, far above a day's vocabulary. */
const TYPE_WORD_MEMO_LIMIT = 50_000;

function isTypeWord(norm: string): boolean {
  let known = typeWords.get(norm);
  if (known === undefined) {
    if (typeWords.size >= TYPE_WORD_MEMO_LIMIT) typeWords.clear();
    known = ADMIN1_SUFFIX.test(' ' + norm);
    typeWords.set(norm, known);
  }
  return known;
}

/** "<Capitalised words> region|province|oblast…" whose words name an admin-1 region. */
function scanAdmin1Suffixes(g: Gazetteer, text: string, tokens: Token[]): ScannedSpan[] {
  const out: ScannedSpan[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!isTypeWord(tokens[i].norm)) continue;
    for (let k = Math.min(MAX_CORE_WORDS, i); k >= 1; k--) {
      const first = tokens[i - k];
      const words = tokens.slice(i - k, i);
      if (!words.every((t) => t.capitalized)) continue;
      const core = text.slice(first.start, tokens[i - 1].end);
      const whole = text.slice(first.start, tokens[i].end);
      if (g.matches(core).some((m) => m.entry.kind === 'admin1' && m.cls !== 'q' && admin1SuffixFits(whole, m.entry))) {
        out.push({ start: first.start, end: tokens[i].end, text: text.slice(first.start, tokens[i].end), how: 'suffix' });
        break;
      }
    }
  }
  return out;
}
