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
const RECALL_CUES = /\b(?:since|previously|earlier|in the past|recent(?:ly)?|last year|years ago|months ago|came into existence|was founded|was formed|has experienced|history of|following the|after the|(?:weeks|months|years) after)\b/i;

export interface ModalityReading {
  modality: Modality;
  /** The cue's span, as evidence; null when the default (occurred) applies. */
  cue: Span | null;
}

/** Reads the modality of the trigger at `trigger` in the sentence `sentence` of `text`. */
export function readModality(text: string, sentence: Span, trigger: Span): ModalityReading {
  // A verb of demand, prevention or intent governs its complement however far it stands.
  const governed = governedModality(text, sentence, trigger);
  if (governed) return governed;
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

// Governed triggers: an event named in the complement of a verb of demand, prevention or intent
// has not happened ("urged Kabul to stop militants … from using Afghan territory to attack"),
// however far the governing verb stands from the trigger, as long as the sentence runs on.

/** Verbs whose complement is a wish or a prevention: the event is only imagined. */
const DEMAND = /\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon|for)|demand(?:s|ed|ing)?|ask(?:s|ed|ing)?|warn(?:s|ed|ing)?|prevent(?:s|ed|ing)?|stop(?:s|ped|ping)?|deter(?:s|red|ring)?|keep(?:s|ing)?|kept|allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|seek(?:s|ing)?|sought|want(?:s|ed|ing)?)\b/gi;
/** Verbs whose complement is an intention: the event is planned. */
const INTENT = /\b(?:plan(?:s|ned|ning)?|threaten(?:s|ed|ing)?|vow(?:s|ed|ing)?|intend(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|prepar(?:e|es|ed|ing))\b/gi;
/** "Kept … from", "keep … from": keep governs only through "from" ("keep attacking" is ongoing). */
const NEEDS_FROM = /^(?:keep|keeps|keeping|kept)$/i;
/** Verbs whose infinitive is an event that did happen or is happening: "began to shell the town". */
const REAL_ASPECT = /\b(?:beg[ai]n|begins|beginning|begun|start(?:s|ed|ing)?|continu(?:e|es|ed|ing)|resum(?:e|es|ed|ing)|went on|go(?:es)? on|managed|succeeded|proceeded)\s+to\s+$/i;
/** "to" before a noun, not an infinitive marker: "due to shelling", "an end to the fighting". */
const NOMINAL_TO = /\b(?:due|prior|owing|according|exposed|subjected|response|reaction|return|close|next|led|lead|leads|leading|contributed|linked|related|end|halt|stop|up|pointed|referred|amounted)\s+to\s+$/i;
/** How the trigger hangs on the governor's complement: "to attack", "from attacking", "of attacks", "for strikes". */
const LINK = /\b(?:to|from|of|for)\s+$/i;
/** A noun object right after the governor: "threatened strikes", "vowed retaliation". */
const DIRECT_OBJECT_WORDS = 2;
/** Farthest a governor may stand from the trigger it governs, in words; a sentence rarely runs longer. */
const MAX_COMPLEMENT_WORDS = 24;
/** What ends the governor's reach: a clause or sentence break, or a new finite clause. */
const BREAK = /[;:!?]|[.,]\s|\b(?:but|that|who|which|while|when|after|before|because|said|says|and\s+(?:then|later))\b/i;

export interface GovernedReading {
  modality: Extract<Modality, 'hypothetical' | 'planned'>;
  /** The governing verb's span. */
  cue: Span;
}

/** Parenthesised asides ("(TTP)") blanked to spaces, so they neither break nor count as words. */
function blankAsides(s: string): string {
  return s.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
}

/**
 * The verb that governs the trigger at `trigger` inside `clause`, if the trigger lies in its
 * complement ("urged … to attack", "threatened strikes"); null for a trigger that reports a
 * real event ("began to shell", "militants attacked") or that no such verb governs.
 */
export function governedModality(text: string, clause: Span, trigger: Span): GovernedReading | null {
  const before = blankAsides(text.slice(clause.start, trigger.start));
  if (REAL_ASPECT.test(before)) return null;
  const word = text.slice(trigger.start, trigger.end).split(/\s+/)[0];
  const infinitive = /\bto\s+$/i.test(before) && !NOMINAL_TO.test(before) && !/(?:s|ed|ing)$/i.test(word);
  const linked = LINK.test(before) && (infinitive || !/\bto\s+$/i.test(before));
  const governors: { m: RegExpMatchArray; modality: GovernedReading['modality'] }[] = [
    ...[...before.matchAll(DEMAND)].map((m) => ({ m, modality: 'hypothetical' as const })),
    ...[...before.matchAll(INTENT)].map((m) => ({ m, modality: 'planned' as const })),
  ].sort((a, b) => b.m.index! - a.m.index!);
  for (const { m, modality } of governors) {
    const path = before.slice(m.index! + m[0].length);
    if (BREAK.test(path)) break;
    const words = path.trim() ? path.trim().split(/\s+/).length : 0;
    if (words > MAX_COMPLEMENT_WORDS) break;
    if (NEEDS_FROM.test(m[0]) && !/\bfrom\b/i.test(path)) continue;
    if (!linked && words > DIRECT_OBJECT_WORDS) continue;
    return { modality, cue: { start: clause.start + m.index!, end: clause.start + m.index! + m[0].length } };
  }
  // A bare infinitive with no governor named ("troops moved in to attack") stays as read: on
  // the event suites, calling it hypothetical lost real attacks (gvdb killed-exact 0.8150 → 0.8125).
  return null;
}
