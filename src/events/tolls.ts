// Casualty tolls across the sentences of one event: a sentence with no trigger of its own still
// tells the toll of the event before it ("He was pronounced dead at the scene"), a later ordinal
// adds a victim ("two soldiers were killed … a third died in hospital"), and a toll update replaces
// the figure told first ("the death toll rose to 12": newest wins, the earlier figure stays as low).
import type { Count, Event, Quantity, Sentence, Span } from '../model.ts';
import { casualtyKind } from '../annotate/quantities.ts';
import { TYPES, type EventType } from './taxonomy.ts';
import { evidenceFor } from './evidence.ts';
import { insideNil, victimCounts } from './victims.ts';
import { recallCue } from './modality.ts';

/** Groups whose events have dead and injured to count. */
export const COUNTED_GROUPS = new Set(['violence_against_civilians', 'explosions_remote_violence', 'battles', 'protests', 'riots']);
/** How many sentences after an event's last trigger a trigger-less sentence may still tell its toll (a report's follow-up paragraphs). */
const FOLLOW_UP_SENTENCES = 4;

export interface TollReading extends Span {
  kind: 'killed' | 'injured';
  count: Count;
  rule: string;
}

const countFrom = (q: Quantity): Count => ({ low: q.low, best: q.best, high: q.high, qualifier: q.qualifier });

/** The killed and injured counts a sentence tells: written numbers first, then numberless victims; the first of each kind. */
export function sentenceTolls(text: string, sentence: Span, quantities: Quantity[], persons: Span[]): TollReading[] {
  const out: TollReading[] = [];
  for (const q of quantities) {
    if (q.start < sentence.start || q.end > sentence.end || insideNil(text, q) || isAge(text, q)) continue;
    const kind = casualtyKind(q);
    if ((kind === 'killed' || kind === 'injured') && !out.some((o) => o.kind === kind)) out.push({ start: q.start, end: q.end, kind, count: countFrom(q), rule: q.rule });
  }
  const inside = persons.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
  const listed = namedVictimList(text, inside);
  if (listed && !out.some((o) => o.kind === 'killed')) out.push(listed);
  for (const v of victimCounts(text, sentence, inside)) if (!out.some((o) => o.kind === v.kind)) out.push(v);
  return out;
}

/** "Juwan Small, 18, was shot and killed": a number set off by commas right after a name is an age. */
function isAge(text: string, q: Span): boolean {
  const digits = /^\d{1,3}/.exec(text.slice(q.start, q.end));
  return !!digits && text[q.start + digits[0].length] === ',' && /\p{Lu}[\p{L}'’-]*,\s*$/u.test(text.slice(Math.max(0, q.start - 30), q.start));
}

/** Between two listed victims: ", 23, and", " and 16-year-old ". */
const LIST_GAP = /^(?:,\s*\d{1,3},?)?\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:a\s+)?\d{1,3}-year-old\s+)?$/i;
/** After the last listed victim: "…, 29, were both pronounced dead", "… were shot and killed". */
const LIST_KILLED = /^(?:,\s*\d{1,3},?)?\s+(?:were|have\s+been|had\s+been)\s+(?:both\s+|all\s+)?(?:fatally\s+shot|shot\s+(?:and\s+killed|dead|to\s+death)|killed|murdered|pronounced\s+dead|found\s+dead)\b/i;
/** A name given as the report's source or an official ("according to County Coroner Jane Doe"): not a victim. */
const SOURCE_BEFORE = /(?:\baccording\s+to|\b(?:coroner|sheriff|chief|spokes(?:man|woman|person)|officer|detective|sergeant|sgt\.?|lieutenant|lt\.?|captain|capt\.?|dr\.?|mayor|attorney|prosecutor|examiner))\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/iu;
/** "found 37-year-old A and 16-year-old B dead". */
const FOUND_BEFORE = /\bfound\s+(?:(?:a\s+)?\d{1,3}-year-old\s+)?$/i;

/** Two or more victims named in a row and told dead together: one each. */
export function namedVictimList(text: string, persons: Span[]): TollReading | null {
  const sorted = persons.filter((p) => !SOURCE_BEFORE.test(text.slice(Math.max(0, p.start - 60), p.start))).sort((a, b) => a.start - b.start);
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && LIST_GAP.test(text.slice(sorted[j].end, sorted[j + 1].start))) j++;
    if (j === i) continue;
    const after = text.slice(sorted[j].end, sorted[j].end + 80);
    const m = LIST_KILLED.exec(after) ?? (FOUND_BEFORE.test(text.slice(Math.max(0, sorted[i].start - 30), sorted[i].start)) ? /^\s+dead\b/i.exec(after) : null);
    if (!m) {
      i = j;
      continue;
    }
    const n = j - i + 1;
    return { start: sorted[i].start, end: sorted[j].end + m[0].length, kind: 'killed', count: { low: n, best: n, high: n, qualifier: 'exact' }, rule: 'toll:named-list' };
  }
  return null;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const NUMBER = `(\\d[\\d,]*|${Object.keys(NUMBER_WORDS).join('|')})`;
/** "the death toll rose to 12", "the number of injured has climbed to 40", "the toll now stands at at least 9". */
const TOLL_UPDATE = new RegExp(`\\b(?:(death|casualty)\\s+)?(toll|number\\s+of\\s+(?:dead|deaths|people\\s+killed|fatalities|injured|wounded|injuries))\\s+(?:has\\s+|had\\s+|was\\s+|later\\s+|now\\s+|since\\s+|then\\s+|further\\s+)*(?:rose|risen|rises|climbed|climbs|increased|jumped|reached|raised|stands\\s+at|stood\\s+at|is\\s+now|was\\s+now)\\s+(?:to\\s+)?(at\\s+least\\s+)?${NUMBER}\\b`, 'i');
/** "a third died in hospital", "the second victim was wounded": one more victim of a kind, numbered among all. */
const ORDINAL_VICTIM = new RegExp(`\\b(?:a|the)\\s+(${Object.keys(ORDINALS).join('|')})\\s+(?:[\\w'-]+\\s+){0,2}?(?:(?:later\\s+)?died|succumbed|(?:was|has\\s+been)\\s+(?:pronounced\\s+dead|killed|(?:\\w+ly\\s+)?(shot|wounded|injured|hurt|hospitali[sz]ed)))\\b`, 'i');

/** "The dead were identified as …", "those killed were named as …": the names that follow are the dead, one each. */
const NAMED_DEAD = /\b(?:the\s+)?(?:dead|deceased|slain|fatalities|those\s+killed|people\s+killed|victims\s+killed)\s+(?:were|have\s+been|had\s+been)\s+(?:identified|named)\s+as\b/i;

/** The dead listed by name after a naming cue: one per PERSON mention that follows it in the sentence. */
export function namedDead(text: string, sentence: Span, persons: Span[]): TollReading | null {
  const m = NAMED_DEAD.exec(text.slice(sentence.start, sentence.end));
  if (!m) return null;
  const cueEnd = sentence.start + m.index + m[0].length;
  const names = persons.filter((p) => p.start >= cueEnd && p.end <= sentence.end);
  if (!names.length) return null;
  const n = names.length;
  return { start: sentence.start + m.index, end: names.at(-1)!.end, kind: 'killed', count: { low: n, best: n, high: n, qualifier: 'exact' }, rule: 'toll:named-dead' };
}

const numberOf = (w: string) => NUMBER_WORDS[w.toLowerCase()] ?? Number(w.replace(/,/g, ''));

/** A toll update in the sentence: which kind, the new figure, and whether it is a floor. */
export function tollUpdate(text: string, sentence: Span): TollReading | null {
  const m = TOLL_UPDATE.exec(text.slice(sentence.start, sentence.end));
  if (!m) return null;
  const injuredWords = /injur|wound/i.test(m[2]);
  if (!m[1] && !/number/i.test(m[2]) && !injuredWords && !/\b(?:dead|killed|died|deaths?)\b/i.test(text.slice(sentence.start, sentence.end))) return null;
  const n = numberOf(m[4]);
  const count: Count = m[3] ? { low: n, best: null, high: null, qualifier: 'at least' } : { low: n, best: n, high: n, qualifier: 'exact' };
  const start = sentence.start + m.index;
  return { start, end: start + m[0].length, kind: injuredWords && m[1] !== 'death' ? 'injured' : 'killed', count, rule: 'toll:update' };
}

/** "Another man was shot and suffered unknown injuries": one more victim than told so far (ordinal 0: the next one). */
const ANOTHER_VICTIM = new RegExp(`^\\s*(?:[\\w'-]+\\s+){0,2}?another\\s+(?:[\\w'-]+\\s+){0,2}?(?:man|woman|boy|girl|teen|person|victim|male|female)\\s+(?:(?:later\\s+)?died|(?:was|has\\s+been)\\s+(?:pronounced\\s+dead|killed|(?:\\w+ly\\s+)?(shot|wounded|injured|hurt|hospitali[sz]ed)))\\b(?!\\s+(?:and\\s+killed|dead|to\\s+death))`, 'i');

/** An ordinal victim in the sentence: "a third died" is killed with ordinal 3; "another was shot" the next one (ordinal 0). */
export function ordinalVictim(text: string, sentence: Span): (TollReading & { ordinal: number }) | null {
  const another = ANOTHER_VICTIM.exec(text.slice(sentence.start, sentence.end));
  if (another) {
    const start = sentence.start + another.index + another[0].search(/another/i);
    return { start, end: sentence.start + another.index + another[0].length, kind: another[1] ? 'injured' : 'killed', count: { low: 1, best: 1, high: 1, qualifier: 'exact' }, rule: 'toll:another', ordinal: 0 };
  }
  const m = ORDINAL_VICTIM.exec(text.slice(sentence.start, sentence.end));
  if (!m) return null;
  const start = sentence.start + m.index;
  const ordinal = ORDINALS[m[1].toLowerCase()];
  const one: Count = { low: 1, best: 1, high: 1, qualifier: 'exact' };
  return { start, end: start + m[0].length, kind: m[2] ? 'injured' : 'killed', count: one, rule: 'toll:ordinal', ordinal };
}

const best = (c: Count | null) => (c ? c.best ?? c.low ?? 0 : 0);

export interface TollContext {
  articleId: string;
  text: string;
  sentences: Sentence[];
  quantities: Quantity[];
  /** PERSON mentions, for victims told by name. */
  persons: Span[];
}

function sentenceOf(sentences: Sentence[], offset: number): number {
  return sentences.findIndex((s) => offset >= s.start && offset < s.end);
}

function setCount(e: Event, kind: 'killed' | 'injured', count: Count, evidence: ReturnType<typeof evidenceFor>[], rule: string): void {
  const field = kind === 'killed' ? 'fatalities' : 'injured';
  e[field] = count;
  e.evidence[field] = evidence.filter((x, k) => evidence.findIndex((y) => y.start === x.start && y.end === x.end) === k);
  e.provenance[field] = { rule, basis: 'stated' };
}

/**
 * Reads each event's toll from the sentences that follow its triggers: a sentence belongs to the
 * counted event whose trigger stands last before it. Trigger-less sentences fill a toll still
 * unknown; ordinals and toll updates revise a known one.
 */
export function gatherTolls(events: Event[], c: TollContext): void {
  const counted = events.filter((e) => COUNTED_GROUPS.has(TYPES[e.type as EventType].group) && !e.background && (e.modality === 'occurred' || e.modality === 'ongoing'));
  if (!counted.length) return;
  const triggerSentences = new Map(counted.map((e) => [e, [...new Set(e.evidence.type.map((t) => sentenceOf(c.sentences, t.start)).filter((i) => i >= 0))]]));
  const withTrigger = new Set([...triggerSentences.values()].flat());
  const ev = (s: Span) => evidenceFor(c.articleId, c.text, s);
  for (let i = 0; i < c.sentences.length; i++) {
    // The event told last before this sentence (the lead event on a tie).
    let owner: Event | null = null;
    let from = -1;
    for (const e of counted) {
      const last = Math.max(-1, ...triggerSentences.get(e)!.filter((k) => k <= i));
      if (last > from || (last === from && last >= 0 && e.main && !owner?.main)) [owner, from] = [e, last];
    }
    // Before any trigger (the headline, a lede without one) the toll is the lead event's.
    if (from < 0) [owner, from] = [counted.find((e) => e.main) ?? null, i];
    if (!owner) continue;
    const s = c.sentences[i];
    if (i - from > FOLLOW_UP_SENTENCES) continue;
    if (recallCue(c.text, s)) continue;
    if (!withTrigger.has(i)) {
      for (const r of sentenceTolls(c.text, s, c.quantities, c.persons)) {
        const field = r.kind === 'killed' ? 'fatalities' : 'injured';
        if (!owner[field]) setCount(owner, r.kind, r.count, [ev(r)], `${r.rule}+toll:follow-up`);
      }
    }
    const ord = ordinalVictim(c.text, s);
    if (ord) {
      const field = ord.kind === 'killed' ? 'fatalities' : 'injured';
      // "Two killed … a third died" numbers the dead; "one died and a second was hurt" numbers all victims.
      const other = best(ord.kind === 'killed' ? owner.injured : owner.fatalities);
      const ordinal = ord.ordinal || best(owner[field]) + other + 1;
      const n = best(owner[field]) >= 1 ? Math.max(best(owner[field]), ordinal) : Math.max(1, ordinal - other);
      if (n !== best(owner[field]) || !owner[field]) setCount(owner, ord.kind, { low: n, best: n, high: n, qualifier: 'exact' }, [...(owner.evidence[field] ?? []), ev(ord)], ord.rule);
    }
    const listed = namedVictimList(c.text, c.persons.filter((p) => p.start >= s.start && p.end <= s.end));
    if (listed && listed.count.best! > best(owner.fatalities)) setCount(owner, 'killed', listed.count, [...(owner.evidence.fatalities ?? []), ev(listed)], listed.rule);
    const named = namedDead(c.text, s, c.persons);
    if (named && named.count.best! > best(owner.fatalities)) setCount(owner, 'killed', named.count, [...(owner.evidence.fatalities ?? []), ev(named)], named.rule);
    const upd = tollUpdate(c.text, s);
    if (upd) {
      const field = upd.kind === 'killed' ? 'fatalities' : 'injured';
      const old = owner[field];
      const n = upd.count.best ?? upd.count.low!;
      const low = old ? Math.min(old.low ?? old.best ?? n, n) : upd.count.low;
      const high = upd.count.best === null ? null : Math.max(old?.high ?? old?.best ?? n, n);
      setCount(owner, upd.kind, { low, best: upd.count.best, high, qualifier: upd.count.qualifier }, [...(owner.evidence[field] ?? []), ev(upd)], upd.rule);
    }
  }
}

/** Groups whose events are one act of violence told from different angles ("was shot", "the shooting", "opened fire"). */
const VIOLENT_GROUPS = new Set(['violence_against_civilians', 'explosions_remote_violence', 'battles']);
const isViolent = (e: Event) => VIOLENT_GROUPS.has(TYPES[e.type as EventType].group);
const dayOf = (e: Event) => (e.date?.start && /^\d{4}-\d{2}-\d{2}$/.test(e.date.start) ? e.date.start : null);

/** Two violent events of one article that nothing sets apart: no other day, country or town. */
function sameIncident(a: Event, b: Event): boolean {
  if (dayOf(a) && dayOf(b) && dayOf(a) !== dayOf(b)) return false;
  if (a.location?.country && b.location?.country && a.location.country !== b.location.country) return false;
  const town = (e: Event) => (e.location?.precision === 1 ? e.location.gazetteerId : null);
  return !(town(a) && town(b) && town(a) !== town(b));
}

/**
 * The lead violence with no toll of its own takes the toll told of another violent event of the
 * article that nothing sets apart from it (same day, country and town where told): a report's
 * "17-year-old shot and killed" and "the shooting" are one incident typed twice. The nearest
 * such event in the text lends its count, evidence and rule (marked toll:same-incident).
 */
export function lendTollsToLead(events: Event[]): void {
  const lead = events.find((e) => e.main && isViolent(e) && !e.background);
  if (!lead) return;
  const at = (e: Event) => Math.min(...e.evidence.type.map((s) => s.start));
  const siblings = events
    .filter((e) => e !== lead && isViolent(e) && !e.background && (e.modality === 'occurred' || e.modality === 'ongoing') && sameIncident(lead, e))
    .sort((a, b) => Math.abs(at(a) - at(lead)) - Math.abs(at(b) - at(lead)));
  for (const field of ['fatalities', 'injured'] as const) {
    if (lead[field]) continue;
    const donor = siblings.find((e) => e[field]);
    if (!donor) continue;
    lead[field] = { ...donor[field]! };
    lead.evidence[field] = [...(donor.evidence[field] ?? [])];
    lead.provenance[field] = { rule: `${donor.provenance[field]?.rule ?? 'toll'}+toll:same-incident`, basis: 'implied' };
  }
}
