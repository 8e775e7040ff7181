// Weight storage. Features hash into 2^BUCKET_BITS buckets, each holding one weight per tag.
// Training uses a dense array; the committed model keeps only buckets with a large weight, in an
// open-addressing table, quantised to int16 in a gzip file.
import zlib from 'node:zlib';
import { TAG_COUNT } from './labels.ts';

/** 4M buckets: few collisions for the ~2M distinct features of a million-token corpus. */
export const BUCKET_BITS = 22;
export const BUCKET_MASK = (1 << BUCKET_BITS) - 1;
const MAGIC = 0x4e455231; // "NER1"

/** What both weight stores offer the decoder: add a feature's per-tag weights into scores. */
export interface WeightSource {
  add(feature: number, scores: Float64Array): void;
  /** What one unit of an added score is worth (quantised tables add integers). */
  readonly scale: number;
}

/** Tag count as a module-local constant: imported bindings cost a getter call in hot loops. */
const NT = TAG_COUNT;
/**
 * A table slot is 16 int16s (32 bytes, so it never straddles a cache line): the bucket key as two
 * int16s, then the NT quantised weights. Lookups are cache misses, so a small table is a fast one.
 */
const SLOT_INT16 = 16;
const SLOT_UINT32 = SLOT_INT16 / 2;
/** Slots per kept row at most this full: short probe runs at a modest memory cost. */
const MAX_LOAD = 0.7;

export class CompactWeights implements WeightSource {
  private readonly mask: number;
  private readonly keys: Uint32Array;
  private readonly values: Int16Array;
  /**
   * One bit per bucket, set when the bucket is kept: most features of a text have no kept row, and
   * this 512 KB bitset answers that without probing the table (whose slots miss the cache).
   */
  private readonly kept = new Int32Array((1 << BUCKET_BITS) >>> 5);

  private constructor(capacity: number, readonly scale: number) {
    const buf = new ArrayBuffer(capacity * SLOT_INT16 * 2);
    this.keys = new Uint32Array(buf);
    this.values = new Int16Array(buf);
    this.mask = capacity - 1;
  }

  /** Adds quantised weights; multiply scores by this.scale for real units. */
  add(feature: number, scores: Float64Array): void {
    const bucket = feature & BUCKET_MASK;
    if (!(this.kept[bucket >>> 5] & (1 << (bucket & 31)))) return;
    const key = bucket + 1;
    const keys = this.keys, mask = this.mask;
    let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      const k = keys[slot * SLOT_UINT32];
      if (k === key) break;
      if (k === 0) return;
      slot = (slot + 1) & mask;
    }
    const v = this.values;
    const base = slot * SLOT_INT16 + 2;
    for (let t = 0; t < NT; t++) scores[t] += v[base + t];
  }

  /** Scratch for addEach: indices of the kept features, then their slots. */
  private hits = new Int32Array(256);
  private slots = new Int32Array(256);

  /**
   * Adds the weights of features[0 .. count) into out, feature k into the row at out[at[k] ..]: the
   * sums add() gives one by one. Each pass's loads are independent of one another, so the CPU
   * overlaps their cache misses (the bitset's, then the table's) instead of waiting on each in turn.
   * out holds integers (quantised units): int32 adds, and half the bytes of float rows.
   */
  addEach(features: Uint32Array, at: Int32Array, count: number, out: Int32Array): void {
    if (this.hits.length < count) {
      this.hits = new Int32Array(count * 2);
      this.slots = new Int32Array(count * 2);
    }
    const kept = this.kept, keys = this.keys, mask = this.mask, v = this.values, hits = this.hits, slots = this.slots;
    let m = 0;
    for (let k = 0; k < count; k++) {
      const bucket = features[k] & BUCKET_MASK;
      if (kept[bucket >>> 5] & (1 << (bucket & 31))) hits[m++] = k;
    }
    for (let j = 0; j < m; j++) {
      const key = (features[hits[j]] & BUCKET_MASK) + 1;
      let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
      for (;;) {
        const k = keys[slot * SLOT_UINT32];
        if (k === key) break;
        if (k === 0) {
          slot = -1;
          break;
        }
        slot = (slot + 1) & mask;
      }
      slots[j] = slot;
    }
    for (let j = 0; j < m; j++) {
      if (slots[j] < 0) continue;
      const base = slots[j] * SLOT_INT16 + 2, o = at[hits[j]];
      for (let t = 0; t < NT; t++) out[o + t] += v[base + t];
    }
  }

  /** Builds the table from bucket ids and int16 weight rows (row r at q[r*NT ...]). */
  static fromQuantised(buckets: Uint32Array, q: Int16Array, scale: number): CompactWeights {
    let cap = 1;
    while (cap * MAX_LOAD < buckets.length) cap <<= 1;
    const table = new CompactWeights(cap, scale);
    const { keys, values, mask, kept } = table;
    for (let r = 0; r < buckets.length; r++) {
      const key = buckets[r] + 1;
      kept[buckets[r] >>> 5] |= 1 << (buckets[r] & 31);
      let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
      while (keys[slot * SLOT_UINT32] !== 0) slot = (slot + 1) & mask;
      keys[slot * SLOT_UINT32] = key;
      values.set(q.subarray(r * NT, (r + 1) * NT), slot * SLOT_INT16 + 2);
    }
    return table;
  }

  /** Builds the table from float rows, quantising them as the model file does. */
  static fromRows(buckets: Uint32Array, rows: Float32Array): CompactWeights {
    const scale = quantScale(rows);
    return CompactWeights.fromQuantised(buckets, quantise(rows, scale), scale);
  }
}

function quantScale(rows: Float32Array): number {
  let maxAbs = 0;
  for (const v of rows) maxAbs = Math.max(maxAbs, Math.abs(v));
  return maxAbs / 32767 || 1;
}

function quantise(rows: Float32Array, scale: number): Int16Array {
  const q = new Int16Array(rows.length);
  for (let i = 0; i < rows.length; i++) q[i] = Math.round(rows[i] / scale);
  return q;
}

/**
 * Serialises kept buckets: header, delta-coded bucket ids, int16 weights with one global scale.
 * buckets must be ascending.
 */
export function encodeWeights(buckets: Uint32Array, rows: Float32Array): Buffer {
  const scale = quantScale(rows);
  const n = buckets.length;
  const header = new Uint32Array([MAGIC, BUCKET_BITS, TAG_COUNT, n]);
  const scaleBuf = new Float32Array([scale]);
  const deltas = new Uint32Array(n);
  for (let i = 0; i < n; i++) deltas[i] = buckets[i] - (i ? buckets[i - 1] : 0);
  // Column-major weights (all rows' tag 0, then tag 1, ...) compress better.
  const q = new Int16Array(n * TAG_COUNT);
  for (let t = 0; t < TAG_COUNT; t++)
    for (let i = 0; i < n; i++) q[t * n + i] = Math.round(rows[i * TAG_COUNT + t] / scale);
  const raw = Buffer.concat([
    Buffer.from(header.buffer), Buffer.from(scaleBuf.buffer), Buffer.from(deltas.buffer), Buffer.from(q.buffer),
  ]);
  return zlib.gzipSync(raw, { level: 9 });
}

export function decodeWeights(gz: Buffer): CompactWeights {
  const raw = zlib.gunzipSync(gz);
  const buf = raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength);
  const header = new Uint32Array(buf, 0, 4);
  if (header[0] !== MAGIC) throw new Error('ner weights: bad magic');
  if (header[1] !== BUCKET_BITS || header[2] !== TAG_COUNT)
    throw new Error(`ner weights: built for ${header[1]} bits/${header[2]} tags, code has ${BUCKET_BITS}/${TAG_COUNT}`);
  const n = header[3];
  const scale = new Float32Array(buf, 16, 1)[0];
  const deltas = new Uint32Array(buf, 20, n);
  const q = new Int16Array(buf, 20 + 4 * n, n * TAG_COUNT);
  const buckets = new Uint32Array(n);
  const rows = new Int16Array(n * TAG_COUNT);
  let b = 0;
  for (let i = 0; i < n; i++) {
    b += deltas[i];
    buckets[i] = b;
  }
  for (let t = 0; t < TAG_COUNT; t++) for (let i = 0; i < n; i++) rows[i * TAG_COUNT + t] = q[t * n + i];
  return CompactWeights.fromQuantised(buckets, rows, scale);
}
