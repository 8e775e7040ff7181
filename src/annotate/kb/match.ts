// The actor knowledge base at run time: loads data/kb/kb.json once and finds every alias in a
// text with a first-token trie (longest match, whole words, case rules that keep "IS" off "is").
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { EntityType } from '../../model.ts';
import { aliasKey, isCapitalised, isNameGap, keyHash, POSSESSIVE_MARK, tokenKeys, tokenize, TokenWindow, WordScan } from './text.ts';
import { AliasTrie, possessiveHash, type TrieNode } from './alias-trie.ts';
import { ASCII_a, ASCII_z, type AliasRef, caseFits, makeRef, opensInLowerCase, PARTICLES, shouted } from './alias-case.ts';

export { CASE_SENSITIVE_MAX_LETTERS } from './alias-case.ts';

export interface KbEntry {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  country: string | null;
  parent: string | null;
  sources: string[];
}

export interface KbMatch {
  start: number;
  end: number;
  kbId: string;
  type: EntityType;
  alias: string;
}

export interface Kb {
  get(id: string): KbEntry | undefined;
  match(text: string): KbMatch[];
  resolve(name: string): KbEntry | null;
  entries(): Iterable<KbEntry>;
}

/** An entry as stored: country entries also list their demonyms, which mention the people (NORP). */
export interface StoredEntry extends KbEntry {
  norp?: string[];
}

export interface KbFile {
  built: string;
  entries: StoredEntry[];
}

/**
 * Text right before a match that makes it no mention of the actor: inside a web or mail address
 * ("duffie@Stanford.EDU", "news.BBC"), or the object of a stance prefix ("pro-Beijing camp",
 * "anti-Pyongyang broadcasts"), where the phrase tells a side, not that the actor took part.
 */
const NOT_A_MENTION_BEFORE = /(?:[\p{L}\p{N}][.@]|\b(?:pro|anti|non)[-‐‑])$/iu;
/** An alias that opens with the definite article. */
const LEADING_ARTICLE = /^the\s/i;
/** How many characters before a match NOT_A_MENTION_BEFORE reads. */
const BEFORE_WINDOW = 5;
/** Names resolved and remembered per process: tagger spans repeat ("Russia", "Putin"); bounded so a long run stays small. */
const RESOLVE_CACHE_MAX = 50_000;
/**
 * log2 of the bits of the filter of words that may open an alias: ~1M bits (128 KB) for some tens of
 * thousands of first words, so few other words pass it and it stays in the CPU's cache.
 */
const FIRST_WORD_BITS = 20;
/**
 * log2 of the bits of the filter of words that may open an alias when written with a lower-case
 * first letter: a few dozen keys ("the", "al", all-lowercase aliases), so 4,096 bits (512 bytes)
 * let through under 1% of other words.
 */
const LOWER_FIRST_WORD_BITS = 12;

export class KbIndex implements Kb {
  private readonly byId = new Map<string, KbEntry>();
  private readonly trie = new AliasTrie<AliasRef>();
  private readonly byKey = new Map<string, AliasRef[]>();
  /** resolve() answers by name: the index never changes after construction, so neither do they. */
  private readonly resolved = new Map<string, KbEntry | null>();
  /**
   * Bit (keyHash & mask) set for the trie key of every word an alias may start with (a possessive
   * key's without its mark): a word whose bit is clear opens no match, and match() builds no Token for it.
   */
  private readonly firstWords = new Int32Array(1 << (FIRST_WORD_BITS - 5));
  /**
   * The same for a word written with a lower-case ASCII first letter: bit set only for the keys of
   * aliases whose case rule lets them open so (opensInLowerCase). Most words in a text are such,
   * and the common ones ("a", "for", "who") open aliases only when capitalised.
   */
  private readonly lowerFirstWords = new Int32Array(1 << (LOWER_FIRST_WORD_BITS - 5));
  /** Trie keys of first words of aliases that opensInLowerCase, until the filter is built. */
  private lowerOpeners: Set<string> | null = new Set();
  private readonly words = new WordScan();
  private readonly window = new TokenWindow(this.words);
  /** The words of a name resolve() is asked about (match() scans into `words`). */
  private readonly nameWords = new WordScan();

  constructor(file: KbFile) {
    for (const stored of file.entries) {
      const { norp = [], ...rest } = stored;
      const entry: KbEntry = { ...rest, aliases: [...rest.aliases, ...norp] };
      this.byId.set(entry.id, entry);
      const named = new Set([entry.name, ...rest.aliases]);
      for (const alias of named) this.add(entry, alias, entry.type);
      for (const alias of norp) this.add(entry, alias, 'NORP');
    }
    this.trie.index();
    const mask = (1 << FIRST_WORD_BITS) - 1;
    const bare = (key: string) => keyHash(key.endsWith(POSSESSIVE_MARK) ? key.slice(0, -POSSESSIVE_MARK.length) : key);
    for (const key of this.trie.root.next.keys()) {
      const h = bare(key) & mask;
      this.firstWords[h >>> 5] |= 1 << (h & 31);
    }
    const lowerMask = (1 << LOWER_FIRST_WORD_BITS) - 1;
    for (const key of this.lowerOpeners!) {
      const h = bare(key) & lowerMask;
      this.lowerFirstWords[h >>> 5] |= 1 << (h & 31);
    }
    this.lowerOpeners = null;
  }

  private add(entry: KbEntry, alias: string, type: EntityType): void {
    const tokens = tokenize(alias);
    if (!tokens.length) return;
    const ref = makeRef(entry, alias, type, tokens);
    const keys = tokenKeys(tokens);
    this.trie.add(keys).refs.push(ref);
    if (opensInLowerCase(ref, tokens[0])) this.lowerOpeners!.add(keys[0]);
    const key = keys.join(' ');
    const list = this.byKey.get(key);
    if (list) list.push(ref);
    else this.byKey.set(key, [ref]);
  }

  get(id: string): KbEntry | undefined {
    return this.byId.get(id);
  }

  entries(): Iterable<KbEntry> {
    return this.byId.values();
  }

  match(text: string): KbMatch[] {
    const words = this.words, tokens = this.window, firstWords = this.firstWords, lowerFirstWords = this.lowerFirstWords, trie = this.trie;
    const mask = (1 << FIRST_WORD_BITS) - 1, lowerMask = (1 << LOWER_FIRST_WORD_BITS) - 1;
    words.scan(text);
    const n = words.count, hashes = words.normHash, starts = words.start, stops = words.stop;
    const out: KbMatch[] = [];
    let i = 0;
    while (i < n) {
      // A word no alias starts with, nor its possessive, in the case it is written: the walk below
      // would find no match.
      const c = text.charCodeAt(starts[i]);
      const lower = c >= ASCII_a && c <= ASCII_z;
      const h = hashes[i] & (lower ? lowerMask : mask);
      if (!((lower ? lowerFirstWords : firstWords)[h >>> 5] & (1 << (h & 31)))) {
        i++;
        continue;
      }
      tokens.reset(text, i > 0 ? i - 1 : 0);
      let parent: TrieNode<AliasRef> | undefined = trie.root;
      let best: { ref: AliasRef; last: number } | null = null;
      let j = i;
      while (parent) {
        // A plain word's key is looked up from the text; another's from its token.
        const tok = words.plain(j) ? null : tokens.at(j)!;
        const node: TrieNode<AliasRef> | undefined = tok
          ? trie.child(parent, hashes[j], tok.norm)
          : trie.childOfAsciiWord(parent, hashes[j], text, starts[j], stops[j]);
        if (node) {
          for (const r of node.refs) {
            if (caseFits(r, tokens, i) && !shouted(r, tokens, i, j)) {
              best = { ref: r, last: j };
              break;
            }
          }
        }
        const possessive = tok !== null && tok.possessive;
        // No alias goes on from here (a possessive key may still): skip the gap test.
        if (!node && !possessive) break;
        // The gap runs from past the word's possessive mark, where the scan went on, to the next word.
        if (j + 1 >= n || !isNameGap(text, stops[j], starts[j + 1])) break;
        // Past a possessive only names written with one go on ("Russia's Defence Ministry").
        parent = possessive ? trie.child(parent, possessiveHash(hashes[j]), tok.norm + POSSESSIVE_MARK) : node;
        j++;
      }
      if (!best) {
        i++;
        continue;
      }
      const { ref, last } = best;
      const opening = tokens.at(i)!;
      if (NOT_A_MENTION_BEFORE.test(text.slice(Math.max(0, opening.start - BEFORE_WINDOW), opening.start))) {
        i = last + 1;
        continue;
      }
      let end = tokens.at(last)!.end;
      // A dotted abbreviation keeps its last dot ("U.S."), which the tokenizer leaves outside.
      if (ref.alias.endsWith('.') && text.charCodeAt(end) === 0x2e) end++;
      // An alias written with its article ("the Pentagon") names the actor from the next word: the
      // article belongs to the sentence. Countries keep it ("the Netherlands", "the Gambia"), where
      // annotators take it as part of the name.
      const first = LEADING_ARTICLE.test(ref.alias) && last > i && ref.type !== 'GPE' ? i + 1 : i;
      out.push({ start: tokens.at(first)!.start, end, kbId: ref.entry.id, type: ref.type, alias: ref.alias });
      i = last + 1;
    }
    return out;
  }

  resolve(name: string): KbEntry | null {
    let known = this.resolved.get(name);
    if (known !== undefined) return known;
    known = this.resolveUncached(name);
    if (this.resolved.size >= RESOLVE_CACHE_MAX) this.resolved.clear();
    this.resolved.set(name, known);
    return known;
  }

  /**
   * Whether some word of the name may open an alias, in any case: its bit in firstWords is set.
   * Both ways resolveUncached finds an entry need one (an alias's whole key opens with a trie root
   * key, and a match opens at one), and most unseen names hold none.
   */
  private mayNameAnAlias(name: string): boolean {
    const words = this.nameWords, firstWords = this.firstWords, mask = (1 << FIRST_WORD_BITS) - 1;
    words.scan(name);
    for (let k = 0; k < words.count; k++) {
      const h = words.normHash[k] & mask;
      if (firstWords[h >>> 5] & (1 << (h & 31))) return true;
    }
    return false;
  }

  private resolveUncached(name: string): KbEntry | null {
    if (!this.mayNameAnAlias(name)) return null;
    const bare = name.trim().replace(/^["“”'‘’]+|["“”'‘’]+$/g, '');
    const paren = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(bare);
    const tries = paren ? [paren[1], paren[2]] : [bare];
    for (const attempt of tries) {
      const key = aliasKey(attempt.replace(/^the\s+/i, ''));
      const refs = this.byKey.get(key);
      if (!refs?.length) continue;
      const written = tokenize(attempt.replace(/^the\s+/i, ''));
      return (refs.find((r) => caseFits(r, written, 0)) ?? refs[0]).entry;
    }
    // A longer phrase around one known name ("Russia's Defence Ministry spokesman") resolves to it,
    // unless another capitalised word is left over: "Kataib Hizbollah" is not Hizbollah.
    const hits = this.match(bare);
    if (hits.length !== 1) return null;
    const rest = bare.slice(0, hits[0].start) + ' ' + bare.slice(hits[0].end);
    if (tokenize(rest).some((t) => isCapitalised(t.raw) && !PARTICLES.has(t.norm))) return null;
    return this.byId.get(hits[0].kbId) ?? null;
  }
}

export const KB_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/kb/kb.json.gz');

let cached: KbIndex | null = null;

/** Reads a KB file (gzip or plain JSON). */
export function readKbFile(file: string): KbFile {
  const bytes = fs.readFileSync(file);
  const json = file.endsWith('.gz') ? zlib.gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
  return JSON.parse(json) as KbFile;
}

/** The shipped KB, built once per process. */
export function loadKb(): Kb {
  if (!cached) cached = new KbIndex(readKbFile(KB_PATH));
  return cached;
}
