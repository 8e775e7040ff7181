// What the two WikiEvents suites share: the coarse classes gold KAIROS types and our types are
// compared at, the document shape, and token location in the stored text.
import type { Span } from '../model.ts';
import { TYPES, type EventType } from '../events/taxonomy.ts';

/** The classes both sides can be mapped to cleanly (Life.Die/Injure are casualties, not types, for us). */
export type Coarse = 'violence' | 'arrest' | 'protest' | 'threat';
export const COARSE_CLASSES: Coarse[] = ['violence', 'arrest', 'protest', 'threat'];

export function goldCoarse(kairos: string): Coarse | null {
  if (kairos.startsWith('Conflict.Attack')) return 'violence';
  if (kairos.startsWith('Justice.ArrestJailDetain')) return 'arrest';
  if (kairos.startsWith('Conflict.Demonstrate')) return 'protest';
  if (kairos.startsWith('Contact.ThreatenCoerce')) return 'threat';
  return null;
}

export function predCoarse(type: string): Coarse | null {
  const g = TYPES[type as EventType]?.group;
  if (g === 'battles' || g === 'explosions_remote_violence' || g === 'violence_against_civilians') return 'violence';
  if (type === 'arrest') return 'arrest';
  if (g === 'protests' || g === 'riots') return 'protest';
  if (type === 'statement_threat') return 'threat';
  return null;
}

export interface WikiDoc {
  text: string;
  sentences: [[string, number, number][], string][];
  event_mentions: { event_type: string; trigger: { start: number; end: number } }[];
}

/** How far ahead a token may be found; past it the token was normalised and is placed at the cursor. */
const MAX_TOKEN_DRIFT = 40;

/**
 * Token offsets in the document text. The dataset's own character offsets assume a separator
 * between sentences that the stored text lacks, so they drift; the tokens are found in order instead.
 */
export function locateTokens(text: string, tokens: string[]): Span[] {
  let cursor = 0;
  return tokens.map((tok) => {
    let start = text.indexOf(tok, cursor);
    if (start < 0 || start - cursor > MAX_TOKEN_DRIFT) start = cursor;
    const end = Math.min(text.length, start + tok.length);
    cursor = end;
    return { start, end };
  });
}
