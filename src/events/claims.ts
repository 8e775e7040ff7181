// Who says so: attribution cues in a sentence ("according to X", "X said", "as stated by X",
// "was blamed for … by X", "X claimed responsibility", "X denied") become claims about the event,
// each with the span of the claimant and of the cue as evidence.
import type { Claim, Evidence, Mention, Span } from '../model.ts';
import { isLocative } from './frames.ts';

type Stance = Claim['stance'];

/** Nouns that turn a place or group into a speaking source: "U.S. officials", "Tajik media". */
const SPEAKER_NOUNS = '(?:officials?|administration|sources?|media|authorities|spokes(?:man|woman|person)|ministry|agency|government|military|police|army|analysts?|investigators?|diplomats?|residents|witnesses|state media|news agency)';
/** Up to this many characters between a speaker and its verb ("X, the ministry's spokesman, said"). */
const SPEAKER_GAP = 60;

interface Cue {
  stance: Stance;
  re: RegExp;
  /** Where the claimant stands relative to the cue. */
  claimant: 'after' | 'before' | 'subject-of-passive';
}

const CUES: Cue[] = [
  { stance: 'attributes', re: /\b(?:was|were|has been|have been|is|are)\s+blamed\b|\bblamed\s+(?:it\s+|the \w+\s+)?on\b|\battributed\s+(?:it\s+|the \w+\s+)?to\b/gi, claimant: 'subject-of-passive' },
  { stance: 'reports', re: /\b(?:as stated by|as reported by|according to|reported by|citing|referencing)\s+(?:some\s+|the\s+)?/gi, claimant: 'after' },
  { stance: 'claims_responsibility', re: /\s+(?:claimed|claims|has claimed|have claimed)\s+responsibility\b/gi, claimant: 'before' },
  { stance: 'denies', re: /\s+(?:have|has)?\s*(?:denied|denies|dismissed|rejected)\b/gi, claimant: 'before' },
  { stance: 'accuses', re: /\s+(?:accused|accuses|blamed|blames)\b/gi, claimant: 'before' },
  { stance: 'announces', re: /\s+(?:announced|announces|declared|said|says|stated|state|reported|report|told)\b/gi, claimant: 'before' },
];

const SPEAKER_AFTER = new RegExp(`^((?:[A-Z][\\p{L}.'’-]*\\s?){1,5}(?:${SPEAKER_NOUNS})?|(?:[\\p{Ll}]+\\s)?${SPEAKER_NOUNS})`, 'u');

function evidence(articleId: string, text: string, span: Span): Evidence {
  return { articleId, start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

/** Stances whose `about` names a party: the blamed, the denier's subject, the accused. */
const ABOUT_STANCES = new Set<Stance>(['attributes', 'claims_responsibility', 'denies', 'accuses']);
/** Sources that introduce a claimant after them, anywhere in the sentence. */
const SOURCE_CUE = /\b(?:as stated by|as reported by|according to|as said by|as claimed by)\s+(?:some\s+|the\s+)?/i;
/** An appositive between the speaker and its verb: "Tajik media, citing the ministry, reported". */
const APPOSITIVE = /,[^,]{1,80},\s*$/;

/** The speaker span widened to the whole named mention it starts or ends inside. */
function wholeMention(who: Span, mentions: Mention[]): Span {
  const m = mentions.find((e) => e.start <= who.start && e.end > who.start) ?? mentions.find((e) => e.start < who.end && e.end > who.end);
  return m ? { start: Math.min(who.start, m.start), end: Math.max(who.end, m.end) } : who;
}

/** The named mention ending closest before `at` (within SPEAKER_GAP), widened by a speaker noun after it. */
function speakerBefore(text: string, mentions: Mention[], sentence: Span, at: number): Span | null {
  const appositive = text.slice(sentence.start, at).match(APPOSITIVE);
  if (appositive && appositive.index !== undefined) at = sentence.start + appositive.index;
  // The speaker stands next to its verb (a speaker noun, auxiliaries or a few words between, no comma), and is not a place it is in ("officials in Kabul").
  const m = mentions
    .filter((e) => e.end <= at && e.start >= Math.max(sentence.start, at - SPEAKER_GAP) && !isLocative(text, e)
      && /^(?:['’]s)?(?:\s+[\p{L}.-]+){0,3}\s*$/u.test(text.slice(e.end, at)))
    .sort((a, b) => b.end - a.end)[0];
  const tail = text.slice(m ? m.end : sentence.start, at);
  const noun = tail.match(new RegExp(`^(?:['’]s)?\\s*(?:[\\p{L}-]+\\s+)?${SPEAKER_NOUNS}\\b`, 'u'));
  if (m) return { start: m.start, end: noun ? m.end + noun[0].length : m.end };
  const bare = text.slice(Math.max(sentence.start, at - SPEAKER_GAP), at).match(new RegExp(`((?:[A-Z][\\p{L}.'’-]*\\s)*(?:[\\p{L}-]+\\s)?${SPEAKER_NOUNS})\\s*$`, 'u'));
  if (!bare) return null;
  const start = at - bare[0].length;
  return { start, end: start + bare[1].length };
}

export interface ClaimInput {
  articleId: string;
  text: string;
  sentence: Span;
  /** Mentions inside the sentence. */
  mentions: Mention[];
  /** The party a claim is about when the cue does not name one (e.g. the blamed group). */
  subject: Mention | null;
  kbName(id: string | null): string | null;
}

/** Claims made in one sentence. */
export function findClaims(input: ClaimInput): Claim[] {
  const { text, sentence, mentions, articleId } = input;
  const body = text.slice(sentence.start, sentence.end);
  const claims: Claim[] = [];
  const taken: Span[] = [];
  for (const cue of CUES) {
    for (const m of body.matchAll(cue.re)) {
      const cueSpan = { start: sentence.start + m.index!, end: sentence.start + m.index! + m[0].length };
      const trimmed = { start: cueSpan.start + (m[0].length - m[0].trimStart().length), end: cueSpan.end - (m[0].length - m[0].trimEnd().length) };
      if (taken.some((t) => t.start < trimmed.end && trimmed.start < t.end)) continue;
      let who: Span | null = null;
      let about: Mention | null = input.subject;
      if (cue.claimant === 'after') {
        const rest = text.slice(cueSpan.end, sentence.end);
        const sp = rest.match(SPEAKER_AFTER);
        if (sp) who = { start: cueSpan.end, end: cueSpan.end + sp[1].trimEnd().length };
      } else if (cue.claimant === 'before') {
        who = speakerBefore(text, mentions, sentence, cueSpan.start + (m[0].length - m[0].trimStart().length));
        if (cue.stance === 'claims_responsibility' && who) {
          about = mentions.find((e) => e.start === who!.start) ?? about;
        }
      } else {
        // "X was blamed for …, as stated by Y": the blamed party is the passive subject; the
        // claimant is the "by"/"according to" source elsewhere in the sentence, read by that cue.
        const subj = mentions.filter((e) => e.end <= cueSpan.start).sort((a, b) => b.end - a.end)[0];
        const agent = mentions.filter((e) => e.start >= cueSpan.end).sort((a, b) => a.start - b.start)[0];
        about = /blamed\s+(?:it\s+|the \w+\s+)?on|attributed/i.test(m[0]) ? agent ?? subj ?? about : subj ?? about;
        const named = body.match(SOURCE_CUE);
        const by = named ?? text.slice(cueSpan.end, sentence.end).match(/^\s+(?:\S+\s+){0,6}?by\s+(?:some\s+|the\s+)?/);
        if (by && by.index !== undefined) {
          const base = named ? sentence.start : cueSpan.end;
          const from = base + by.index + by[0].length;
          const sp = text.slice(from, sentence.end).match(SPEAKER_AFTER);
          if (sp) who = { start: from, end: from + sp[1].trimEnd().length };
          taken.push({ start: base + by.index, end: from });
        }
        // Active voice, "the army blamed the attack on X": the claimant is the speaker before the verb.
        if (!who && !/^(?:was|were|has|have|is|are)\b/i.test(m[0].trim())) who = speakerBefore(text, mentions, sentence, trimmed.start);
      }
      if (!who || who.end <= who.start) continue;
      who = wholeMention(who, mentions);
      // "the ministry's announcement": the possessive is not part of the claimant's name.
      const poss = text.slice(who.start, who.end).match(/['’]s?$/);
      if (poss) who = { start: who.start, end: who.end - poss[0].length };
      taken.push(trimmed);
      // The claimant's identity only when one mention is its whole name ("U.S. officials" is not the United States).
      const claimantMention = mentions.find((e) => e.start <= who!.start && e.end >= who!.end) ?? null;
      if (about && cue.stance !== 'claims_responsibility' && about.start >= who.start && about.end <= who.end) about = null;
      claims.push({
        claimant: text.slice(who.start, who.end),
        claimantKbId: claimantMention?.kbId ?? null,
        stance: cue.stance,
        about: about && ABOUT_STANCES.has(cue.stance) ? input.kbName(about.kbId) ?? text.slice(about.start, about.end) : null,
        evidence: [evidence(articleId, text, who), evidence(articleId, text, trimmed)],
      });
    }
  }
  return claims;
}
