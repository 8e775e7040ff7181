// Evidence: the exact words a field came from. Every span is checked against the stored text, so
// a field can never cite words that are not there.
import type { Event, Evidence, Span } from '../model.ts';

export function evidenceFor(articleId: string, text: string, span: Span): Evidence {
  return { articleId, start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

/** The evidence entries whose text differs from the article text at their offsets (should be none). */
export function brokenEvidence(event: Event, textOf: (articleId: string) => string | undefined): Evidence[] {
  const bad: Evidence[] = [];
  const all = [...Object.values(event.evidence).flat(), ...event.claims.flatMap((c) => c.evidence)];
  for (const e of all) {
    const text = textOf(e.articleId);
    if (text === undefined || text.slice(e.start, e.end) !== e.text || e.end <= e.start) bad.push(e);
  }
  return bad;
}

/** Fields that, when set, must cite their words. */
export function missingEvidence(e: Event): string[] {
  const missing: string[] = [];
  const need = (field: string, set: boolean) => { if (set && !e.evidence[field]?.length) missing.push(field); };
  need('type', true);
  need('location', !!e.location);
  need('date', !!e.date);
  need('fatalities', !!e.fatalities);
  need('injured', !!e.injured);
  need('tags', e.tags.length > 0);
  need('background', e.background);
  need('modality', e.modality !== 'occurred');
  e.actors.forEach((_, i) => need(`actors.${i}`, true));
  e.claims.forEach((c, i) => { if (!c.evidence.length) missing.push(`claims.${i}`); });
  return missing;
}

/** Whether every field of the event cites its words and every citation matches the text. */
export function fullyVerified(event: Event, textOf: (articleId: string) => string | undefined): boolean {
  return brokenEvidence(event, textOf).length === 0 && missingEvidence(event).length === 0;
}
