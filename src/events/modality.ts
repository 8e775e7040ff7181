// Modality and recall: whether a trigger reports something that happened, is happening, is
// planned, is only imagined, or is said not to have happened; and whether the sentence recalls
// past events as context. Cues are read in a window of words before the trigger (and a few after
// for "is ongoing"), inside the trigger's own clause.
import type { Modality, Span } from '../model.ts';

/** Words before a trigger that can govern it: "will not allow any group to use … to attack". */
const WINDOW_BEFORE = 9;
const WINDOW_AFTER = 4;

const CUES: { modality: Modality; before: RegExp; after?: RegExp }[] = [
  { modality: 'denied', before: /\b(?:did not|didn't|never|no|denied|denies|deny|dismissed|rejected|refuted|not)\b(?:\s+\S+){0,4}\s*$/i },
  { modality: 'hypothetical', before: /\b(?:could|might|may|would|if|potential(?:ly)?|possible|possibility of|risk of|threat of|fears? of|threats? of|prevent|avoid|allow|to stop|deter|in case of|spillover)\b/i },
  { modality: 'planned', before: /\b(?:will|shall|plans? to|planned|planning|intends? to|is set to|are set to|scheduled to|to be held|upcoming|next week|next month|prepare(?:s|d)? to|aim(?:s|ed)? to)\b/i },
  { modality: 'ongoing', before: /\b(?:continue[sd]?|continuing|ongoing|are taking part|is taking part|are participating|underway|under way|still)\b/i, after: /^\W*(?:\w+\s+){0,3}(?:continue|is ongoing|are ongoing|underway|under way|will continue)\b/i },
];

/** Cues that a sentence recalls earlier events as context rather than reporting news. */
const RECALL_CUES = /\b(?:since|previously|earlier|in the past|recent(?:ly)?|last year|years ago|months ago|came into existence|was founded|was formed|has experienced|history of|following the|after the)\b/i;

export interface ModalityReading {
  modality: Modality;
  /** The cue's span, as evidence; null when the default (occurred) applies. */
  cue: Span | null;
}

/** Reads the modality of the trigger at `trigger` in the sentence `sentence` of `text`. */
export function readModality(text: string, sentence: Span, trigger: Span): ModalityReading {
  const before = text.slice(sentence.start, trigger.start);
  // Only the trigger's own clause counts: cut at the last clause break before it.
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(' but '), before.lastIndexOf(', while '));
  const clauseOffset = sentence.start + (cut >= 0 ? cut + 1 : 0);
  const clause = text.slice(clauseOffset, trigger.start);
  const wordStarts = [...clause.matchAll(/\S+/g)].map((m) => m.index!);
  const windowStart = wordStarts.length > WINDOW_BEFORE ? wordStarts[wordStarts.length - WINDOW_BEFORE] : 0;
  const window = clause.slice(windowStart);
  const base = clauseOffset + windowStart;
  const after = text.slice(trigger.end, Math.min(sentence.end, trigger.end + 60));
  for (const cue of CUES) {
    const m = window.match(cue.before);
    if (m && m.index !== undefined) {
      const lead = m[0].length - m[0].trimStart().length;
      return { modality: cue.modality, cue: { start: base + m.index + lead, end: base + m.index + m[0].trimEnd().length } };
    }
    const a = cue.after ? after.slice(0, WINDOW_AFTER * 12).match(cue.after) : null;
    if (a && a.index !== undefined) {
      const lead = a[0].length - a[0].replace(/^\W*(?:\w+\s+){0,3}/, '').length;
      return { modality: cue.modality, cue: { start: trigger.end + a.index + lead, end: trigger.end + a.index + a[0].length } };
    }
  }
  return { modality: 'occurred', cue: null };
}

/** The recall cue in a sentence, if any: its span is the evidence for `background`. */
export function recallCue(text: string, sentence: Span): Span | null {
  const m = text.slice(sentence.start, sentence.end).match(RECALL_CUES);
  if (!m || m.index === undefined) return null;
  return { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
}
