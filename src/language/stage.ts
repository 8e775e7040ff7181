// Language identification. Sitrep's annotators are English-only for now, so the language is
// recorded on every article and later stages can skip what they cannot read.
import { franc } from 'franc';
import type { Stage } from '../stage.ts';

/** franc is unreliable below this many characters; such texts are marked "und". */
const MIN_CHARS_FOR_LANGUAGE = 40;
/** Enough text to decide; franc's cost grows with length and the first few KB decide. */
const SAMPLE_CHARS = 4000;

export function detectLanguage(text: string): string {
  if (text.trim().length < MIN_CHARS_FOR_LANGUAGE) return 'und';
  return franc(text.slice(0, SAMPLE_CHARS), { minLength: MIN_CHARS_FOR_LANGUAGE });
}

export const languageStage: Stage = {
  name: 'language',
  needs: ['article'],
  adds: [],
  run(doc) {
    doc.article!.language = detectLanguage(doc.article!.text);
  },
};
