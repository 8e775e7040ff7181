// God and the devil are no actors: "God willing", "Allahu akbar" and "the stoning of Satan" fill
// conflict reporting (statements, prayers, pilgrimages), and the tagger, seeing a capitalised word
// after "of" or "to", reads them as places, and the person cues ("God, who...") as people. A
// deity is none of the actors the entities name, so every such reading is dropped, last of the
// passes. The founders of faiths were people: a place or body reading of one ("images of the
// Buddha") is a person, read early so that the lone-name pass repeats it.
import type { Mention } from '../../model.ts';

/** Names of God and of the devil, in English and as news transliterates them. */
const DEITIES = new Set('God|Allah|Yahweh|Jehovah|Satan|Lucifer|the Devil'.split('|'));
/** Founders and prophets of faiths, who were people, as they are named alone. */
const FOUNDERS = new Set('Buddha|Jesus|Jesus Christ|Muhammad|Mohammed|Moses|Confucius|Zoroaster'.split('|'));
/** Readings a founder may have been given wrongly. */
const PLACE_OR_BODY = new Set(['LOC', 'GPE', 'FAC', 'ORG']);

/** The mentions, without readings of deities; knowledge-base matches stay. */
export function dropDeities(text: string, mentions: Mention[]): Mention[] {
  const kept = mentions.filter((m) => m.kbId || !DEITIES.has(text.slice(m.start, m.end)));
  return kept.length === mentions.length ? mentions : kept;
}

/** The mentions, with place or body readings of founders of faiths read as persons; knowledge-base matches stay. */
export function markFounders(text: string, mentions: Mention[]): Mention[] {
  const retyped = (m: Mention) => !m.kbId && PLACE_OR_BODY.has(m.type) && FOUNDERS.has(text.slice(m.start, m.end));
  if (!mentions.some(retyped)) return mentions;
  return mentions.map((m) => (retyped(m) ? { ...m, type: 'PERSON' as const, rule: 'name:founder' } : m));
}
