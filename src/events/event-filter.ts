// Is a trigger candidate an event mention, or a word that only names a weapon, a perpetrator or a
// topic ("suicide bombers", "an explosive device", "the threat of terrorism")? A binary averaged
// perceptron over the trigger's words and its neighbours, trained by scripts/train-event-filter.ts
// on ECB+ event mentions; weights in models/events/event-filter.json.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TriggerCandidate, SentenceInput } from './triggers/index.ts';
import { sentenceWords } from './triggers/match.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EVENT_FILTER_FILE = path.join(REPO, 'models/events/event-filter.json');

export interface EventFilterModel {
  /** Feature → weight; a positive total says "event". */
  weights: Record<string, number>;
  /** What it was trained on and how it scored on held-out topics. */
  meta: Record<string, unknown>;
}

type Word = ReturnType<typeof sentenceWords>[number];

const suffix = (w: string) => (/ers?$/.test(w) ? 'er' : /ings?$/.test(w) ? 'ing' : /ed$/.test(w) ? 'ed' : /(?:ion|ment)s?$/.test(w) ? 'ion' : /s$/.test(w) ? 's' : '-');

/** Features of one candidate from the words of its sentence. */
export function candidateFeatures(words: Word[], c: Pick<TriggerCandidate, 'start' | 'end' | 'type' | 'rule'>): string[] {
  const first = words.findIndex((w) => w.start >= c.start);
  let last = first;
  while (last + 1 < words.length && words[last + 1].end <= c.end) last++;
  const at = (k: number) => (k >= 0 && k < words.length ? words[k].text : k < 0 ? '<s>' : '</s>');
  const inside = words.slice(first, last + 1).map((w) => w.text);
  const head = inside.at(-1) ?? '';
  const f = ['bias', `type=${c.type}`, `src=${c.rule.split(':')[0]}`, `head=${head}`, `suf=${suffix(head)}`, `p1=${at(first - 1)}`, `p2=${at(first - 2)}`,
    `n1=${at(last + 1)}`, `n2=${at(last + 2)}`, `p1+head=${at(first - 1)}|${head}`, `head+n1=${head}|${at(last + 1)}`, `len=${Math.min(inside.length, 3)}`];
  for (const w of inside) f.push(`w=${w}`);
  return f;
}

export function score(model: EventFilterModel, features: string[]): number {
  let s = 0;
  for (const f of features) s += model.weights[f] ?? 0;
  return s;
}

let loaded: EventFilterModel | null | undefined;

/** The committed model, or null when it has not been trained. */
export function eventFilterModel(): EventFilterModel | null {
  if (loaded === undefined) loaded = fs.existsSync(EVENT_FILTER_FILE) ? JSON.parse(fs.readFileSync(EVENT_FILTER_FILE, 'utf8')) as EventFilterModel : null;
  return loaded;
}

/** The model's margin for each candidate of a sentence (positive: an event mention). */
export function eventness(text: string, sentence: SentenceInput, cands: TriggerCandidate[], model = eventFilterModel()): number[] {
  if (!model || !cands.length) return cands.map(() => 0);
  const words = sentenceWords(text, sentence);
  return cands.map((c) => score(model, candidateFeatures(words, c)));
}

/** Parts of speech of a trigger that names a thing rather than telling an act. */
const NOUN_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/** Nouns for the people who act ("protesters marched", "the bombers"): our lexicon reads the crowd as its protest, which ECB+ never marks as an action, so the model does not judge them. */
const PARTICIPANT_HEAD = /(?:ers|ors|ists|men|ees)$/i;

/** Where rules cannot decide: a trigger whose words are all nouns (or their modifiers), no verb saying something happened. */
export function judgedByModel(text: string, sentence: SentenceInput, c: { start: number; end: number; rule?: string }): boolean {
  // A pattern derived from CAMEO's verb dictionary assumes a parse we do not have: its surface match may be any sense.
  if (c.rule?.startsWith('cameo:')) return true;
  // A weapon noun whose use its clause states was decided by rule (filters.ts).
  if (c.rule?.endsWith('+weapon-use')) return false;
  const toks = sentence.tokens.filter((t) => t.start < c.end && c.start < t.end);
  return toks.length > 0 && toks.every((t) => NOUN_POS.has(t.pos)) && !PARTICIPANT_HEAD.test(text.slice(c.start, c.end));
}
