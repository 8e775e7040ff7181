// The KB's aliases as a trie of word keys (Token.norm, a possessive's with its mark), with every
// edge also kept in one table keyed by (parent node, hash of the key): the matcher steps from word
// to word by the hashes its scan made (text.ts WordScan), comparing a key only where the hash
// fits, so most words of a text cost no string and no Map lookup.
import { POSSESSIVE_MARK, keyHash } from './text.ts';
import { FNV_PRIME } from '../../fnv.ts';

export interface TrieNode<R> {
  /** Index in AliasTrie.nodes; the root's is 0. */
  readonly id: number;
  /** The key of the edge from the parent ('' for the root). */
  readonly key: string;
  readonly next: Map<string, TrieNode<R>>;
  readonly refs: R[];
}

/** Edge table slots at most this full: short probe runs. */
const MAX_EDGE_LOAD = 0.5;

/** keyHash(key + POSSESSIVE_MARK) from keyHash(key): FNV-1a goes on where it stopped. */
export function possessiveHash(h: number): number {
  for (let k = 0; k < POSSESSIVE_MARK.length; k++) h = Math.imul(h ^ POSSESSIVE_MARK.charCodeAt(k), FNV_PRIME);
  return h >>> 0;
}

function edgeSlot(parent: number, hash: number, mask: number): number {
  let h = Math.imul(parent, 0x9e3779b1) ^ hash;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (h ^ (h >>> 13)) & mask;
}

export class AliasTrie<R> {
  readonly nodes: TrieNode<R>[] = [];
  readonly root: TrieNode<R>;
  private edgeParent = new Int32Array(0);
  private edgeHash = new Int32Array(0);
  /** Child node id of each edge slot; 0 (the root, nobody's child) marks an empty slot. */
  private edgeChild = new Int32Array(0);
  private mask = 0;

  constructor() {
    this.root = this.node('');
  }

  private node(key: string): TrieNode<R> {
    const n: TrieNode<R> = { id: this.nodes.length, key, next: new Map(), refs: [] };
    this.nodes.push(n);
    return n;
  }

  /** The node at the end of keys, made as needed. Call index() once all are added. */
  add(keys: string[]): TrieNode<R> {
    let node = this.root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) node.next.set(k, (child = this.node(k)));
      node = child;
    }
    return node;
  }

  /** Builds the edge table from the nodes added. */
  index(): void {
    let size = 2;
    while (size * MAX_EDGE_LOAD < this.nodes.length) size <<= 1;
    this.mask = size - 1;
    this.edgeParent = new Int32Array(size);
    this.edgeHash = new Int32Array(size);
    this.edgeChild = new Int32Array(size);
    for (const parent of this.nodes) {
      for (const child of parent.next.values()) {
        const hash = keyHash(child.key) | 0;
        let slot = edgeSlot(parent.id, hash, this.mask);
        while (this.edgeChild[slot] !== 0) slot = (slot + 1) & this.mask;
        this.edgeParent[slot] = parent.id;
        this.edgeHash[slot] = hash;
        this.edgeChild[slot] = child.id;
      }
    }
  }

  /** parent's child by key (hash = keyHash(key)), or undefined: parent.next.get(key). */
  child(parent: TrieNode<R>, hash: number, key: string): TrieNode<R> | undefined {
    const mask = this.mask, h = hash | 0;
    for (let slot = edgeSlot(parent.id, h, mask); ; slot = (slot + 1) & mask) {
      const c = this.edgeChild[slot];
      if (c === 0) return undefined;
      if (this.edgeParent[slot] === parent.id && this.edgeHash[slot] === h && this.nodes[c].key === key) return this.nodes[c];
    }
  }

  /**
   * parent's child by the key of an ASCII word text[start, end) without apostrophes, which is the
   * word in lower case (hash = its keyHash), or undefined; no string is made.
   */
  childOfAsciiWord(parent: TrieNode<R>, hash: number, text: string, start: number, end: number): TrieNode<R> | undefined {
    const mask = this.mask, h = hash | 0;
    for (let slot = edgeSlot(parent.id, h, mask); ; slot = (slot + 1) & mask) {
      const c = this.edgeChild[slot];
      if (c === 0) return undefined;
      if (this.edgeParent[slot] !== parent.id || this.edgeHash[slot] !== h) continue;
      const key = this.nodes[c].key;
      if (key.length !== end - start) continue;
      let k = 0;
      for (; k < key.length; k++) {
        const ch = text.charCodeAt(start + k);
        if ((ch <= 90 && ch >= 65 ? ch + 32 : ch) !== key.charCodeAt(k)) break;
      }
      if (k === key.length) return this.nodes[c];
    }
  }
}
