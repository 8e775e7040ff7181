// Integer hashing for feature extraction: every feature is a 32-bit hash of (template, values), so
// tagging allocates no feature strings and the weight table is keyed by integers.
import { mix32 } from '../../mix32.ts';
import { fnv1a } from '../../fnv.ts';

/** FNV-1a over a string's UTF-16 code units. */
export function hashString(s: string): number {
  return fnv1a(s, 0, s.length) >>> 0;
}

/** Murmur3's finaliser: spreads the bits so masking the low bits gives an even bucket. */
export const mix = mix32;

/**
 * mix32 giving the same 32 bits as a signed int: a call the compiler does not inline returns an
 * int32 in a register, where an unsigned value past 2^31 is boxed as a heap number each time.
 */
function mixInt(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

// The features as signed ints (feat1i, feat2i, feat3i) for the tagger's hot loops, which store them
// into Uint32Arrays: the bits are feat1/feat2/feat3's, only the sign reading differs.

/** feat1 as a signed int. */
export function feat1i(template: number, a: number): number {
  return mixInt(Math.imul(template + 1, 0x9e3779b1) ^ a);
}

/** feat2 as a signed int. */
export function feat2i(template: number, a: number, b: number): number {
  return mixInt(feat1i(template, a) ^ Math.imul(b ^ 0x5bd1e995, 0x27d4eb2d));
}

/** feat3 as a signed int. */
export function feat3i(template: number, a: number, b: number, c: number): number {
  return mixInt(feat2i(template, a, b) ^ Math.imul(c ^ 0x165667b1, 0x61c88647));
}

/** A feature from a template id and one value hash. */
export function feat1(template: number, a: number): number {
  return feat1i(template, a) >>> 0;
}

/** A feature from a template id and two value hashes (conjunctions). */
export function feat2(template: number, a: number, b: number): number {
  return feat2i(template, a, b) >>> 0;
}

/** A feature from a template id and three value hashes. */
export function feat3(template: number, a: number, b: number, c: number): number {
  return feat3i(template, a, b, c) >>> 0;
}
