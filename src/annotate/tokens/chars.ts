// Character classes for the tokeniser, read by character code: ASCII from a fixed table, other
// characters from one Unicode test each, kept for the rest of the process (news text repeats few).

export const OTHER = 0, LETTER = 1, DIGIT = 2, SPACE = 3, MARK = 4;

const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) ASCII[c] = LETTER;
  else if (c >= 48 && c <= 57) ASCII[c] = DIGIT;
  else if (c === 32 || (c >= 9 && c <= 13)) ASCII[c] = SPACE;
}

/** Classes of the Basic Multilingual Plane beyond ASCII, one byte each; 0xff = not read yet. */
const WIDE = new Uint8Array(0x10000).fill(0xff);
const IS_LETTER = /^\p{L}$/u, IS_MARK = /^\p{M}$/u, IS_DIGIT = /^\p{N}$/u, IS_SPACE = /^[\s\u200b\ufeff]$/u;

function classifyWide(code: number): number {
  // Surrogate halves are read as marks-or-other by the caller, never as words of their own.
  if (code >= 0xd800 && code <= 0xdfff) return OTHER;
  const ch = String.fromCharCode(code);
  if (IS_LETTER.test(ch)) return LETTER;
  if (IS_MARK.test(ch)) return MARK;
  if (IS_DIGIT.test(ch)) return DIGIT;
  if (IS_SPACE.test(ch)) return SPACE;
  return OTHER;
}

/** The class of the UTF-16 code unit `code`. */
export function charClass(code: number): number {
  if (code < 128) return ASCII[code];
  let k = WIDE[code];
  if (k === 0xff) k = WIDE[code] = classifyWide(code);
  return k;
}

/** 1 for the ASCII letters and digits: the test the tokeniser makes on nearly every character. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = ASCII[c] === LETTER || ASCII[c] === DIGIT ? 1 : 0;

/** Letters, digits and combining marks: what a word is made of. */
export const isWordCode = (code: number): boolean => {
  if (code < 128) return ASCII_WORD[code] === 1;
  const k = charClass(code);
  return k === LETTER || k === DIGIT || k === MARK;
};

export const isAsciiLetterCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
export const isUpperCode = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 128 && charClass(c) === LETTER && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c));
export const isLowerCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 128 && charClass(c) === LETTER && String.fromCharCode(c).toUpperCase() !== String.fromCharCode(c));
