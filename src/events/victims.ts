// Casualty counts the number annotator cannot read because no number is written: one victim named
// by a singular noun phrase ("a 20-year-old man was shot and killed" = 1 killed, "a woman was
// wounded" = 1 injured) and the explicit nil ("no one was hurt" = 0 injured).
import type { Count, Event, Span } from '../model.ts';

export interface VictimCount extends Span {
  kind: 'killed' | 'injured';
  count: Count;
  rule: string;
}

/** Singular persons a shooting report names as its victim. */
const PERSON_NOUN = '(?:man|woman|boy|girl|teen|teenager|person|victim|child|baby|toddler|infant|student|driver|officer|deputy|trooper|soldier|civilian|resident|man\'s|father|mother|son|daughter|husband|wife|clerk|employee|worker|guard|passenger|pedestrian|motorist|customer|cab driver|security guard|police officer|bystander|suspect|gunman|waitress|waiter|cashier|nurse|doctor|teacher|homeowner|tenant|neighbou?r|friend|girlfriend|boyfriend|brother|sister|uncle|aunt|grandmother|grandfather|juvenile|youth|male|female|individual|robber|burglar)';
/** "a 20-year-old man", "one unidentified woman", "a Chicago teen": up to three words before the noun. */
const SINGULAR_SUBJECT = `\\b(?:a|an|one)\\s+(?:[\\w'-]+\\s+){0,3}?${PERSON_NOUN}`;
/** Auxiliaries and adverbs that may stand between the subject and the casualty verb. */
const AUX = '(?:\\s*,[^,.;]{0,60},)?(?:\\s+who)?\\s+(?:was|has\\s+been|had\\s+been|is|died|later)';
const KILLED_VERB = '(?:\\s+\\w+ly)?\\s+(?:(?:fatally|mortally)\\s+(?:shot|wounded|stabbed)|shot\\s+(?:and\\s+)?killed|shot\\s+(?:dead|to\\s+death)|killed|slain|murdered|gunned\\s+down|found\\s+(?:shot\\s+(?:and\\s+killed|dead|to\\s+death)|dead)|pronounced\\s+dead|stabbed\\s+to\\s+death)\\b';
const INJURED_VERB = '(?:\\s+\\w+ly)?\\s+(?:shot|wounded|injured|hurt|hospitali[sz]ed|grazed|struck|hit)\\b(?!\\s+(?:and\\s+killed|dead|to\\s+death))';

const ONE_KILLED = new RegExp(`${SINGULAR_SUBJECT}${AUX}${KILLED_VERB}`, 'i');
/** No auxiliary where a passive agent or a headline's "after" tells the reading: "a man shot and killed by police Monday carried a rifle", "suspect sought after man killed in St. George", "the man found dead last Friday". */
const ONE_KILLED_REDUCED = new RegExp(`(?:${SINGULAR_SUBJECT}\\s+(?:fatally\\s+shot|shot\\s+(?:and\\s+)?killed|shot\\s+to\\s+death|killed)\\s+by\\b|\\bafter\\s+(?:a\\s+|an\\s+)?(?:[\\w'-]+\\s+){0,2}?${PERSON_NOUN}\\s+(?:shot,?\\s+(?:and\\s+)?killed|shot\\s+dead|killed|found\\s+dead|dies)\\b|\\b(?:a|an|the|one)\\s+(?:[\\w'-]+\\s+){0,3}?${PERSON_NOUN}\\s+found\\s+(?:shot\\s+)?dead\\b)`, 'i');
/** A body found: "found the body of a man with a gunshot wound", "a woman's body was found". */
const ONE_BODY = new RegExp(`\\bbody\\s+of\\s+(?:a|an|one)\\s+(?:[\\w'-]+\\s+){0,3}?(?:${PERSON_NOUN}|\\d+-year-old)\\b|\\b(?:a|an)\\s+(?:[\\w'-]+\\s+){0,3}?${PERSON_NOUN}(?:'s|’s)\\s+body\\b`, 'i');
/** "A man died" / "a woman died at the hospital": a death without the verb "killed". */
const ONE_DIED = new RegExp(`${SINGULAR_SUBJECT}\\s+(?:later\\s+)?died\\b`, 'i');
const ONE_INJURED = new RegExp(`${SINGULAR_SUBJECT}${AUX}${INJURED_VERB}`, 'i');
/** Two singular victims joined: "a 22-year-old man and a 16-year-old boy were shot". */
const TWO_INJURED = new RegExp(`${SINGULAR_SUBJECT}\\s+and\\s+${SINGULAR_SUBJECT.slice(2)}\\s+(?:were|have\\s+been|had\\s+been)${INJURED_VERB}`, 'i');
/** The explicit nil: "no one was hurt", "nobody else was injured", "no injuries were reported". */
const NONE_INJURED = /\b(?:no\s*one|nobody|none)(?:\s+else)?\s+(?:was|were|has\s+been|had\s+been)\s+(?:reported\s+)?(?:hurt|injured|wounded|struck|hit)\b|\bno\s+(?:injuries|one\s+injured)\s+(?:were|was)\s+reported\b/i;
const NONE_KILLED = /\b(?:no\s*one|nobody|none)(?:\s+else)?\s+(?:was|were|has\s+been|had\s+been)\s+(?:reported\s+)?killed\b|\bno\s+(?:deaths|fatalities)\s+(?:were|was)\s+reported\b/i;

/** A named or described victim as object: "shot and killed a 22-year-old man", "the murder of an 18-year-old". */
const OBJECT_VICTIM = `(?:a|an|his|her|their|one)\\s+(?:[\\w'-]+\\s+){0,3}?(?:${PERSON_NOUN}|\\d+-year-old)\\b`;
const ONE_KILLED_OBJECT = new RegExp(`\\b(?:shot\\s+and\\s+killed|fatally\\s+(?:shot|shooting|stabbed|stabbing)|shooting\\s+death\\s+of|murder\\s+of|killing\\s+of|death\\s+of|killed|killing|murdered|murdering)\\s+${OBJECT_VICTIM}`, 'i');
/** Headline style, no auxiliary: "Man shot, killed on west side", "Teen girl dies after shooting". */
const ONE_KILLED_HEADLINE = new RegExp(`^(?:[\\w'-]+\\s+){0,3}?${PERSON_NOUN}\\s+(?:shot,?\\s+(?:and\\s+)?killed|shot\\s+dead|shot\\s+to\\s+death|found\\s+dead|killed|dies|dead|(?:(?!and\\b)[\\w'-]+\\s+){1,5}?dies)\\b`, 'i');
/** "killed himself", "fatally shot herself": the shooter's own death counts among the dead ("shot himself" alone may be a wound). */
const SELF_KILLED = /\b(?:killed|fatally\s+shot)\s+(?:himself|herself)\b|\bshot\s+(?:himself|herself)\s+(?:dead|to\s+death)\b|\btook\s+(?:his|her)\s+own\s+life\b|\bself-inflicted\s+gunshot\s+wound\b(?=[^.;]{0,40}\b(?:died|dead|fatal)\b)|\b(?:died|dead)\s+(?:of|from)\s+(?:an?\s+)?(?:apparent\s+)?self-inflicted\b/i;
/** "A man has died after a shooting", "the 18-year-old was shot to death". */
const ONE_DIED_AFTER = new RegExp(`\\b(?:a|an|the|one)\\s+(?:[\\w'-]+\\s+){0,3}?(?:${PERSON_NOUN}|\\d+-year-old)\\s+(?:has\\s+died|is\\s+dead|was\\s+shot\\s+to\\s+death|was\\s+found\\s+dead)\\b`, 'i');
/** Words that say someone died without saying how many: read as at least one dead ("attempted murder" says no one did). */
const FATAL_WORD = /\b(?<!\battempted\s+(?:[\w-]+\s+)?)(?:fatal(?:ly)?\s+(?:shooting|shot|shooting|stabbing|stabbed)|deadly\s+shooting|shooting\s+death|homicide|murder(?:ed)?)\b/i;
/** An injury told of a named victim: "Tavon Goff, 21, was injured", "Jamai White was shot while driving". */
const NAMED_INJURED = /^(?:\s*,[^,.;]{0,60},)?\s+(?:(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:shot|wounded|injured|hurt|hospitali[sz]ed|grazed)\b(?!\s+(?:and\s+killed|dead|to\s+death))|with\s+(?:a\s+)?(?:gunshot|bullet)\s+wounds?\b)/i;
const NAMED_KILLED = /^(?:\s*,[^,.;]{0,60},)?\s+(?:(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:fatally\s+shot|shot\s+(?:and\s+)?killed|shot\s+dead|shot\s+to\s+death|killed|murdered|found\s+(?:shot\s+(?:and\s+killed|dead|to\s+death)|dead)|pronounced\s+dead)\b|(?:later\s+)?died\b)/i;

/** Headline style, not fatal: "Man shot while walking in Ceres", "Waitress shot outside bar". */
const ONE_INJURED_HEADLINE = new RegExp(`^(?:[\\w'-]+\\s+){0,2}?${PERSON_NOUN}\\s+(?:shot|wounded|injured|hurt|stabbed|hospitali[sz]ed|critical|in\\s+critical\\s+condition)\\b(?!,?\\s+(?:and\\s+)?(?:killed|dies|dead)|\\s+(?:dead|to\\s+death))(?![^.;]{0,80}\\b(?:dies|died|dead|killed)\\b)`, 'i');
/** A victim shot as object, not fatally: "he shot a woman in the leg", "shot her husband in the chest". */
const ONE_INJURED_OBJECT = new RegExp(`\\b(?:shot|wounded|injured|stabbed)\\s+(?:a|an|his|her|their|one)\\s+(?:(?!(?:with|from|in|at|on|by|for|to|and)\\b)[\\w'-]+\\s+){0,2}?(?:${PERSON_NOUN}|\\d+-year-old)\\b(?!\\s+(?:dead|to\\s+death))`, 'i');
/** Without an auxiliary: "search for gunman after man shot inside restaurant", "officers found a person shot in the leg". */
const ONE_INJURED_REDUCED = new RegExp(`(?:\\bafter\\s+(?:a\\s+|an\\s+)?(?:[\\w'-]+\\s+){0,2}?${PERSON_NOUN}|\\bfound\\s+(?:a|an)\\s+(?:[\\w'-]+\\s+){0,2}?(?:${PERSON_NOUN}|person))\\s+(?:shot|wounded|injured|hurt)\\b(?!,?\\s+(?:and\\s+)?(?:killed|dead)|\\s+(?:dead|to\\s+death))(?![^.;]{0,80}\\b(?:dies|died|dead|killed)\\b)`, 'i');
/** A victim in hospital: "a 19-year-old man is hospitalized", "the victim was listed in critical condition", "a man is in the hospital". */
const ONE_IN_HOSPITAL = new RegExp(`\\b(?:a|an|one|the)\\s+(?:[\\w'-]+\\s+){0,3}?(?:${PERSON_NOUN}|\\d+-year-old)\\s+(?:is|was|remains|remained)\\s+(?:(?:listed|reported)\\s+)?(?:hospitali[sz]ed|in\\s+(?:critical|serious|stable|grave|fair)\\s+condition|in\\s+the\\s+hospital)\\b(?![^.;]{0,80}\\b(?:died|dead|killed)\\b)`, 'i');
/** An outcome told of one victim: "left a man in critical condition", "left one person with minor injuries". */
const LEFT_ONE_INJURED = new RegExp(`\\b(?:left|leaves|leaving)\\s+(?:a|an|one|the)\\s+(?:[\\w'-]+\\s+){0,3}?(?:${PERSON_NOUN}|person|\\d+-year-old)\\s+(?:in\\s+(?:critical|serious|stable|grave|fair)\\s+condition|with\\s+(?:[\\w-]+\\s+){0,2}?(?:injuries|injury|wounds?)|wounded|injured|hospitali[sz]ed)\\b`, 'i');
/** One victim with a wound: "a man with a gunshot wound was brought to", "the victim, 20, had suffered a gunshot wound". */
const ONE_WOUNDED = new RegExp(`\\b(?:(?<!\\bbod(?:y|ies)\\s+of\\s+)(?:a|an|one|the)\\s+(?:(?!(?:of|with|from|in|at|on|by|for|to|and)\\b)[\\w'-]+\\s+){0,3}?(?:${PERSON_NOUN}|person|\\d+-year-old)(?:\\s*,[^,.;]{0,50},)?\\s+(?:with\\s+(?:a\\s+)?(?:gunshot|bullet|stab)\\s+wounds?|(?:who\\s+)?(?:had|has)?\\s*(?:suffered|sustained)\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){0,2}?(?:gunshot|bullet|stab)\\s+wounds?|(?:is|was)\\s+recovering)|\\b(?:he|she)\\s+(?:had\\s+|has\\s+)?(?:suffered|sustained)\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){0,2}?(?:gunshot|bullet|stab)\\s+wounds?)\\b`, 'i');
/** A death told of a victim already introduced: "he was pronounced dead", "the victim later died". */
const REFERRED_DIED = new RegExp(`\\b(?:he|she|the\\s+(?:[\\w'-]+\\s+){0,2}?(?:${PERSON_NOUN}|\\d+-year-old))\\s+(?:later\\s+|then\\s+|subsequently\\s+)?(?:died|succumbed|(?:was|has\\s+been)\\s+pronounced\\s+dead)\\b`, 'i');

const exact = (n: number): Count => ({ low: n, best: n, high: n, qualifier: 'exact' });

/** A headline glued to its body ("…shot, killed | abc13.comA man was shot"): a lowercase letter right before a capitalised article. */
const GLUED_SUBJECT = /([a-z0-9])(?=(?:A|An|One|The)\s)/g;

/** Phrasings of one death (or none), tried in order; the first that matches speaks for the sentence. */
const KILLED_READINGS: [RegExp, number, string][] = [
  [NONE_KILLED, 0, 'victims:none-killed'],
  [ONE_KILLED, 1, 'victims:singular-killed'],
  [ONE_DIED, 1, 'victims:singular-died'],
  [ONE_DIED_AFTER, 1, 'victims:singular-died'],
  [ONE_KILLED_OBJECT, 1, 'victims:singular-object-killed'],
  [ONE_KILLED_HEADLINE, 1, 'victims:headline-killed'],
  [ONE_KILLED_REDUCED, 1, 'victims:reduced-killed'],
  [REFERRED_DIED, 1, 'victims:referred-died'],
  [ONE_BODY, 1, 'victims:body-found'],
  [SELF_KILLED, 1, 'victims:self-killed'],
];
/** Phrasings of one hurt victim, tried after the plain and named ones. */
const INJURED_READINGS: [RegExp, number, string][] = [
  [ONE_INJURED_HEADLINE, 1, 'victims:headline-injured'],
  [ONE_INJURED_OBJECT, 1, 'victims:singular-object-injured'],
  [ONE_IN_HOSPITAL, 1, 'victims:singular-hospitalised'],
  [LEFT_ONE_INJURED, 1, 'victims:singular-left-injured'],
  [ONE_WOUNDED, 1, 'victims:singular-wounded'],
  [ONE_INJURED_REDUCED, 1, 'victims:reduced-injured'],
];

/** The counts a sentence gives without a written number, each with its words. */
export function victimCounts(text: string, sentence: Span, persons: Span[] = []): VictimCount[] {
  // The glued letter becomes a space so "A man" starts a word again; offsets are unchanged.
  const s = text.slice(sentence.start, sentence.end).replace(GLUED_SUBJECT, ' ');
  const out: VictimCount[] = [];
  const push = (start: number, end: number, kind: VictimCount['kind'], count: Count, rule: string) =>
    out.push({ start: sentence.start + start, end: sentence.start + end, kind, count, rule });
  const add = (re: RegExp, kind: VictimCount['kind'], n: number, rule: string) => {
    if (out.some((o) => o.kind === kind)) return;
    const m = re.exec(s);
    if (m) push(m.index, m.index + m[0].length, kind, exact(n), rule);
  };
  const named = (re: RegExp, kind: VictimCount['kind'], rule: string) => {
    if (out.some((o) => o.kind === kind)) return;
    for (const p of persons) {
      const m = re.exec(text.slice(p.end, sentence.end));
      if (m) return push(p.start - sentence.start, p.end - sentence.start + m[0].length, kind, exact(1), rule);
    }
  };
  for (const [re, n, rule] of KILLED_READINGS) add(re, 'killed', n, rule);
  named(NAMED_KILLED, 'killed', 'victims:named-killed');
  add(NONE_INJURED, 'injured', 0, 'victims:none-injured');
  // One victim told as killed is not also an injured one.
  if (!out.some((o) => o.kind === 'killed' && o.count.best === 1)) {
    add(TWO_INJURED, 'injured', 2, 'victims:pair-injured');
    // "One man was shot in the back and a 29-year-old man was shot in the leg": each victim told is one.
    const each = [...s.matchAll(new RegExp(ONE_INJURED.source, 'gi'))];
    if (each.length > 1 && !out.some((o) => o.kind === 'injured')) {
      const last = each.at(-1)!;
      push(each[0].index!, last.index! + last[0].length, 'injured', exact(each.length), 'victims:singular-injured-each');
    }
    add(ONE_INJURED, 'injured', 1, 'victims:singular-injured');
    named(NAMED_INJURED, 'injured', 'victims:named-injured');
    for (const [re, n, rule] of INJURED_READINGS) add(re, 'injured', n, rule);
  }
  if (!out.some((o) => o.kind === 'killed')) {
    const m = FATAL_WORD.exec(s);
    if (m) push(m.index, m.index + m[0].length, 'killed', { low: 1, best: null, high: null, qualifier: 'at least' }, 'victims:fatal-word');
  }
  return out;
}

/** "no one was hurt" is not "one was hurt": a number read inside a nil phrase is void. */
export function insideNil(text: string, span: Span): boolean {
  return /\b(?:no|none|nobody)\s*$/i.test(text.slice(Math.max(0, span.start - 8), span.start));
}

/** Rules that read one unnamed or named victim as injured. */
const ONE_INJURED_RULES = new Set(['victims:singular-injured', 'victims:named-injured', 'victims:headline-injured', 'victims:singular-object-injured', 'victims:singular-hospitalised', 'victims:singular-left-injured', 'victims:singular-wounded', 'victims:reduced-injured']);

/**
 * In an event with a death, the one victim told as "shot" is most often the one who died ("Jamai
 * White was shot while driving" … "he died"): that single injury is dropped, a counted one stays.
 */
export function settleSingleVictims(events: Event[]): void {
  for (const e of events) {
    const dead = (e.fatalities?.best ?? e.fatalities?.low ?? 0) >= 1;
    if (!dead || !ONE_INJURED_RULES.has(e.provenance.injured?.rule ?? '')) continue;
    e.injured = null;
    delete e.evidence.injured;
    delete e.provenance.injured;
  }
}
