// One name, one reading per document (the "one sense per discourse" of names): a news story
// names its actors many times, and the tagger, reading each mention in its own sentence, sometimes
// types a repeat differently ("Scientology" ORG in the lead, LOC in a later clause). Each distinct
// name takes the type its mentions' summed confidences favour, and a bare surname takes its
// person's type. (Adding unread repeats of found names was tried: it cost UNER EWT and GUM news
// more than it gained elsewhere, so only types change here, never spans.)
import type { NerSpan } from './tagger.ts';

type Label = NerSpan['label'];

/**
 * The document's tagger spans, made consistent: every span of a name gets its name's winning
 * type; a one-word name that closes a person's full name elsewhere in the text is that person.
 */
export function harmoniseNames(text: string, spans: NerSpan[]): NerSpan[] {
  const votes = new Map<string, Map<Label, number>>();
  for (const s of spans) {
    const name = text.slice(s.start, s.end);
    let v = votes.get(name);
    if (!v) votes.set(name, (v = new Map()));
    v.set(s.label, (v.get(s.label) ?? 0) + s.score);
  }
  // Surnames (and single given names) of persons named in full: "Putin" after "Vladimir Putin".
  const personParts = new Set<string>();
  for (const s of spans) {
    if (s.label !== 'PER') continue;
    const words = text.slice(s.start, s.end).split(/\s+/);
    if (words.length > 1) personParts.add(words[words.length - 1]);
  }
  const winner = (name: string): Label => {
    if (personParts.has(name)) return 'PER';
    let best: Label = 'MISC', top = -1;
    for (const [label, w] of votes.get(name)!) if (w > top) (top = w), (best = label);
    return best;
  };
  return spans.map((s) => ({ ...s, label: winner(text.slice(s.start, s.end)) }));
}
