// Whether a word can be glued from given pieces, and whether some gluing holds an anchor piece:
// the test chrono-scope.ts runs on every word it has not met before ("lastnight" = last + night,
// "since" = s + in + ce). The pieces sit in a letter trie, so each start in the word is followed
// letter by letter, with no copy of the word cut out per candidate piece; on unseen news text the
// copying version was a sixth of the dates step.

/** What the whole word can be glued as. */
export const NOT_GLUED = 0;
export const GLUED = 1;
export const GLUED_WITH_ANCHOR = 2;
export type Gluing = typeof NOT_GLUED | typeof GLUED | typeof GLUED_WITH_ANCHOR;

const LETTERS = 26;
/** Setting this bit lowers an ASCII capital; in a word (letters, digits, "_") it makes nothing else a lowercase letter. */
const LOWER_CASE_BIT = 0x20;
/** Reused reach table: one word is glued at a time. */
let scratch = new Uint8Array(64);
const A = 97;
/** Node flags: a piece ends here; a piece allowed only at the word's end ends here; the piece is an anchor. */
const PIECE = 1;
const LAST_ONLY = 2;
const ANCHOR_PIECE = 4;

export class PieceTrie {
  /** next[node * LETTERS + letter]: the child node, 0 for none (the root is 0 and never a child). */
  private next: Int32Array;
  private flags: Uint8Array;

  /** `pieces` anywhere, `last` only at a word's end; a piece in `anchors` makes the gluing anchored. */
  constructor(pieces: Iterable<string>, last: Iterable<string>, anchors: Set<string>) {
    const words = [...new Set([...pieces, ...last])];
    const size = 1 + words.reduce((n, w) => n + w.length, 0);
    this.next = new Int32Array(size * LETTERS);
    this.flags = new Uint8Array(size);
    const pieceSet = new Set(pieces);
    const lastSet = new Set(last);
    let nodes = 1;
    for (const w of words) {
      if (!/^[a-z]+$/.test(w)) throw new Error(`glue pieces are lowercase letters: ${JSON.stringify(w)}`);
      let node = 0;
      for (let k = 0; k < w.length; k++) {
        const slot = node * LETTERS + w.charCodeAt(k) - A;
        if (!this.next[slot]) this.next[slot] = nodes++;
        node = this.next[slot];
      }
      if (pieceSet.has(w)) this.flags[node] |= PIECE;
      if (lastSet.has(w)) this.flags[node] |= LAST_ONLY;
      if (anchors.has(w)) this.flags[node] |= ANCHOR_PIECE;
    }
  }

  /** How the lowercase `word` can be glued from the pieces (see above). */
  glue(word: string): Gluing {
    return this.glueAt(word, 0, word.length);
  }

  /** How text[start, end) can be glued, read in lowercase (ASCII capitals folded), without copying it. */
  glueAt(text: string, start: number, end: number): Gluing {
    const length = end - start;
    // reach[i]: how the first i letters can be glued (0 not at all, 1 from pieces, 2 with an anchor among them).
    if (scratch.length <= length) scratch = new Uint8Array(2 * length + 1);
    const reach = scratch;
    reach.fill(0, 0, length + 1);
    reach[0] = GLUED;
    for (let i = 0; i < length; i++) {
      if (!reach[i]) continue;
      let node = 0;
      for (let j = i; j < length; j++) {
        const letter = (text.charCodeAt(start + j) | LOWER_CASE_BIT) - A;
        if (letter < 0 || letter >= LETTERS) break;
        node = this.next[node * LETTERS + letter];
        if (!node) break;
        const flags = this.flags[node];
        if (!(flags & PIECE) && !(j + 1 === length && flags & LAST_ONLY)) continue;
        const value = flags & ANCHOR_PIECE ? GLUED_WITH_ANCHOR : reach[i];
        if (value > reach[j + 1]) reach[j + 1] = value;
      }
    }
    return reach[length] as Gluing;
  }
}
