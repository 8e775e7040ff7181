// State abbreviations ("Pa.", "Colo.", "N.C.", "OH") name an admin-1 region only where a qualifier
// stands: right after "Place, " ("Wilmington, Del.", "HARTFORD, Conn. —", "(Cincinnati, OH)").
// Anywhere else the same letters are a word, an initial or a foreign town's alternate name
// ("Pa" is an old spelling of Chongqing), so they do not resolve at all.
import type { Gazetteer, NameMatch } from './gazetteer.ts';
import { isSpace } from './candidates.ts';

/** "Pa.", "Colo.", "N.C.", "W. Va.", "N.Mex.", or two capitals ("OH", "DC"). */
const ABBREVIATION = /^(?:[A-Z][a-z]{0,4}\.(?:\s?[A-Z][a-z]{0,3}\.){0,2}|[A-Z]\.[A-Z]\.|[A-Z]{2})$/;
/** Where an abbreviation may stand: after a capitalised name and a comma. */
const QUALIFIER_BEFORE = /[\p{Lu}][\p{L}.'’-]*\)?,\s{0,2}$/u;
/** Candidates for abbreviations in the text (checked against the gazetteer's qualifier names). */
// A dateline may drop the period before its dash: "LANCASTER TWP, Pa- One person…".
const ABBREVIATION_IN_TEXT = /(?<=,\s{0,2})(?:[A-Z][a-z]{0,4}\.(?:\s?[A-Z][a-z]{0,3}\.){0,2}|[A-Z]{2}(?![\p{L}\p{N}])|[A-Z][a-z]{1,4}(?=\s?[—–-]{1,2}\s))/gu;
/**
 * ABBREVIATION_IN_TEXT found from its commas: the look-behind alone costs a test at every character.
 * An abbreviation starts with a capital, so after each comma it can only start past the (at most two)
 * spaces; it holds no comma, so matches found comma by comma neither overlap nor come out of order.
 * The commas are found by indexOf and their spaces read by hand (a match object per comma cost more),
 * and the pattern is asked only where a capital stands.
 */
const ABBREVIATION_AFTER_COMMA = new RegExp(ABBREVIATION_IN_TEXT.source.replace('(?<=,\\s{0,2})', ''), 'uy');
/** The spaces a comma's gap may hold (\s{0,2} of ABBREVIATION_IN_TEXT). */
const MAX_GAP_SPACES = 2;
const isCapital = (c: number) => c >= 65 && c <= 90;

/** The matches of ABBREVIATION_IN_TEXT, as [start, text] pairs. */
export function abbreviationsInText(text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
    let at = comma + 1;
    while (at - comma <= MAX_GAP_SPACES && at < text.length && isSpace(text.charCodeAt(at))) at++;
    if (!isCapital(text.charCodeAt(at))) continue;
    ABBREVIATION_AFTER_COMMA.lastIndex = at;
    const m = ABBREVIATION_AFTER_COMMA.exec(text);
    if (m) out.push([m.index, m[0]]);
  }
  return out;
}
/** How far back a qualifier may look for the name it follows. */
const LOOK_BACK = 40;

export const isAbbreviation = (surface: string) => ABBREVIATION.test(surface);

/** The admin-1 regions an abbreviation names as a qualifier ("Pa." → Pennsylvania). */
export function qualifierRegions(g: Gazetteer, surface: string): NameMatch[] {
  return g.matches(surface).filter((m) => m.cls === 'q' && m.entry.kind === 'admin1');
}

/** True when the text before `start` ends in "Name, ", the place a qualifier stands. */
export function inQualifierPosition(text: string, start: number): boolean {
  return QUALIFIER_BEFORE.test(text.slice(Math.max(0, start - LOOK_BACK), start));
}

/** Abbreviations in qualifier position that the gazetteer knows as an admin-1's qualifier. */
export function qualifierAbbreviations(g: Gazetteer, text: string): Array<{ start: number; end: number; text: string; region: NameMatch }> {
  const out: Array<{ start: number; end: number; text: string; region: NameMatch }> = [];
  for (const [start, surface] of abbreviationsInText(text)) {
    if (!inQualifierPosition(text, start)) continue;
    const regions = qualifierRegions(g, surface);
    if (regions.length === 1) out.push({ start, end: start + surface.length, text: surface, region: regions[0] });
  }
  return out;
}
