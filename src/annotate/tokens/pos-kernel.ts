// The POS tagger's greedy decode as a small WebAssembly SIMD function: per token it adds seven int16
// rows of 17 tag scores (five kept word rows, the tag-history row, the previous-tag row) four tags
// at a time in 32-bit lanes, and takes the first tag of the highest score, exactly as the JS loop in
// pos-tagger.ts does one tag at a time (that loop was 40% of splitSentences). The bytes are
// assembled here at load time, so there is no build step and nothing binary is committed.
//
// Memory, in bytes: `at` (each token's entry address, two stand-ins either side), `previousOf`
// (each token's previous-tag block address), `tags` (the result, one byte a token), then the cells
// every address points into, ROW_BYTES per row.

/** Cells per row: TAG_COUNT (17) scores padded to five groups of four lanes. */
export const STRIDE = 20;
export const ROW_BYTES = STRIDE * 2;
/** Tokens a sentence may have for the kernel; a longer one is decoded by the JS loop. */
export const MAX_KERNEL_TOKENS = 4096;
export const AT_BYTES = 0;
export const PREVIOUS_OF_BYTES = AT_BYTES + (MAX_KERNEL_TOKENS + 4) * 4;
export const TAGS_BYTES = PREVIOUS_OF_BYTES + MAX_KERNEL_TOKENS * 4;
/** Where the cells start: past the token arrays, on a 64-byte line. */
export const CELLS_BYTES = Math.ceil((TAGS_BYTES + MAX_KERNEL_TOKENS) / 64) * 64;

export interface KernelShape {
  /** Tags, 17: the fifth group of lanes holds one real score. */
  tagCount: number;
  /** Tag-history rows per previous tag (TAG_COUNT + the start). */
  history: number;
  startTag: number;
  /** Byte offsets of the role rows inside an entry: own, one before, two before, one after, two after. */
  roles: [number, number, number, number, number];
}

// Opcodes (WebAssembly 2.0 with fixed-width SIMD).
const BLOCK = 0x02, LOOP = 0x03, BR = 0x0c, BR_IF = 0x0d, END = 0x0b, SELECT = 0x1b, VOID = 0x40;
const LOCAL_GET = 0x20, LOCAL_SET = 0x21, I32_LOAD = 0x28, I32_STORE8 = 0x3a, I32_CONST = 0x41;
const I32_EQZ = 0x45, I32_GE_S = 0x4e, I32_CTZ = 0x68, I32_ADD = 0x6a, I32_MUL = 0x6c, I32_OR = 0x72, I32_SHL = 0x74;
const SIMD = 0xfd, LOAD16X4_S = 0x03, V128_CONST = 0x0c, SHUFFLE = 0x0d, BITSELECT = 0x52, I32X4_EQ = 0x37;
const I32X4_BITMASK = 0xa4, I32X4_ADD = 0xae, I32X4_MAX_S = 0xb8;
const I32 = 0x7f, V128 = 0x7b;

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) return [...out, b];
    out.push(b | 0x80);
  }
}

const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];
const name = (s: string) => [...uleb(s.length), ...[...s].map((c) => c.charCodeAt(0))];
const lanes32 = (values: number[]) => values.flatMap((v) => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff]);

/** The module's bytes: one function decode(n, firstHistory) over an imported memory. */
export function kernelBytes(shape: KernelShape): Uint8Array<ArrayBuffer> {
  // Locals: 0 n, 1 firstHistory (params); 2 i, 3 p, 4 p2, 5 offset of at[i], 6..12 the seven row addresses; 13..18 vectors.
  const N = 0, FIRST = 1, I = 2, P = 3, P2 = 4, OFF = 5, ROW = 6, V = 13, M = 18;
  const groups = Math.ceil(shape.tagCount / 4);
  const get = (l: number) => [LOCAL_GET, l], set = (l: number) => [LOCAL_SET, l], c32 = (v: number) => [I32_CONST, ...sleb(v)];
  const loadAt = (bytes: number) => [...get(OFF), I32_LOAD, 2, ...uleb(bytes)];
  const code: number[] = [...c32(shape.startTag), ...set(P), ...c32(shape.startTag), ...set(P2), ...c32(0), ...set(I)];
  code.push(BLOCK, VOID, LOOP, VOID, ...get(I), ...get(N), I32_GE_S, BR_IF, 1);
  code.push(...get(I), ...c32(2), I32_SHL, ...set(OFF));
  // at[] is shifted by two: at[i + 2] is token i's entry; the stand-ins fill i - 2 .. i + 2 at the ends.
  const neighbour = [2, 1, 0, 3, 4];
  for (let r = 0; r < 5; r++) code.push(...loadAt(AT_BYTES + neighbour[r] * 4), ...c32(shape.roles[r]), I32_ADD, ...set(ROW + r));
  // The history row: the first token's own, else the one of the two tags before.
  code.push(...get(FIRST), ...get(P2), ...c32(shape.history), I32_MUL, ...get(P), I32_ADD, ...c32(ROW_BYTES), I32_MUL,
    ...get(I), I32_EQZ, SELECT, ...set(ROW + 5));
  code.push(...loadAt(PREVIOUS_OF_BYTES), ...get(P), ...c32(ROW_BYTES), I32_MUL, I32_ADD, ...set(ROW + 6));
  for (let g = 0; g < groups; g++) {
    for (let r = 0; r < 7; r++) {
      code.push(...get(ROW + r), SIMD, LOAD16X4_S, 1, ...uleb(CELLS_BYTES + g * 8));
      if (r > 0) code.push(SIMD, ...uleb(I32X4_ADD));
    }
    code.push(...set(V + g));
  }
  // Lanes past the last tag never win: the lowest int32 in their place.
  const real = shape.tagCount - (groups - 1) * 4;
  const keep = [0, 1, 2, 3].map((k) => (k < real ? -1 : 0));
  code.push(...get(V + groups - 1), SIMD, V128_CONST, ...lanes32([0, 0, 0, 0].map(() => -0x80000000)),
    SIMD, V128_CONST, ...lanes32(keep), SIMD, BITSELECT, ...set(V + groups - 1));
  code.push(...get(V));
  for (let g = 1; g < groups; g++) code.push(...get(V + g), SIMD, ...uleb(I32X4_MAX_S));
  code.push(...set(M));
  // Every lane to the maximum: swap halves, then neighbours, each time keeping the larger.
  for (const order of [[8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7], [4, 5, 6, 7, 0, 1, 2, 3, 12, 13, 14, 15, 8, 9, 10, 11]]) {
    code.push(...get(M), ...get(M), SIMD, SHUFFLE, ...order, ...get(M), SIMD, ...uleb(I32X4_MAX_S), ...set(M));
  }
  // The first lane holding the maximum: ties go to the earlier tag, as in training.
  for (let g = 0; g < groups; g++) {
    code.push(...get(V + g), ...get(M), SIMD, I32X4_EQ, SIMD, ...uleb(I32X4_BITMASK));
    if (g > 0) code.push(...c32(g * 4), I32_SHL, I32_OR);
  }
  code.push(I32_CTZ, ...set(OFF));
  code.push(...get(I), ...get(OFF), I32_STORE8, 0, ...uleb(TAGS_BYTES));
  code.push(...get(P), ...set(P2), ...get(OFF), ...set(P));
  code.push(...get(I), ...c32(1), I32_ADD, ...set(I), BR, 0, END, END, END);
  const locals = [2, ...uleb(4 + 7), I32, ...uleb(groups + 1), V128];
  const body = [...locals, ...code];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 2, I32, I32, 0]),
    ...section(2, [1, ...name('env'), ...name('memory'), 0x02, 0x00, 1]),
    ...section(3, [1, 0]),
    ...section(7, [1, ...name('decode'), 0x00, 0]),
    ...section(10, [1, ...uleb(body.length), ...body]),
  ]);
}

/** The decode function over `memory`, or null where WebAssembly SIMD is missing (the JS loop stands in). */
export function decodeKernel(memory: WebAssembly.Memory, shape: KernelShape): ((n: number, firstHistory: number) => void) | null {
  const bytes = kernelBytes(shape);
  if (!WebAssembly.validate(bytes)) return null;
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } });
  return instance.exports.decode as (n: number, firstHistory: number) => void;
}
