// FNV-1a, the project's hash of words and keys (word tables, name indexes, gazetteer keys,
// shingles): cheap per character, and mixes short words well enough. A scan that reads a word's
// characters anyway folds them in as it goes (h = FNV_OFFSET, then h = Math.imul(h ^ code, FNV_PRIME))
// and gets the same value without a second pass.

/** FNV-1a's 32-bit offset basis and prime. */
export const FNV_OFFSET = 0x811c9dc5, FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of text[start, end), as a signed 32-bit integer (`>>> 0` gives the unsigned one). */
export function fnv1a(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h | 0;
}
