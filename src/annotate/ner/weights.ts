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
}

export class CompactWeights implements WeightSource {
  private readonly mask: number;
  constructor(
    private readonly keys: Uint32Array,
    private readonly values: Float32Array,
  ) {
    this.mask = keys.length - 1;
  }

  add(feature: number, scores: Float64Array): void {
    const key = (feature & BUCKET_MASK) + 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
    for (;;) {
      const k = this.keys[slot];
      if (k === key) break;
      if (k === 0) return;
      slot = (slot + 1) & this.mask;
    }
    const base = slot * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) scores[t] += this.values[base + t];
  }

  /** Builds the table from bucket ids (sorted or not) and their weight rows. */
  static fromRows(buckets: Uint32Array, rows: Float32Array): CompactWeights {
    let cap = 1;
    while (cap < buckets.length * 2) cap <<= 1;
    const keys = new Uint32Array(cap);
    const values = new Float32Array(cap * TAG_COUNT);
    const mask = cap - 1;
    for (let r = 0; r < buckets.length; r++) {
      const key = buckets[r] + 1;
      let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
      while (keys[slot] !== 0) slot = (slot + 1) & mask;
      keys[slot] = key;
      values.set(rows.subarray(r * TAG_COUNT, (r + 1) * TAG_COUNT), slot * TAG_COUNT);
    }
    return new CompactWeights(keys, values);
  }
}

/**
 * Serialises kept buckets: header, delta-coded bucket ids, int16 weights with one global scale.
 * buckets must be ascending.
 */
export function encodeWeights(buckets: Uint32Array, rows: Float32Array): Buffer {
  let maxAbs = 0;
  for (const v of rows) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs / 32767 || 1;
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
  const rows = new Float32Array(n * TAG_COUNT);
  let b = 0;
  for (let i = 0; i < n; i++) {
    b += deltas[i];
    buckets[i] = b;
  }
  for (let t = 0; t < TAG_COUNT; t++) for (let i = 0; i < n; i++) rows[i * TAG_COUNT + t] = q[t * n + i] * scale;
  return CompactWeights.fromRows(buckets, rows);
}
