// The POS tagger's weights file and its in-memory forms: the parsed rows by feature, and the int16
// cells the tagger keeps its sums in.
import { TAG_COUNT } from './pos-features.ts';

const NT = TAG_COUNT;

/** Feature weights, one row of TAG_COUNT per feature. */
export type PosWeights = Map<string, Float32Array>;

/**
 * Weights file: one feature a line, "feature<TAB>tag:weight tag:weight…" (integers, zeros left out).
 * Read by character codes into views of one buffer: the model loads at every process start.
 */
export function parseWeights(text: string): PosWeights {
  const weights: PosWeights = new Map();
  let lines = 0;
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) lines++;
  const buffer = new Float32Array((lines + 1) * NT);
  let at = 0, rows = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const tab = text.lastIndexOf('\t', end);
    if (tab > at) {
      const row = buffer.subarray(rows * NT, ++rows * NT);
      let k = tab + 1;
      while (k < end) {
        let tag = 0, value = 0, sign = 1;
        for (let c = text.charCodeAt(k); c !== 0x3a; c = text.charCodeAt(++k)) tag = tag * 10 + c - 48;
        if (text.charCodeAt(++k) === 0x2d) { sign = -1; k++; }
        for (let c = text.charCodeAt(k); k < end && c !== 0x20; c = text.charCodeAt(++k)) value = value * 10 + c - 48;
        row[tag] = sign * value;
        k++;
      }
      weights.set(text.slice(at, tab), row);
    }
    at = end + 1;
  }
  return weights;
}

export function formatWeights(weights: [string, ArrayLike<number>][]): string {
  const lines: string[] = [];
  for (const [feature, row] of weights) {
    const cells: string[] = [];
    for (let t = 0; t < NT; t++) if (row[t] !== 0) cells.push(`${t}:${row[t]}`);
    if (cells.length) lines.push(`${feature}\t${cells.join(' ')}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * Copies integer sums into int16 cells: half the bytes of float32, so more of the kept words stay in
 * the CPU cache. The committed weights cannot pass the range (a word's own row sums at most 17,089
 * in absolute value); a retrained model that does is refused rather than tagged wrong.
 */
export function storeShorts(from: ArrayLike<number>, into: Int16Array, at: number): void {
  for (let k = 0; k < from.length; k++) into[at + k] = asShort(from[k]);
}

/** storeShorts for `count` sums from `fromAt` of a scratch array: no view made per row (the tagger stores five a new word). */
export function storeShortRow(from: Float64Array, fromAt: number, count: number, into: Int16Array, at: number): void {
  for (let k = 0; k < count; k++) into[at + k] = asShort(from[fromAt + k]);
}

function asShort(v: number): number {
  if (v !== Math.trunc(v) || v < -32768 || v > 32767) throw new Error(`POS weight sum ${v} does not fit an int16 cell`);
  return v;
}
