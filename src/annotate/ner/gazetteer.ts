// Name lists as token-sequence matchers. Each list marks the tokens of its longest match starting at
// every position, so the tagger sees "this token begins/continues/ends a known country name".
import { hashString, mix } from './hash.ts';
import { FNV_OFFSET, FNV_PRIME } from '../../fnv.ts';

/** Longest phrase we look for, in tokens; longer list entries are dropped. */
export const MAX_PHRASE_TOKENS = 8;

/** Position of a token inside a gazetteer match. */
export const GAZ_NONE = 0, GAZ_BEGIN = 1, GAZ_INSIDE = 2, GAZ_LAST = 3, GAZ_UNIT = 4;

/** Normalised form used for gazetteer lookup: lowercase, curly apostrophes straightened. */
export function gazKey(token: string): string {
  return token.toLowerCase().replace(/[\u2019\u2018]/g, "'");
}

/**
 * hashString(gazKey(word)), read by char code: an ASCII word's key is the word in lower case, so
 * no string is made (the name passes ask about thousands of words per article); others go the long way.
 */
export function gazKeyHash(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    if (c > 0x7f) return hashString(gazKey(word));
    if (c <= 90 && c >= 65) c += 32;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h >>> 0;
}

/** GazetteerSet entry bit: the hash is a proper prefix of some phrase (list bits are below it). */
const PREFIX_BIT = 1 << 30;
/** GazetteerSet table slots at most this full: short probe runs. */
const MAX_TABLE_LOAD = 0.5;

function extend(h: number, tokenHash: number): number {
  return mix(Math.imul(h, 31) ^ tokenHash);
}

export class Gazetteer {
  /** Hashes of whole phrases. */
  readonly phrases = new Set<number>();
  /** Hashes of proper prefixes, so matching stops as soon as no phrase can continue. */
  readonly prefixes = new Set<number>();

  constructor(
    readonly name: string,
    phrases: Iterable<string>,
  ) {
    for (const p of phrases) {
      const toks = p.split(' ').filter(Boolean);
      if (!toks.length || toks.length > MAX_PHRASE_TOKENS) continue;
      let h = 0;
      for (let i = 0; i < toks.length; i++) {
        h = extend(h, hashString(gazKey(toks[i])));
        if (i < toks.length - 1) this.prefixes.add(h);
      }
      this.phrases.add(h);
    }
  }

  get size(): number {
    return this.phrases.size;
  }

  /** The list holds these words as a whole entry ("vladimir" in the first-name list, "nova scotia" in a place list). */
  hasPhrase(...words: string[]): boolean {
    let h = 0;
    for (let i = 0; i < words.length; i++) h = extend(h, gazKeyHash(words[i]));
    return this.phrases.has(h);
  }

  /**
   * Writes GAZ_* marks into out[0..n) for tokens given by their gazKey hashes: the longest match
   * starting at each token wins, and matched tokens are skipped.
   */
  mark(keyHashes: ArrayLike<number>, n: number, out: Uint8Array): void {
    out.fill(GAZ_NONE, 0, n);
    let i = 0;
    while (i < n) {
      let h = 0;
      let best = 0;
      for (let j = i; j < n && j - i < MAX_PHRASE_TOKENS; j++) {
        h = extend(h, keyHashes[j]);
        if (this.phrases.has(h)) best = j - i + 1;
        if (!this.prefixes.has(h)) break;
      }
      if (best === 0) {
        i++;
        continue;
      }
      if (best === 1) out[i] = GAZ_UNIT;
      else {
        out[i] = GAZ_BEGIN;
        for (let k = i + 1; k < i + best - 1; k++) out[k] = GAZ_INSIDE;
        out[i + best - 1] = GAZ_LAST;
      }
      i += best;
    }
  }
}

/**
 * All gazetteers matched in one pass: one map lookup per token extension instead of one per list.
 * Marks are the same as each Gazetteer.mark would write.
 */
export class GazetteerSet {
  /**
   * Open-addressing table over phrase and prefix hashes: entry value is the bit mask of the lists
   * holding the phrase, plus PREFIX_BIT when some phrase continues it (0 marks an empty slot).
   * Hashes are uint32 and so mostly heap numbers to a Map; typed arrays compare them unboxed.
   */
  private readonly keys: Uint32Array;
  private readonly values: Int32Array;
  private readonly slotMask: number;
  /** best[g * cap + i]: longest match of list g starting at token i. */
  private best = new Uint8Array(0);
  private cap = 0;

  constructor(readonly lists: Gazetteer[]) {
    if (lists.length > 30) throw new Error('GazetteerSet: at most 30 lists');
    const entries = new Map<number, number>();
    lists.forEach((g, k) => {
      for (const h of g.phrases) entries.set(h, (entries.get(h) ?? 0) | (1 << k));
      for (const h of g.prefixes) entries.set(h, (entries.get(h) ?? 0) | PREFIX_BIT);
    });
    let size = 1;
    while (size * MAX_TABLE_LOAD < entries.size) size <<= 1;
    this.keys = new Uint32Array(size);
    this.values = new Int32Array(size);
    this.slotMask = size - 1;
    for (const [h, v] of entries) {
      let slot = h & this.slotMask;
      while (this.values[slot] !== 0) slot = (slot + 1) & this.slotMask;
      this.keys[slot] = h;
      this.values[slot] = v;
    }
  }

  /** The entry for a phrase hash: list mask | PREFIX_BIT, or 0 when neither. */
  private entry(h: number): number {
    const keys = this.keys, values = this.values, m = this.slotMask;
    for (let slot = h & m; ; slot = (slot + 1) & m) {
      const v = values[slot];
      if (v === 0 || keys[slot] === h) return v;
    }
  }

  /**
   * Writes each list's GAZ_* marks into outs[g][0..n); returns the bit mask of the lists with some
   * match (list g at bit g), so callers can pass over the others, whose marks are all GAZ_NONE.
   */
  /** The entry of a one-token phrase, by its gazKey hash: what mark() looks up first at each token. */
  firstEntry(keyHash: number): number {
    return this.entry(extend(0, keyHash));
  }

  /**
   * first, when given, holds firstEntry of each token's key hash (callers keep it per word). dirty:
   * the lists whose outs may hold marks (from an earlier call: the lists it returned); the others'
   * outs must be all GAZ_NONE, and are left as they are.
   */
  mark(keyHashes: ArrayLike<number>, n: number, outs: Uint8Array[], first?: ArrayLike<number>, dirty = -1): number {
    const G = this.lists.length;
    if (n > this.cap) {
      this.cap = Math.max(n, this.cap * 2);
      this.best = new Uint8Array(this.cap * G);
    }
    // best is all zeros between calls: each list written below is cleared again once read.
    const cap = this.cap, best = this.best;
    /** Lists with some match in this sentence; the others (most, in most sentences) only need their marks cleared. */
    let hit = 0;
    for (let i = 0; i < n; i++) {
      let h = 0;
      for (let j = i; j < n && j - i < MAX_PHRASE_TOKENS; j++) {
        h = extend(h, keyHashes[j]);
        const e = j === i && first ? first[i] : this.entry(h);
        let mask = e & ~PREFIX_BIT;
        hit |= mask;
        for (; mask; mask &= mask - 1) best[(31 - Math.clz32(mask & -mask)) * cap + i] = j - i + 1;
        if (!(e & PREFIX_BIT)) break;
      }
    }
    for (let g = 0; g < G; g++) {
      const out = outs[g];
      if (!(hit & (1 << g))) {
        // Cleared whole, so that it stays clean until a match is written into it again.
        if (dirty & (1 << g)) out.fill(GAZ_NONE);
        continue;
      }
      out.fill(GAZ_NONE, 0, n);
      const base = g * cap;
      for (let i = 0; i < n; ) {
        const len = best[base + i];
        if (len === 0) i++;
        else if (len === 1) out[i++] = GAZ_UNIT;
        else {
          out[i] = GAZ_BEGIN;
          for (let k = i + 1; k < i + len - 1; k++) out[k] = GAZ_INSIDE;
          out[i + len - 1] = GAZ_LAST;
          i += len;
        }
      }
      best.fill(0, base, base + n);
    }
    return hit;
  }
}
