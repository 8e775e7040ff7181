// The case rules of a KB alias: which written forms of it in a text are a mention ("IS" is the
// group, "is" is not; "the Pentagon" may open in lower case), and which text words may open it.
import type { EntityType } from '../../model.ts';
import { isAllCaps, isCapitalised, type Token, type Tokens } from './text.ts';
import type { KbEntry } from './match.ts';

/** Aliases this short are acronyms or short names ("IS", "UN", "Iran"): case must match exactly. */
export const CASE_SENSITIVE_MAX_LETTERS = 4;
/** Acronyms this short are read as shouting, not a name, inside an all-caps headline ("WHAT IS NEXT"). */
const HEADLINE_ACRONYM_MAX_LETTERS = 3;
/** Lower-case name particles that may open a name without a capital ("al-Shabaab", "the Taleban"). */
export const PARTICLES = new Set(['al', 'el', 'ad', 'an', 'ar', 'as', 'ash', 'at', 'az', 'ul', 'the', 'of', 'de', 'e', 'i', 'wa', 'bin', 'ibn']);

export interface AliasRef {
  entry: KbEntry;
  alias: string;
  type: EntityType;
  /** Exact raw tokens (apostrophes removed) when the alias is case-sensitive, else null. */
  exact: string[] | null;
  /** The written name starts with a capital, so the text must too. */
  needsCapital: boolean;
  letters: number;
  /** Number of tokens. */
  length: number;
}

export function makeRef(entry: KbEntry, alias: string, type: EntityType, tokens: Token[]): AliasRef {
  const letters = alias.replace(/[^\p{L}\p{N}]/gu, '').length;
  const caseSensitive = letters <= CASE_SENSITIVE_MAX_LETTERS || isAllCaps(alias);
  return {
    entry,
    alias,
    type,
    exact: caseSensitive ? tokens.map((t) => t.raw) : null,
    needsCapital: /\p{Lu}/u.test(alias),
    letters,
    length: tokens.length,
  };
}

/** Whether the written form in the text obeys the alias's case rule. */
export function caseFits(ref: AliasRef, tokens: Tokens, first: number): boolean {
  if (ref.exact) return ref.exact.every((raw, k) => raw === tokens.at(first + k)!.raw);
  if (!ref.needsCapital) return true;
  let head = first;
  while (head < first + ref.length - 1 && PARTICLES.has(tokens.at(head)!.norm)) head++;
  return isCapitalised(tokens.at(head)!.raw);
}

/** A short acronym between two all-caps words is a headline's ordinary word ("WHAT IS NEXT"). */
export function shouted(ref: AliasRef, tokens: Tokens, first: number, last: number): boolean {
  if (!ref.exact || ref.letters > HEADLINE_ACRONYM_MAX_LETTERS) return false;
  const before = first > 0 ? tokens.at(first - 1) : undefined;
  const after = tokens.at(last + 1);
  return !!before && !!after && isAllCaps(before.raw) && isAllCaps(after.raw);
}

/** Lower-case ASCII letters' code range. */
export const ASCII_a = 0x61, ASCII_z = 0x7a;

/**
 * Whether the alias may match text whose first word starts with a lower-case ASCII letter: the
 * case rule lets it (caseFits), whatever the rest of the text says. An exact alias must then start
 * with that letter; a capitalised one must open with a particle ("the Pentagon", "al-Shabaab").
 */
export function opensInLowerCase(ref: AliasRef, first: Token): boolean {
  if (ref.exact) {
    const c = ref.exact[0].charCodeAt(0);
    return c >= ASCII_a && c <= ASCII_z;
  }
  return !ref.needsCapital || (ref.length > 1 && PARTICLES.has(first.norm));
}
