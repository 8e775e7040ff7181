// An extractor for propaganda publications that the word lexicon cannot see: an armed group as the
// subject of "released/published/issued/launched" with a publication or a named outlet as its
// object ("IS-K released the first issue of its magazine in Tajik"). The group is its actor1.
import type { Mention, Span } from '../model.ts';
import type { TriggerCandidate } from './triggers/index.ts';

/** Words allowed between the group and its verb: "has", "recently", "reportedly". */
const SUBJECT_GAP = 30;
/** How far the object may run after the verb: "its first issue of the Voice of Khurasan". */
const OBJECT_WINDOW = 80;
const RELEASE_VERBS = /^\s*(?:(?:has|have|had|recently|reportedly|also|now|just)\s+){0,2}(released|publish(?:ed|es)|issued|launched|put out|posted|disseminated|circulated|distributed|unveiled)\b/i;
const PUBLICATION_NOUNS = /\b(?:issue|edition|video|magazine|statement|message|audio|recording|footage|newsletter|booklet|pamphlet|leaflets?|nasheed|speech|communiqu[eé]|infographic|channel|publication|propaganda|bulletin)s?\b/i;
/** Score of the frame: as sure as a curated trigger, since subject and object are both checked. */
const FRAME_SCORE = 0.8;

export function publicationCandidates(text: string, sentence: Span, mentions: Mention[]): TriggerCandidate[] {
  const out: TriggerCandidate[] = [];
  for (const g of mentions) {
    if (g.type !== 'ARMED_GROUP' || g.start < sentence.start || g.end > sentence.end) continue;
    const rest = text.slice(g.end, Math.min(sentence.end, g.end + SUBJECT_GAP + 20));
    const verb = rest.match(RELEASE_VERBS);
    if (!verb || verb.index === undefined) continue;
    const vStart = g.end + verb[0].length - verb[1].length;
    const vEnd = g.end + verb[0].length;
    const objEnd = Math.min(sentence.end, vEnd + OBJECT_WINDOW);
    const noun = text.slice(vEnd, objEnd).split(/[,;]/)[0].match(PUBLICATION_NOUNS);
    const outlet = mentions.find((m) => m.start >= vEnd && m.start < objEnd && (m.type === 'MEDIA' || m.type === 'ORG'));
    if (!noun && !outlet) continue;
    out.push({ type: 'propaganda_publication', start: vStart, end: vEnd, rule: 'frame:group-releases-publication', score: FRAME_SCORE, tags: [] });
  }
  return out;
}
