// Refiners over one article's drafts (chrono's parsers/refiners pattern): merge the mentions of
// one event (the drills named in five sentences), pick the article's lead event, and mark recalled
// history as background.
import type { Event, EventActor, Modality } from '../model.ts';
import type { Draft } from './mention.ts';
import { TYPES, type EventType } from './taxonomy.ts';
import { isGenericActor } from './generic.ts';

/** Events recalled this long before the reference date are background, not news. */
const BACKGROUND_DAYS = 30;
/** Merged modality: the most factual reading wins (a drill that "began" and "will continue" is ongoing). */
const MODALITY_RANK: Modality[] = ['ongoing', 'occurred', 'planned', 'denied', 'hypothetical'];
/** Lead events sit in the first sentences of a news article (inverted pyramid). */
const LEAD_SENTENCES = 3;

const VIOLENT = new Set(['battles', 'explosions_remote_violence', 'violence_against_civilians']);
const PROTEST = new Set(['protests', 'riots']);
/** Protest types from mildest to gravest: the merged event takes the gravest told. */
const PROTEST_SEVERITY = ['peaceful_protest', 'protest_with_intervention', 'excessive_force_against_protesters', 'violent_demonstration', 'mob_violence'];
/** How many sentences apart a protest and the response to it may be told. */
const PROTEST_WINDOW = 2;
/** Modalities an article's main event may have: a planned or imagined event is not the news told. */
const LEAD_MODALITIES: ReadonlySet<Modality> = new Set(['occurred', 'ongoing']);
const REALITY = (m: Modality) => (m === 'hypothetical' ? 'h' : m === 'denied' ? 'd' : 'r');

function actorKey(a: EventActor): string {
  return a.kbId ?? a.name.toLowerCase();
}

function dayOf(iso: string | null): string | null {
  return iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : null;
}

/** Two drafts describe one event: same type, same reality, no clash of stated days or countries. */
function compatible(a: Event, b: Event): boolean {
  if (a.type !== b.type || REALITY(a.modality) !== REALITY(b.modality)) return false;
  const sa = dayOf(a.date?.start ?? null);
  const sb = dayOf(b.date?.start ?? null);
  if (sa && sb && sa !== sb) return false;
  const ca = a.location?.country;
  const cb = b.location?.country;
  if (ca && cb && ca !== cb) return false;
  // Generic parties ("gunmen", "villagers") name no one: they neither join nor part two violent mentions.
  // A statement is its speaker's act, though: "officials threatened" is not the ultimatum a named man gave.
  const spoken = TYPES[a.type as EventType].group === 'statements';
  const parties = (e: Event) => e.actors.filter((x, i) => x.role !== 'associated' && (spoken || !isGenericActor(e, i))).map(actorKey);
  const ka = new Set(parties(a));
  const kb = parties(b);
  // Named parties that share nobody are two events ("Russia and Tajikistan drill" vs "Kyrgyz drills").
  return !ka.size || !kb.length || kb.some((k) => ka.has(k));
}

/** Joint activities, where parties beyond the first are partners (as in actors.ts). */
const COOPERATIVE_TYPES: ReadonlySet<string> = new Set(['military_exercise', 'agreement', 'military_deployment', 'headquarters_or_base_established']);

function mergeInto(into: Event, from: Event): void {
  const renumber: Record<string, string> = {};
  from.actors.forEach((a, i) => {
    let j = into.actors.findIndex((x) => actorKey(x) === actorKey(a));
    if (j < 0) {
      // A joint activity has one actor1: a second party named first in another sentence joins
      // as a partner ("Russia … with Tajikistan" and "Tajikistan and Russia" are one drill).
      let role = a.role;
      if (role === 'actor1' && COOPERATIVE_TYPES.has(into.type) && into.actors.some((x) => x.role === 'actor1')) role = 'partner';
      into.actors.push({ ...a, role });
      j = into.actors.length - 1;
    }
    renumber[`actors.${i}`] = `actors.${j}`;
  });
  if (from.location && (!into.location || from.location.precision < into.location.precision)) {
    // The most precise place wins; the coarser one stays in the evidence of the region.
    into.location = from.location;
    into.evidence.location = [...(from.evidence.location ?? []), ...(into.evidence.location ?? [])];
    into.provenance.location = from.provenance.location;
  } else if (from.evidence.location) into.evidence.location = [...(into.evidence.location ?? []), ...from.evidence.location];
  if (from.date) {
    const d = into.date ?? { ...from.date, start: null, end: null };
    d.start ??= from.date.start;
    d.end ??= from.date.end;
    d.yearResolved = (into.date?.yearResolved ?? true) && from.date.yearResolved;
    d.reason ??= from.date.reason;
    into.date = d;
  }
  // A toll read from a word that only says someone died ("fatal shooting") yields to a told number.
  for (const field of ['fatalities', 'injured'] as const) {
    const vague = into.provenance[field]?.rule === 'victims:fatal-word';
    if (from[field] && (!into[field] || (vague && from.provenance[field]?.rule !== 'victims:fatal-word'))) {
      into[field] = from[field];
      into.provenance[field] = from.provenance[field];
      into.evidence[field] = [];
    }
  }
  // A claim already held (same claimant, stance and subject) adds its words, not a second claim.
  const claimSlot = from.claims.map((c) => {
    const k = into.claims.findIndex((x) => x.claimant === c.claimant && x.stance === c.stance && x.about === c.about);
    if (k >= 0) into.claims[k].evidence.push(...c.evidence);
    else into.claims.push(structuredClone(c));
    return k >= 0 ? k : into.claims.length - 1;
  });
  for (const t of from.tags) if (!into.tags.includes(t)) into.tags.push(t);
  into.tags.sort();
  if (MODALITY_RANK.indexOf(from.modality) < MODALITY_RANK.indexOf(into.modality)) {
    into.modality = from.modality;
    into.provenance.modality = from.provenance.modality;
    if (from.evidence.modality) into.evidence.modality = from.evidence.modality;
  }
  for (const [field, spans] of Object.entries(from.evidence)) {
    if (field === 'location' || field === 'modality') continue;
    const target = renumber[field] ?? (field.startsWith('claims.') ? `claims.${claimSlot[Number(field.split('.')[1])]}` : field);
    if (!into.provenance[target] && from.provenance[field]) into.provenance[target] = from.provenance[field];
    into.evidence[target] = [...(into.evidence[target] ?? []), ...spans];
  }
}

/** The dead and hurt of an event, with their words, and nothing else of it. */
function tollsOnly(e: Event): Event {
  const evidence: Event['evidence'] = { type: [] };
  const provenance: Event['provenance'] = {};
  for (const f of ['fatalities', 'injured'] as const) {
    if (e.evidence[f]) evidence[f] = e.evidence[f];
    if (e.provenance[f]) provenance[f] = e.provenance[f];
  }
  return { ...e, actors: [], location: null, date: null, claims: [], tags: [], modality: 'hypothetical', evidence, provenance };
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}

/** Parses the start of an ISO date of any precision, or null for yearless dates. */
function startOf(iso: string | null | undefined): string | null {
  if (!iso || iso.startsWith('--')) return null;
  return iso.length === 4 ? `${iso}-12-31` : iso.length === 7 ? `${iso}-28` : iso.slice(0, 10);
}

/** Merges compatible events until none is left: a drill first named with Tajikistan and then with Russia's base joins once another mention names both. */
/** How close a claim's verb must stand before a back-reference to be about it: "denied that its aircraft had carried out the". */
const CLAIM_OBJECT_GAP = 60;
const objectOf = (cue: { start: number; end: number } | undefined, trigger: { start: number }) => !!cue && cue.end <= trigger.start && trigger.start - cue.end <= CLAIM_OBJECT_GAP;

/** Same type, or both violence (the bombing named again as "the attack"), or both protest. */
function sameKind(a: string, b: string): boolean {
  if (a === b) return true;
  const ga = TYPES[a as EventType].group;
  const gb = TYPES[b as EventType].group;
  return (VIOLENT.has(ga) && VIOLENT.has(gb)) || (PROTEST.has(ga) && PROTEST.has(gb));
}

/** A protest and how it was met, told in nearby sentences, are one event of the gravest protest type. */
function mergeProtests(merged: Merged[]): Merged[] {
  for (let i = 0; i < merged.length; i++) {
    for (let j = merged.length - 1; j > i; j--) {
      const [a, b] = [merged[i], merged[j]];
      if (!PROTEST.has(TYPES[a.event.type as EventType].group) || !PROTEST.has(TYPES[b.event.type as EventType].group)) continue;
      if (Math.abs(a.first.sentence - b.first.sentence) > PROTEST_WINDOW || REALITY(a.event.modality) !== REALITY(b.event.modality)) continue;
      const type = PROTEST_SEVERITY.indexOf(b.event.type) > PROTEST_SEVERITY.indexOf(a.event.type) ? b.event.type : a.event.type;
      mergeInto(a.event, { ...b.event, type: a.event.type });
      if (type !== a.event.type) {
        a.event.type = type;
        a.event.provenance.type = { rule: `${b.event.provenance.type?.rule ?? 'trigger'}+refine:protest-response`, basis: 'stated' };
      }
      a.count += b.count;
      a.sentences.push(...b.sentences);
      merged.splice(j, 1);
    }
  }
  return merged;
}

function mergeAll(merged: Merged[]): Merged[] {
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < merged.length && !changed; i++) {
      for (let j = i + 1; j < merged.length && !changed; j++) {
        if (!compatible(merged[i].event, merged[j].event)) continue;
        mergeInto(merged[i].event, merged[j].event);
        merged[i].count += merged[j].count;
        merged[i].sentences.push(...merged[j].sentences);
        merged.splice(j, 1);
        changed = true;
      }
    }
  }
  return merged;
}

/** `sentences`: every sentence a mention of the event stands in, back-references included. */
interface Merged { event: Event; first: Draft; count: number; sentences: number[] }

export function refineDrafts(drafts: Draft[], published: string | null): Event[] {
  let merged: Merged[] = [];
  for (const d of drafts) {
    // "These drills": a back-reference lends its words to the event it names, nothing else.
    // The latest event of its kind; a back-reference that only lends words names its very type first ("the bombing", not a later clash).
    const told = [...merged].reverse().filter((m) => REALITY(m.event.modality) === REALITY(d.event.modality));
    const antecedent = !d.anaphoric ? undefined : (d.lendOnly ? told.find((m) => m.event.type === d.event.type) : undefined) ?? told.find((m) => sameKind(m.event.type, d.event.type));
    if (antecedent) {
      antecedent.event.evidence.type.push(...d.event.evidence.type);
      // A toll told alone adds its dead and hurt to the violence it is the outcome of, not its place or parties.
      if (d.outcome) mergeInto(antecedent.event, tollsOnly(d.event));
      // "X claimed responsibility for the bombing": a claim made of the back-reference is the antecedent's, with the party it names.
      if (d.event.claims.some((c) => ['claims_responsibility', 'denies', 'attributes'].includes(c.stance) && objectOf(c.evidence[1], d.trigger))) {
        mergeInto(antecedent.event, { ...d.event, type: antecedent.event.type, location: null, date: null, evidence: { ...d.event.evidence, type: [], location: [], date: [] } });
      }
      antecedent.count++;
      antecedent.sentences.push(d.sentence);
      continue;
    }
    if (d.lendOnly) continue;
    const target = merged.find((m) => compatible(m.event, d.event));
    if (target) {
      mergeInto(target.event, d.event);
      target.count++;
      target.sentences.push(d.sentence);
    } else merged.push({ event: structuredClone(d.event), first: d, count: 1, sentences: [d.sentence] });
  }
  merged = mergeProtests(mergeAll(merged));

  // Only what happened or is happening can lead: a plan or a demand is never the article's news event.
  const real = merged.filter((m) => LEAD_MODALITIES.has(m.event.modality));
  const salience = (m: (typeof merged)[number]) =>
    m.count + (m.first.sentence < LEAD_SENTENCES ? 2 : 0) + (TYPES[m.event.type as EventType].group === 'statements' ? -1 : 0) - (m.first.recall ? 1 : 0);
  const lead = [...real].sort((a, b) => salience(b) - salience(a) || a.first.sentence - b.first.sentence)[0];
  if (lead) {
    lead.event.main = true;
    lead.event.provenance.main = { rule: 'refine:lead-salience', basis: 'implied' };
  }

  const reference = startOf(published) ?? startOf(lead?.event.date?.start) ?? null;
  for (const m of merged) {
    if (m === lead) continue;
    const when = startOf(m.event.date?.start ?? m.event.date?.end);
    const old = reference && when ? daysBetween(when, reference) > BACKGROUND_DAYS : false;
    if (old || m.first.recall) {
      m.event.background = true;
      m.event.provenance.background = { rule: old ? 'refine:dated-before-reference' : 'refine:recall-cue', basis: old ? 'stated' : 'implied' };
      const cue = m.first.recall;
      m.event.evidence.background = old ? m.event.evidence.date ?? [] : cue ? [cue] : [];
    }
  }
  toldWithRecalled(merged);
  return uniqueIds(merged.map((m) => m.event));
}

/**
 * An undated event told in a sentence that recalls a background event is part of that history
 * ("ISIS-K claimed that attack, and suspects detained by Russian services were Tajik"): background too.
 */
function toldWithRecalled(merged: Merged[]): void {
  const recalled = new Map<number, Merged>();
  for (const m of merged) if (m.event.background) for (const s of m.sentences) recalled.set(s, m);
  for (const m of merged) {
    if (m.event.background || m.event.main || m.event.date?.basis === 'stated') continue;
    const past = recalled.get(m.first.sentence);
    if (!past) continue;
    m.event.background = true;
    m.event.provenance.background = { rule: 'refine:told-with-recalled', basis: 'implied' };
    m.event.evidence.background = past.event.evidence.background?.length ? past.event.evidence.background : past.event.evidence.type.slice(0, 1);
  }
}

/**
 * Ids are unique within the article whatever the refiners did (the store keys mentions by id): a
 * repeated id gets the next free "#n" suffix, in reading order.
 */
export function uniqueIds(events: Event[]): Event[] {
  const used = new Set<string>();
  for (const e of events) {
    let id = e.id;
    for (let n = 2; used.has(id); n++) id = `${e.id}#${n}`;
    e.id = id;
    used.add(id);
  }
  return events;
}
