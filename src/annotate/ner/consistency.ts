// One name, one reading per document (the "one sense per discourse" of names): a news story
// names its actors many times, and the tagger, reading each mention in its own sentence, sometimes
// types a repeat differently ("Scientology" ORG in the lead, LOC in a later clause). Each distinct
// name takes the type its mentions' summed confidences clearly favour (MIN_WIN_RATIO); a person's
// full name lends its confidence to the mentions of the surname alone. (Adding unread repeats of
// found names was tried: it cost UNER EWT and GUM news more than it gained elsewhere, so only
// types change here, never spans. Persons' names alone are repeated, with guards, in
// name-parts.ts.)
import type { NerSpan } from './tagger.ts';

type Label = NerSpan['label'];

/** The winning type must hold this many times the summed confidence of a mention's own type to retype it. */
const MIN_WIN_RATIO = 2;

/**
 * The document's tagger spans, made consistent: every span of a name gets its name's winning
 * type, where a person's full name elsewhere in the text votes for its surname's mentions.
 */
export function harmoniseNames(text: string, spans: NerSpan[]): NerSpan[] {
  const votes = new Map<string, Map<Label, number>>();
  // Each span's name, cut once for the three reads below.
  const names = spans.map((s) => text.slice(s.start, s.end));
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k], name = names[k];
    let v = votes.get(name);
    if (!v) votes.set(name, (v = new Map()));
    v.set(s.label, (v.get(s.label) ?? 0) + s.score);
  }
  // A person named in full votes for their surname's mentions too: "Putin" after "Vladimir Putin".
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.label !== 'PER') continue;
    const words = names[k].split(/\s+/);
    const v = words.length > 1 ? votes.get(words[words.length - 1]) : undefined;
    if (v) v.set('PER', (v.get('PER') ?? 0) + s.score);
  }
  const winner = (name: string): Label => {
    let best: Label = 'MISC', top = -1;
    for (const [label, w] of votes.get(name)!) if (w > top) (top = w), (best = label);
    return best;
  };
  return spans.map((s, k) => {
    const name = names[k];
    const best = winner(name);
    const v = votes.get(name)!;
    // A close vote keeps each mention's own reading: "Cicero" the town and "Cicero police" split
    // 0.44 / 0.49, and the town must not become an organisation on so thin a margin.
    return best !== s.label && v.get(best)! >= MIN_WIN_RATIO * (v.get(s.label) ?? 0) ? { ...s, label: best } : { ...s };
  });
}
