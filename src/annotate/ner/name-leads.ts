// A person's name with what the writer put before it: "Colonel Baltasar Cárdenas", "Gravity CEO
// Kim Jung", "Refugee Council Enver Solomon", "Queenslander Mitchell Rawlins", "Scotsman James
// Watt". The tagger, reading one capitalised run, takes the whole as one name, often of an
// organisation or a place. Where the run ends with a given name and a family name, and the word
// before them is a title, an organisation's head noun or a people's word, the person is the last
// two words; an organisation named before them ("Refugee Council") is a mention of its own, and
// a title or description is dropped.
import { taggerNameLists, type NameLists } from './name-lists.ts';
import { ORG_HEADS } from './runs.ts';
import { TITLE_WORDS } from './spans.ts';
import type { NerSpan } from './tagger.ts';

/** Roles written before a name in news that the title list lacks: "Gravity CEO Kim Jung", "Texas Coach Darrell Royal". */
const ROLE_WORDS = new Set('ceo cfo coach manager sheriff chief chairwoman councillor councilman lawmaker striker captain founder'.split(' '));
/** A people's or a place's word for a person: "Queenslander", "Minnesotan", "Scotsman". */
const PEOPLE_WORD = /^\p{Lu}\p{Ll}+(?:er|an|man|woman)$/u;
/** Shortest run read here: one word before the two of the person's name. */
const MIN_WORDS = 3;

/** Words of the title list that join a name rather than precede it ("House of Luiz Caloi"). */
const JOINING_WORDS = new Set(['of', 'the']);
const isRole = (w: string) => !JOINING_WORDS.has(w.toLowerCase()) && (TITLE_WORDS.has(w.toLowerCase()) || ROLE_WORDS.has(w.toLowerCase()));

/** The family name: written like a name, not a common word, a head noun or a place. */
function isFamilyName(w: string, lists: NameLists): boolean {
  return /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(w) && !lists.lower.hasPhrase(w) && !ORG_HEADS.has(w.toLowerCase()) && !lists.geo.hasPhrase(w);
}

/**
 * The span, or its parts when it is a run that ends with a person's name after a title, a head
 * noun or a people's word (see the file comment). Parts keep the span's confidence.
 */
export function splitLeadingWords(text: string, span: NerSpan, lists: NameLists = taggerNameLists()): NerSpan[] {
  if (span.label === 'MISC') return [span];
  // Fewer than two spaces inside (most spans) make fewer than MIN_WORDS words: no slice, no split.
  const space = text.indexOf(' ', span.start);
  const second = space < 0 || space >= span.end ? -1 : text.indexOf(' ', space + 1);
  if (second < 0 || second >= span.end) return [span];
  const surface = text.slice(span.start, span.end);
  const words = surface.split(' ');
  if (words.length < MIN_WORDS) return [span];
  const [before, given, family] = words.slice(-3);
  if (!lists.first.hasPhrase(given) || !isFamilyName(family, lists) || lists.geo.hasPhrase(given, family)) return [span];
  const orgHead = ORG_HEADS.has(before.toLowerCase()) && /^\p{Lu}/u.test(before);
  // In a run read as a person, a word of that shape may be a name of theirs ("Assan Abdullah Khan").
  const peopleWord = span.label !== 'PER' && PEOPLE_WORD.test(before) && !lists.geo.hasPhrase(before);
  if (!orgHead && !isRole(before) && !peopleWord) return [span];
  const personAt = span.start + surface.length - given.length - 1 - family.length;
  const person: NerSpan = { start: personAt, end: span.end, label: 'PER', score: span.score };
  if (!orgHead) return [person];
  const orgEnd = span.start + surface.length - given.length - family.length - 2;
  return [{ start: span.start, end: orgEnd, label: 'ORG', score: span.score }, person];
}
