// Integer hashing for feature extraction: every feature is a 32-bit hash of (template, values), so
// tagging allocates no feature strings and the weight table is keyed by integers.
import { mix32 } from '../../mix32.ts';

/** FNV-1a over a string's UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Murmur3's finaliser: spreads the bits so masking the low bits gives an even bucket. */
export const mix = mix32;

/** A feature from a template id and one value hash. */
export function feat1(template: number, a: number): number {
  return mix(Math.imul(template + 1, 0x9e3779b1) ^ a);
}

/** A feature from a template id and two value hashes (conjunctions). */
export function feat2(template: number, a: number, b: number): number {
  return mix(feat1(template, a) ^ Math.imul(b ^ 0x5bd1e995, 0x27d4eb2d));
}

/** A feature from a template id and three value hashes. */
export function feat3(template: number, a: number, b: number, c: number): number {
  return mix(feat2(template, a, b) ^ Math.imul(c ^ 0x165667b1, 0x61c88647));
}
