// The name-list features of a token (features.ts: gaz, gazCap, capsGaz, gazM1, gazP1) take few
// values: list × mark (× capitalisation for gazCap). Hashed once into tables here, they cost a table
// read per token instead of two or three hash rounds, and are the very hashes fillStatic would make.
import { feat2, feat3 } from './hash.ts';
import { F_ALL_CAPS, F_FIRST, F_INIT_CAP } from './words.ts';

/** GAZ_* marks run 0 (none) .. 4 (a one-token match). */
export const LIST_MARKS = 5;
/** gazCap conjoins these capitalisation flags: initial capital, all caps, first in the sentence. */
export const CAP_INDICES = 8;
/** The index 0..7 of the gazCap flags of token flags f. */
export const capIndex = (f: number) => (f & (F_INIT_CAP | F_ALL_CAPS)) | (f & F_FIRST ? 4 : 0);
/** The gazCap flag value of each index. */
const CAP_VALUES = [0, F_INIT_CAP, F_ALL_CAPS, F_INIT_CAP | F_ALL_CAPS]
  .flatMap((c) => [c, c | F_FIRST])
  .sort((a, b) => capIndex(a) - capIndex(b));

/** The template ids of the list features (features.ts owns them: the committed weights are keyed by them). */
export interface ListTemplates {
  gaz: number;
  gazCap: number;
  capsGaz: number;
  gazM1: number;
  gazP1: number;
}

export class ListMarkFeatures {
  /** Features of list g with mark m at [g * LIST_MARKS + m]; gazCap's at [(g * LIST_MARKS + m) * CAP_INDICES + capIndex(flags)]. */
  readonly gaz: Uint32Array;
  readonly gazCap: Uint32Array;
  readonly capsGaz: Uint32Array;
  readonly gazM1: Uint32Array;
  readonly gazP1: Uint32Array;

  constructor(lists: number, T: ListTemplates) {
    const table = (f: (g: number, m: number) => number) =>
      Uint32Array.from({ length: lists * LIST_MARKS }, (_, k) => f(Math.floor(k / LIST_MARKS), k % LIST_MARKS));
    this.gaz = table((g, m) => feat2(T.gaz, g, m));
    this.capsGaz = table((g, m) => feat2(T.capsGaz, g, m));
    this.gazM1 = table((g, m) => feat2(T.gazM1, g, m));
    this.gazP1 = table((g, m) => feat2(T.gazP1, g, m));
    this.gazCap = Uint32Array.from({ length: lists * LIST_MARKS * CAP_INDICES }, (_, k) => {
      const gm = Math.floor(k / CAP_INDICES);
      return feat3(T.gazCap, Math.floor(gm / LIST_MARKS), gm % LIST_MARKS, CAP_VALUES[k % CAP_INDICES]);
    });
  }
}
