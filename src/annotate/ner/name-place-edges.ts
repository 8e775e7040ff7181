// A place's name is its capitalised words: "southern Norway", "lowland Europe" and "the
// Netherlands" name Norway, Europe and the Netherlands, the lowercase words before them only say
// which part or carry the article (newswire convention, CoNLL's too, marks "Norway"). The tagger
// and the knowledge base's aliases take those words in; they are cut off here. A place written all
// in lowercase ("in chicago") keeps its words.
// Name particles stay ("al-Anbar", "de la Plata" inside a name): they open names, not descriptions.
// A dash closing any name ("Quebec - Bridgton" read as "Quebec -") is a separator, never part of it.
import type { Mention } from '../../model.ts';

/** Readings of places, whose leading lowercase words are descriptions. */
const PLACE_TYPES = new Set(['LOC', 'GPE', 'FAC']);
/** Lowercase words that open names themselves: Arabic, Romance, Germanic and Dutch particles. */
const NAME_PARTICLES = new Set('al el ad ar as at ash an az bin ibn bint abu de del della dei di da das do dos du la le les lo van von der den ter ten y'.split(' '));
/** A lowercase word of letters alone, and the space after it. */
const LEADING_LOWER_WORD = /^(\p{Ll}+)\s+/u;
/** A dash or separator standing alone at the end of a reading, with the space before it. */
const TRAILING_SEPARATOR = /\s+[-–—:;,]$/u;
/** A capitalised letter: a name holds one. */
const CAPITAL = /\p{Lu}/u;

/** The reading with its closing separator and, for a place, its opening description cut off. */
function trimmed(text: string, m: Mention): Mention {
  let { start, end } = m;
  const closing = text.slice(start, end).match(TRAILING_SEPARATOR);
  if (closing) end -= closing[0].length;
  if (PLACE_TYPES.has(m.type)) {
    for (let lead = text.slice(start, end).match(LEADING_LOWER_WORD); lead && !NAME_PARTICLES.has(lead[1]); lead = text.slice(start, end).match(LEADING_LOWER_WORD)) {
      start += lead[0].length;
    }
    // Written all in lowercase ("in chicago"), the place is still named: only a description before a capitalised name is cut.
    if (!CAPITAL.test(text.slice(start, end))) start = m.start;
  }
  return start === m.start && end === m.end ? m : { ...m, start, end };
}

/** The mentions, each place's name cut to its capitalised words and every name's closing separator cut off. */
export function trimPlaceEdges(text: string, mentions: Mention[]): Mention[] {
  let changed = false;
  const out = mentions.map((m) => {
    const t = trimmed(text, m);
    if (t !== m) changed = true;
    return t;
  });
  return changed ? out : mentions;
}
