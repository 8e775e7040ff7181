// Casualty counts the number annotator cannot read because no number is written: one victim named
// by a singular noun phrase ("a 20-year-old man was shot and killed" = 1 killed, "a woman was
// wounded" = 1 injured) and the explicit nil ("no one was hurt" = 0 injured).
import type { Count, Span } from '../model.ts';

export interface VictimCount extends Span {
  kind: 'killed' | 'injured';
  count: Count;
  rule: string;
}

/** Singular persons a shooting report names as its victim. */
const PERSON_NOUN = '(?:man|woman|boy|girl|teen|teenager|person|victim|child|baby|toddler|infant|student|driver|officer|deputy|trooper|soldier|civilian|resident|man\'s|father|mother|son|daughter|husband|wife|clerk|employee|worker|guard|passenger|pedestrian|motorist|customer|cab driver|security guard|police officer|bystander|suspect|gunman)';
/** "a 20-year-old man", "one unidentified woman", "a Chicago teen": up to three words before the noun. */
const SINGULAR_SUBJECT = `\\b(?:a|an|one)\\s+(?:[\\w'-]+\\s+){0,3}?${PERSON_NOUN}`;
/** Auxiliaries and adverbs that may stand between the subject and the casualty verb. */
const AUX = '(?:\\s*,[^,.;]{0,60},)?\\s+(?:was|has\\s+been|had\\s+been|is|died|later)';
const KILLED_VERB = '(?:\\s+\\w+ly)?\\s+(?:(?:fatally|mortally)\\s+(?:shot|wounded|stabbed)|shot\\s+(?:and\\s+)?killed|shot\\s+(?:dead|to\\s+death)|killed|slain|murdered|gunned\\s+down|found\\s+dead|pronounced\\s+dead|stabbed\\s+to\\s+death)\\b';
const INJURED_VERB = '(?:\\s+\\w+ly)?\\s+(?:shot|wounded|injured|hurt|hospitali[sz]ed|grazed|struck|hit)\\b(?!\\s+(?:and\\s+killed|dead|to\\s+death))';

const ONE_KILLED = new RegExp(`${SINGULAR_SUBJECT}${AUX}${KILLED_VERB}`, 'i');
/** "A man died" / "a woman died at the hospital": a death without the verb "killed". */
const ONE_DIED = new RegExp(`${SINGULAR_SUBJECT}\\s+(?:later\\s+)?died\\b`, 'i');
const ONE_INJURED = new RegExp(`${SINGULAR_SUBJECT}${AUX}${INJURED_VERB}`, 'i');
/** The explicit nil: "no one was hurt", "nobody else was injured", "no injuries were reported". */
const NONE_INJURED = /\b(?:no\s*one|nobody|none)(?:\s+else)?\s+(?:was|were|has\s+been|had\s+been)\s+(?:reported\s+)?(?:hurt|injured|wounded|struck|hit)\b|\bno\s+(?:injuries|one\s+injured)\s+(?:were|was)\s+reported\b/i;
const NONE_KILLED = /\b(?:no\s*one|nobody|none)(?:\s+else)?\s+(?:was|were|has\s+been|had\s+been)\s+(?:reported\s+)?killed\b|\bno\s+(?:deaths|fatalities)\s+(?:were|was)\s+reported\b/i;

const exact = (n: number): Count => ({ low: n, best: n, high: n, qualifier: 'exact' });

/** The counts a sentence gives without a written number, each with its words. */
export function victimCounts(text: string, sentence: Span): VictimCount[] {
  const s = text.slice(sentence.start, sentence.end);
  const out: VictimCount[] = [];
  const add = (re: RegExp, kind: VictimCount['kind'], n: number, rule: string) => {
    if (out.some((o) => o.kind === kind)) return;
    const m = re.exec(s);
    if (m) out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, kind, count: exact(n), rule });
  };
  add(NONE_KILLED, 'killed', 0, 'victims:none-killed');
  add(ONE_KILLED, 'killed', 1, 'victims:singular-killed');
  add(ONE_DIED, 'killed', 1, 'victims:singular-died');
  add(NONE_INJURED, 'injured', 0, 'victims:none-injured');
  add(ONE_INJURED, 'injured', 1, 'victims:singular-injured');
  return out;
}

/** "no one was hurt" is not "one was hurt": a number read inside a nil phrase is void. */
export function insideNil(text: string, span: Span): boolean {
  return /\b(?:no|none|nobody)\s*$/i.test(text.slice(Math.max(0, span.start - 8), span.start));
}
