// Place resolution: each LOC/GPE/FAC mention (from NER or the KB), plus the countries, admin-1
// regions and curated places found by scanning the text itself, becomes a Place tied to one
// gazetteer entry chosen by the article's context. Mentions that match no entry are not emitted:
// a Place without coordinates tells the event stage nothing the mention did not.
import type { Place } from '../model.ts';
import { loadGazetteer, type Gazetteer, type NameMatch } from './gazetteer.ts';
import { ADMIN1_SUFFIX, admin1SuffixFits } from './admin1-words.ts';
import { scanText } from './scan.ts';
import { plausibleOptions, type Evidence } from './plausible.ts';
import { inQualifierPosition, isAbbreviation, qualifierAbbreviations, qualifierRegions } from './abbreviations.ts';
import { outletCandidates } from './outlet.ts';
import { admin1Key, choose, CONFIDENT_MARGIN, usable, type Choice, type Context } from './score.ts';

/**
 * A name to resolve; `cue` when only a cue found it (a locative word, a dateline), not a tagger;
 * `outlet` when it is the town in the outlet's name ("The Augusta Chronicle"): its country is the article's.
 */
export interface PlaceCandidate { start: number; end: number; text: string; cue?: boolean; outlet?: boolean }

const COMMA = 44;
/** The text between a place and its qualifier: "Paris, Texas", "Wilmington, Del.". */
const QUALIFIER_GAP = /^,\s{0,2}$/;
/** A qualifier is at most this many words ("West Virginia", "N. Mex."). */
const MAX_QUALIFIER_WORDS = 3;
const QUALIFIER_WORDS = /^(?:[A-Z][\p{L}]*\.?(?:[A-Z]\.)*\s?){1,3}/u;
const LEADING_ARTICLE = /^the\s+/i;

/** What ends a place's own name after a town's word: "Granada Hills", "Boyle Heights", "Lancaster Township". */
const TOPONYM_TAIL = /^\s+(?:Hills?|Heights|Knolls?|Park|Beach|Valley|Springs?|Township|Twp\.?|Village|Gardens|Lakes?|Falls|Grove|Ridge|Harbou?r|Estates|Acres|Creek|Mills?|Junction|Terrace|Shores?|Woods|Meadows?|Manor|Square)$/;
/** How far into the text a dateline may stand (after the headline and the outlet's name). */
const DATELINE_REACH = 400;
/** A dateline's town is in capitals ("HONESDALE", "ST. LOUIS")... */
const DATELINE_TOWN = /^[A-Z][A-Z.'’ -]{2,}$/;
/** ...followed by an optional ", State", an optional "(Agency)" or "(date)", then a dash. */
const DATELINE_TAIL = /^(?:,\s{0,2}[A-Z][\p{L}.]*(?:\s[A-Z][\p{L}.]*)?)?\s*(?:\([^)\n]{1,40}\))?\s*(?:[—–]|-{1,2}(?!\w))/u;
const isDatelineMention = (text: string, m: Mention) => m.start < DATELINE_REACH && DATELINE_TOWN.test(m.text) && DATELINE_TAIL.test(text.slice(m.end, m.end + 60));

/** Of two same-length spans, the tagger's wins, then the name scan's, then a cue's. */
const SOURCE_RANK: Record<Mention['source'], number> = { span: 0, suffix: 1, trie: 1, qualifier: 1, cue: 2 };

interface Mention {
  start: number;
  end: number;
  text: string;
  source: 'span' | 'cue' | 'trie' | 'suffix' | 'qualifier';
  options: NameMatch[];
  /** Fixed by a "Place, Qualifier" pair; skips context choice. */
  fixed?: Choice;
}

/** Entry options for a mention's text: the whole name, else "<core> region|oblast…" as an admin-1. */
function optionsFor(g: Gazetteer, text: string): { options: NameMatch[]; suffix: boolean } {
  const name = text.replace(LEADING_ARTICLE, '');
  const whole = g.matches(name);
  if (whole.some((m) => m.entry.kind !== 'place' && (m.cls === 'p' || m.cls === 'a'))) return { options: whole, suffix: false };
  const core = name.replace(ADMIN1_SUFFIX, '');
  if (core !== name) {
    const admin1 = g.matches(core).filter((m) => m.entry.kind === 'admin1' && m.cls !== 'q' && admin1SuffixFits(name, m.entry));
    if (admin1.length) return { options: admin1, suffix: true };
  }
  return { options: whole, suffix: false };
}

/** Characters before a name searched for "provinces of" and the names listed before it. */
const DIVISION_WINDOW = 80;
/** An admin-1 type word and "of", then maybe other names of the list: "provinces of ", "regions of Khost and ". */
const DIVISION_BEFORE = new RegExp(`\\b(?:${['province', 'provinces', 'region', 'regions', 'oblast', 'oblasts', 'governorate', 'governorates', 'state', 'states'].join('|')})\\s+of\\s+(?:\\p{Lu}[\\p{L}'’-]*(?:\\s\\p{Lu}[\\p{L}'’-]*)*(?:,\\s+|,?\\s+and\\s+))*$`, 'u');

/** Non-overlapping mentions: longer spans win ("Crocus City Hall" over "Crocus"), then caller's spans. */
function mergeSpans(g: Gazetteer, text: string, candidates: PlaceCandidate[]): Mention[] {
  const all: Mention[] = [];
  for (const c of candidates) all.push({ start: c.start, end: c.end, text: c.text, source: c.cue ? 'cue' : 'span', options: [] });
  for (const s of scanText(g, text)) all.push({ start: s.start, end: s.end, text: s.text, source: s.how, options: [] });
  all.sort((a, b) => (b.end - b.start) - (a.end - a.start) || SOURCE_RANK[a.source] - SOURCE_RANK[b.source]);
  const kept: Mention[] = [];
  const unknown: Mention[] = [];
  for (const m of all) {
    if (kept.some((k) => k.start < m.end && m.start < k.end)) continue;
    // "Granada" in an unknown "Granada Hills" is part of a name we do not know, not Granada in Spain.
    if (unknown.some((u) => u.start === m.start && u.end > m.end && TOPONYM_TAIL.test(text.slice(m.end, u.end)))) continue;
    const found = optionsFor(g, m.text);
    let { options, suffix } = found;
    // "the Afghan provinces of Khost and Paktika": the type words before the names say they are admin-1s.
    const before = text.slice(Math.max(0, m.start - DIVISION_WINDOW), m.start);
    // Most names have no "of" before them: a plain search spares the pattern's scan of the window.
    const regions = before.includes(' of ') && DIVISION_BEFORE.test(before) ? options.filter((o) => o.entry.kind === 'admin1') : [];
    if (regions.length) [options, suffix] = [regions, true];
    if (!options.length) {
      unknown.push(m);
      continue;
    }
    if (suffix && (m.source === 'span' || m.source === 'cue')) m.source = 'suffix';
    m.options = options;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** "Paris, Texas" / "Wilmington, Del.": the qualifier restricts the place to entries inside it. */
function pairQualifiers(g: Gazetteer, text: string, mentions: Mention[], ctx: Context): Mention[] {
  const added: Mention[] = [];
  for (const m of mentions) {
    // A qualifier follows a comma: other mentions are not sliced to the end of the text to look.
    if (text.charCodeAt(m.end) !== COMMA) continue;
    const after = text.slice(m.end);
    const gap = after.match(/^,\s{0,2}/);
    if (!gap || !QUALIFIER_GAP.test(gap[0])) continue;
    const start = m.end + gap[0].length;
    const words = after.slice(gap[0].length).match(QUALIFIER_WORDS)?.[0].trimEnd() ?? '';
    const parts = words.split(/\s+/).slice(0, MAX_QUALIFIER_WORDS);
    for (let k = parts.length; k >= 1; k--) {
      const qText = parts.slice(0, k).join(' ');
      const quals = g.matches(qText).filter((q) => q.entry.kind === 'admin1' || q.entry.kind === 'country');
      const inside = usable(m.options, ctx).filter((o) => o.entry.kind !== 'country' && o.entry.kind !== 'admin1' &&
        quals.some((q) => q.entry.country === o.entry.country && (q.entry.kind === 'country' || q.entry.name === o.entry.admin1)));
      if (!inside.length) continue;
      const choice = choose(inside, ctx);
      if (!choice) continue;
      m.fixed = { ...choice, decider: 'qualified' };
      const qual = quals.find((q) => q.entry.country === choice.entry.country && (q.entry.kind === 'country' || q.entry.name === choice.entry.admin1))!;
      const end = start + text.slice(start).indexOf(qText) + qText.length;
      const existing = mentions.find((o) => o.start === start);
      const qualMention = existing ?? { start, end, text: text.slice(start, end), source: 'qualifier' as const, options: [qual] };
      qualMention.fixed = { entry: qual.entry, score: 0, runnerUp: null, decider: 'qualifier' };
      if (!existing) added.push(qualMention);
      break;
    }
  }
  return mentions.concat(added).sort((a, b) => a.start - b.start);
}

/**
 * State abbreviations: in qualifier position they are their admin-1 (also when the place before them
 * is unknown, "YORK CITY, Pa."); elsewhere they are not places, whatever else the letters match.
 */
function settleAbbreviations(g: Gazetteer, text: string, mentions: Mention[]): Mention[] {
  const out = mentions.filter((m) => {
    if (m.fixed || !isAbbreviation(m.text)) return true;
    const regions = qualifierRegions(g, m.text);
    if (!regions.length) return true;
    if (regions.length !== 1 || !inQualifierPosition(text, m.start)) return false;
    m.fixed = { entry: regions[0].entry, score: 0, runnerUp: null, decider: 'qualifier' };
    return true;
  });
  for (const a of qualifierAbbreviations(g, text)) {
    if (out.some((m) => m.start < a.end && a.start < m.end)) continue;
    out.push({ start: a.start, end: a.end, text: a.text, source: 'qualifier', options: [a.region],
      fixed: { entry: a.region.entry, score: 0, runnerUp: null, decider: 'qualifier' } });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** How far into the text the headline (and the outlet's name after it) may reach. */
const HEADLINE_REACH = 160;
const evidenceOf = (m: Mention): Evidence => (m.source === 'cue' || m.source === 'trie' ? 'untagged' : m.start < HEADLINE_REACH ? 'headline' : 'tagged');

interface Contribution {
  countries: string[];
  admin1s: string[];
  /** Admin-1 regions the text names outright (the region, "Town, State") or through a sizeable city in it. */
  named: string[];
}

/** A city this big, sure on its own, says which state the article is about ("Chicago" → Illinois). */
const ANCHOR_MIN_POPULATION = 50_000;

/** How many times its namesakes' people a state must hold to be sure of its name. */
const REGION_OVER_NAMESAKE = 10;

const NOTHING: Contribution = { countries: [], admin1s: [], named: [] };
/** NOTHING's context key (three empty lists joined), written once: most mentions lend nothing. */
const NOTHING_KEY = '\u0002\u0002';

/** What a context-free choice lets a mention tell the others: its country and admin-1, when sure. */
function contributionOf(choice: Choice | null | undefined, tagged = false): Contribution {
  if (!choice) return NOTHING;
  const e = choice.entry;
  const stated = choice.decider === 'qualified' || choice.decider === 'qualifier';
  // A state the tagger named, outranking namesakes a fraction of its size, is meant: towns and small
  // regions borrow state names ("Indiana", Pennsylvania; "Florida", Uruguay). A region only the name scan
  // found may be a surname ("Rivera", a department of Uruguay); a parish as small as its towns may be one
  // ("St. George", Grenada).
  const bigRegion = tagged && e.kind === 'admin1' && !!choice.rival && e.population >= REGION_OVER_NAMESAKE * choice.rival.population;
  const sure = stated || bigRegion || choice.runnerUp === null || choice.score - choice.runnerUp >= CONFIDENT_MARGIN;
  if (!sure || !e.country) return NOTHING;
  const admin1s = e.admin1 ? [admin1Key(e.country, e.admin1)] : [];
  const anchors = stated || e.kind === 'admin1' || (e.kind === 'place' && e.population >= ANCHOR_MIN_POPULATION);
  return { countries: [e.country], admin1s, named: anchors ? admin1s : [] };
}

/** Keys lent by mentions other than `own` (a mention never supports itself). */
function lentByOthers(counts: Map<string, number>, own: string[]): string[] {
  return [...counts].filter(([k, n]) => n > (own.includes(k) ? 1 : 0)).map(([k]) => k);
}

function tally(lent: Contribution[], field: keyof Contribution): Map<string, number> {
  const counts = new Map<string, number>();
  // Each mention counts a key once (its lists hold one key or none; no Set is built per mention to say so).
  for (const c of lent) {
    const keys = c[field];
    for (let i = 0; i < keys.length; i++) if (keys.indexOf(keys[i]) === i) counts.set(keys[i], (counts.get(keys[i]) ?? 0) + 1);
  }
  return counts;
}

/** Distinct places that must agree before their country becomes the article's: one name alone may be a stray. */
const HOME_MIN_MENTIONS = 3;
/** Share of all context-free choices the home country must hold: a clear majority, not a plurality. */
const HOME_MIN_SHARE = 0.6;

/**
 * (When the outlet's town gives none.) The country most of the article's place names point to on their own, sure or not (a local US
 * story names Ohio, Dayton, Kettering…): it is context for every mention, so a stray "York" or
 * "Santa Fe" resolves at home, not in England or Argentina. Null without a clear majority.
 */
function homeCountry(choices: (Choice | null)[]): string | null {
  // Each place counts once: "York … York … York" is one vote, not three.
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  let total = 0;
  for (const c of choices) {
    if (!c?.entry.country || seen.has(c.entry.id)) continue;
    seen.add(c.entry.id);
    total++;
    counts.set(c.entry.country, (counts.get(c.entry.country) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= HOME_MIN_MENTIONS && best[1] / total >= HOME_MIN_SHARE ? best[0] : null;
}

/** In an article at home in one country, a name that is both a region there and another country is the region ("Georgia" in a US story). */
function homeRegionFirst(options: NameMatch[], home: string | null): NameMatch[] {
  if (!home || !options.some((o) => o.entry.kind === 'admin1' && o.entry.country === home)) return options;
  return options.filter((o) => !(o.entry.kind === 'country' && o.entry.country !== home));
}

/**
 * The options a mention may still mean in a context. A dateline states where the report was filed: its
 * town is never dropped as foreign because a stray name elsewhere ("Paris") points abroad; the states
 * the text names still rule out namesakes elsewhere. (A module function: a closure bound to a name is
 * renamed by a defineProperty call each time it is made, when run through tsx.)
 */
function optionsIn(text: string, m: Mention, ctx: Context): NameMatch[] {
  return plausibleOptions(usable(m.options, ctx), isDatelineMention(text, m) ? { ...ctx, countries: new Set() } : ctx, evidenceOf(m));
}

export function findPlaces(text: string, candidates: PlaceCandidate[], context: { countries?: string[] }): Place[] {
  const g = loadGazetteer();
  const given: Context = { countries: new Set(context.countries ?? []), admin1s: new Set(), namedAdmin1s: new Set() };
  const mentions = settleAbbreviations(g, text, pairQualifiers(g, text, mergeSpans(g, text, candidates), given));

  // Pass 1: each mention alone (caller context only); sure ones lend their country and admin-1.
  const alone = mentions.map((m) => m.fixed ?? choose(optionsIn(text, m, given), given));
  const lent = alone.map((c, i) => contributionOf(c, mentions[i].source === 'span'));
  const countryCount = tally(lent, 'countries');
  // The outlet's town counts as such even when a tagger's span took its words ("Los Angeles" of "Los Angeles Times").
  const outletSpans = [...candidates.filter((c) => c.outlet), ...outletCandidates(text)];
  const outletAt = new Set(mentions.filter((m) => outletSpans.some((o) => o.start === m.start && o.end === m.end)).map((m) => m.start));
  const outletCountry = alone.find((c, i) => c?.entry.country && outletAt.has(mentions[i].start))?.entry.country;
  // The outlet's town is read on its own: the story's places never move it ("Santiago" does not put the Los Angeles Times in Chile).
  mentions.forEach((m, i) => {
    if (outletAt.has(m.start) && alone[i]) m.fixed ??= alone[i]!;
  });
  const home = outletCountry ?? homeCountry(alone);
  if (home) given.countries.add(home);
  const admin1Count = tally(lent, 'admin1s');
  const namedCount = tally(lent, 'named');

  // Pass 2: each mention in the context of the others (never of itself). Mentions that lent the same
  // (most lent nothing) share one context: it is only read.
  const contexts = new Map<string, Context>();
  const places: Place[] = [];
  mentions.forEach((m, i) => {
    const own = lent[i];
    // Control characters join the key: names and "CC|Admin1" keys hold commas and bars, never these.
    const key = own === NOTHING ? NOTHING_KEY : [own.countries, own.admin1s, own.named].map((keys) => keys.join('\u0001')).join('\u0002');
    let ctx = contexts.get(key);
    if (!ctx) {
      ctx = {
        countries: new Set([...given.countries, ...lentByOthers(countryCount, own.countries)]),
        admin1s: new Set(lentByOthers(admin1Count, own.admin1s)),
        namedAdmin1s: new Set(lentByOthers(namedCount, own.named)),
      };
      contexts.set(key, ctx);
    }
    const choice = m.fixed ?? choose(homeRegionFirst(optionsIn(text, m, ctx), home), ctx);
    if (!choice) return;
    const e = choice.entry;
    places.push({
      start: m.start, end: m.end, gazetteerId: e.id, name: e.name, country: e.country, admin1: e.admin1,
      lat: e.lat, lon: e.lon, precision: e.precision, rule: `${outletAt.has(m.start) ? 'outlet:' : ''}${m.source}:${choice.decider}`,
    });
  });
  return joinAbbreviatedQualifiers(text, places);
}

/**
 * "Wilmington, Del." is one name: a town and the state abbreviation that placed it become one
 * Place over both words. An abbreviation with no town before it stays the state's own Place.
 */
function joinAbbreviatedQualifiers(text: string, places: Place[]): Place[] {
  const out: Place[] = [];
  for (const p of places) {
    const prev = out[out.length - 1];
    if (prev && p.rule.endsWith(':qualifier') && prev.rule.endsWith(':qualified') && isAbbreviation(text.slice(p.start, p.end)) &&
      QUALIFIER_GAP.test(text.slice(prev.end, p.start))) {
      prev.end = p.end;
      continue;
    }
    out.push(p);
  }
  return out;
}
