// findTriggers: proposes event-type candidates for one sentence from the trigger lexicon. It reads
// words, not meaning: modality (denied, planned, hypothetical) is the assembler's job, so every
// candidate carries the span it came from for that check.
import { TYPES, type EventGroup, type EventType } from '../taxonomy.ts';
import { AFTER_WINDOW, defaultLexicon, GAP, MAX_GAP, type Lexicon, type Pattern } from './lexicon.ts';
import { resolveFamily, sentenceTags } from './context.ts';

export interface TriggerCandidate {
  type: EventType;
  /** The trigger's span in the article text. */
  start: number;
  end: number;
  /** Which lexicon entry matched: "curated:air strike", "cameo:KILL:190:suicide bomb … kill". */
  rule: string;
  score: number;
  tags: string[];
  /** Other words that gave the type when the trigger is the act verb ("bombs" for "bombs exploded"). */
  cues?: { start: number; end: number }[];
}

export interface SentenceInput {
  start: number;
  end: number;
  tokens: { start: number; end: number; pos: string }[];
}

interface Word {
  text: string;
  start: number;
  end: number;
  punct: boolean;
}

/** Punctuation a "…" gap may cross (a list comma) — not a clause break. */
const GAP_CROSSABLE = new Set([',']);
/** Words that open another clause: a "…" gap never crosses them ("a bazooka which launches a net"). */
const CLAUSE_WORDS = new Set(['which', 'who', 'whom', 'whose', 'that', 'if', 'when', 'while', 'because', 'although', 'though', 'unless', 'whether', 'where']);
/** Characters that join words inside one token ("cross-border", "and/or"): only such tokens need splitting. */
const JOINERS = /[-‐‑–—/]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[^\s\p{L}\p{N}]/gu;

/** Words of the sentence, hyphenated tokens split ("cross-border" → cross, border), hyphens dropped. */
export function sentenceWords(text: string, sentence: SentenceInput): Word[] {
  const spans = sentence.tokens.length
    ? sentence.tokens
    : [...text.slice(sentence.start, sentence.end).matchAll(WORD_RE)].map((m) => ({
        start: sentence.start + m.index!, end: sentence.start + m.index! + m[0].length, pos: '',
      }));
  const words: Word[] = [];
  for (const tok of spans) {
    const raw = text.slice(tok.start, tok.end);
    if (!JOINERS.test(raw)) {
      words.push({ text: raw.toLowerCase().replace(/’/g, "'"), start: tok.start, end: tok.end, punct: !LETTER_OR_DIGIT.test(raw) });
      continue;
    }
    const parts = raw.split(/([-‐‑–—/])/);
    let offset = tok.start;
    for (const part of parts) {
      const start = offset;
      offset += part.length;
      if (!part || /^[-‐‑–—/]$/.test(part)) continue;
      const lower = part.toLowerCase().replace(/’/g, "'");
      words.push({ text: lower, start, end: start + part.length, punct: !/[\p{L}\p{N}]/u.test(part) });
    }
  }
  return words;
}

/** Index of the last word matched by slots[s..] starting at word i, or -1. */
function matchFrom(slots: Pattern['slots'], s: number, words: Word[], i: number): number {
  if (s === slots.length) return i - 1;
  const slot = slots[s];
  if (slot === GAP) {
    for (let skip = 0; skip <= MAX_GAP && i + skip <= words.length; skip++) {
      if (skip > 0) {
        const skipped = words[i + skip - 1];
        if ((skipped.punct && !GAP_CROSSABLE.has(skipped.text)) || CLAUSE_WORDS.has(skipped.text)) break;
      }
      const end = matchFrom(slots, s + 1, words, i + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (i >= words.length || !slot.has(words[i].text)) return -1;
  return matchFrom(slots, s + 1, words, i + 1);
}

function anyIn(words: Word[], from: number, to: number, set: Set<string>): boolean {
  for (let k = Math.max(0, from); k < Math.min(words.length, to); k++) if (set.has(words[k].text)) return true;
  return false;
}

/** Every later word slot has a form in the sentence: otherwise the pattern cannot match and its walk is skipped. */
function laterWordsPresent(p: Pattern, bag: Set<string>): boolean {
  for (const slot of p.later) {
    let found = false;
    for (const form of slot) if (bag.has(form)) { found = true; break; }
    if (!found) return false;
  }
  return true;
}

function passesContext(p: Pattern, words: Word[], bag: Set<string>, first: number, last: number): boolean {
  if (p.requires && ![...p.requires].some((w) => bag.has(w))) return false;
  if (p.requiresAfter && !anyIn(words, last + 1, last + 1 + AFTER_WINDOW, p.requiresAfter)) return false;
  if (p.unlessNext && last + 1 < words.length && p.unlessNext.has(words[last + 1].text)) return false;
  if (p.unlessPrev && first > 0 && p.unlessPrev.has(words[first - 1].text)) return false;
  if (p.unless && [...p.unless].some((w) => bag.has(w))) return false;
  return true;
}

const SCORE_DECIMALS = 1000;

/** A participle glued by a hyphen to the word before it is an adjective: "life-threatening", "rebel-held", "US-backed". */
function isCompoundModifier(text: string, words: Word[], i: number): boolean {
  const w = words[i];
  return i > 0 && /(?:ing|ed)$/.test(w.text) && words[i - 1].end === w.start - 1 && /[-‐‑]/.test(text[w.start - 1]) && !words[i - 1].punct;
}

/** Verbs of saying: the noun right before one is a source ("police said"), not a party to the event. */
const SPEECH = new Set(['said', 'say', 'says', 'told', 'reported', 'added', 'confirmed', 'stated', 'announced']);

/** The sentence's words without the sources of the report: "police said" says nothing of who was hit. */
function withoutSpeakers(words: Word[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const next = words[i + 1]?.text;
    const after = words[i + 2]?.text;
    if (SPEECH.has(next ?? '') || ((next === 'have' || next === 'has' || next === 'had') && SPEECH.has(after ?? ''))) continue;
    out.add(words[i].text);
  }
  return out;
}

export function findTriggers(
  text: string,
  sentence: SentenceInput,
  lexicon: Lexicon = defaultLexicon(),
): TriggerCandidate[] {
  const words = sentenceWords(text, sentence);
  const bag = new Set(words.map((w) => w.text));
  const tags = sentenceTags(words.filter((w) => !w.punct).map((w) => w.text));
  const best = new Map<string, TriggerCandidate>();
  let partyBag: Set<string> | undefined;
  for (let i = 0; i < words.length; i++) {
    for (const p of lexicon.byFirst.get(words[i].text) ?? []) {
      if (!laterWordsPresent(p, bag)) continue;
      const last = matchFrom(p.slots, 0, words, i);
      if (last < 0 || !passesContext(p, words, bag, i, last)) continue;
      if (last === i && isCompoundModifier(text, words, i)) continue;
      const e = p.entry;
      const readings = e.type === 'violence' || e.type === 'protest' || e.type === 'territory'
        ? resolveFamily(e.type, partyBag ??= withoutSpeakers(words))
        : [{ type: e.type, factor: 1 }];
      for (const r of readings) {
        const cand: TriggerCandidate = {
          type: r.type,
          start: words[i].start,
          end: words[last].end,
          rule: `${e.source}:${p.label}${'why' in r && r.why ? `+family:${r.why}` : ''}`,
          score: Math.round(e.score * r.factor * SCORE_DECIMALS) / SCORE_DECIMALS,
          tags: [...new Set([...(e.tags ?? []), ...tags])],
        };
        const k = `${cand.type}@${cand.start}-${cand.end}`;
        const prev = best.get(k);
        if (!prev || prev.score < cand.score) best.set(k, cand);
      }
    }
  }
  const kept = dropContained([...best.values()]);
  raiseFrames(kept, words);
  return kept.sort((a, b) => a.start - b.start || b.score - a.score);
}

/** Speech acts that frame what follows: "threatened to shell", "accused the army of killing". */
const FRAMING_TYPES = new Set<EventType>(['statement_threat', 'accusation_attribution', 'denial']);
/** Words between a speech act and the event it frames ("threatened to", "accused the army of"). */
const FRAME_WINDOW = 4;
/** How far a frame is put above the event it frames: enough to rank first, no more. */
const FRAME_MARGIN = 0.01;

/**
 * A threat, accusation or denial whose object is another event is the event the sentence reports
 * (the framed one is hypothetical or alleged): it is ranked just above what it frames. The framed
 * candidate stays, for the assembler to weigh with its modality check.
 */
function raiseFrames(cands: TriggerCandidate[], words: Word[]): void {
  const wordAt = (offset: number) => words.findIndex((w) => w.start >= offset);
  for (const frame of cands) {
    if (!FRAMING_TYPES.has(frame.type)) continue;
    const after = wordAt(frame.end);
    if (after < 0) continue;
    const limit = words[Math.min(words.length - 1, after + FRAME_WINDOW)].end;
    const framed = cands.filter((c) => c !== frame && !FRAMING_TYPES.has(c.type) && c.start >= frame.end && c.start < limit);
    const clauseBreak = words.slice(after, after + FRAME_WINDOW).some((w) => w.punct && w.text !== ',');
    if (!framed.length || clauseBreak) continue;
    const top = Math.max(...framed.map((c) => c.score));
    frame.score = Math.min(1, Math.max(frame.score, Math.round((top + FRAME_MARGIN) * SCORE_DECIMALS) / SCORE_DECIMALS));
  }
}

/** Groups of political violence: a longer trigger of one of them subsumes a shorter one of any. */
const VIOLENT_GROUPS = new Set<EventGroup>(['battles', 'explosions_remote_violence', 'violence_against_civilians']);

function sameKind(a: EventType, b: EventType): boolean {
  const ga = TYPES[a].group;
  const gb = TYPES[b].group;
  return ga === gb || (VIOLENT_GROUPS.has(ga) && VIOLENT_GROUPS.has(gb));
}

/**
 * A trigger inside a longer one of the same kind is its part ("bomber" in "suicide bomber"), not
 * another event: the better-scored of the two stays (the longer on a tie). One of another kind
 * stays beside it ("attack" inside "accused … of the attack").
 */
function dropContained(cands: TriggerCandidate[]): TriggerCandidate[] {
  const beats = (o: TriggerCandidate, c: TriggerCandidate) => o.score > c.score || (o.score === c.score && o.end - o.start > c.end - c.start);
  const nested = (a: TriggerCandidate, b: TriggerCandidate) => (a.start <= b.start && a.end >= b.end) || (b.start <= a.start && b.end >= a.end);
  return cands.filter((c) => !cands.some((o) => o !== c && nested(o, c) && sameKind(o.type, c.type) && beats(o, c)));
}
