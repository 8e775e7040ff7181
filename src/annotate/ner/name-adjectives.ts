// A body named with its nation's adjective: "Greek Ministry of Culture", "Italian Supreme Court of
// Cassation", "Greek Orthodox Church", "Korean Central News Agency". The knowledge base matches the
// adjective as a people (NORP) and the tagger or a cue reads the rest as the organisation; the
// adjective is part of the body's name, and the whole is one organisation.
import type { Mention } from '../../model.ts';

/** Organisation types that take a nation's adjective into their name. */
const BODY_TYPES = new Set(['ORG', 'MILITARY_UNIT', 'MEDIA']);

/**
 * The mentions, with a people's adjective joined to the organisation right after it (one space
 * between, the organisation's name capitalised): the organisation's type and identity are kept.
 */
export function joinNationalAdjectives(text: string, mentions: Mention[]): Mention[] {
  let out: Mention[] | null = null;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i], b = mentions[i + 1];
    if (a.type !== 'NORP' || !BODY_TYPES.has(b.type) || b.start !== a.end + 1 || text[a.end] !== ' ') continue;
    if (!/^\p{Lu}/u.test(text.slice(b.start, b.start + 1))) continue;
    out ??= [...mentions];
    out[i] = { ...b, start: a.start, rule: 'name:national-body' };
    out[i + 1] = null as unknown as Mention;
    i++;
  }
  return out ? out.filter(Boolean) : mentions;
}
