// Event merge precision and recall on ECB+: our event mentions are matched to the gold event
// mentions (ACTION_OCCURRENCE with a cross-document instance) whose words overlap their trigger
// evidence; then, over pairs of matched mentions from different articles, a pair is gold-linked
// when both name one instance and predicted-linked when both sit in one canonical event.
// Mentions that match no gold mention are left out (ECB+ annotates only some sentences fully).
import type { CanonicalEvent, Event } from '../model.ts';
import type { LabelledInput } from './story-sets.ts';

export interface MergeScores { precision: number; recall: number; matched: number; mentions: number }

interface Matched { articleId: string; canonical: string; instance: string }

export function eventMergeScores(inputs: LabelledInput[], canonical: CanonicalEvent[]): MergeScores {
  const eventOf = new Map<string, string>();
  for (const c of canonical) for (const id of c.mentionIds) eventOf.set(id, c.id);
  const matched: Matched[] = [];
  let mentions = 0;
  const seen = new Set<string>();
  for (const x of inputs) {
    if (!x.goldActions?.length || seen.has(x.input.article.id)) continue;
    seen.add(x.input.article.id);
    for (const m of x.input.events as Event[]) {
      const canon = eventOf.get(m.id);
      if (!canon) continue;
      mentions++;
      const spans = (m.evidence.type ?? []).filter((s) => s.articleId === x.input.article.id);
      const gold = x.goldActions.find((g) => spans.some((s) => s.start < g.end && g.start < s.end));
      if (gold) matched.push({ articleId: x.input.article.id, canonical: canon, instance: gold.instance });
    }
  }
  let tp = 0, predPairs = 0, goldPairs = 0;
  for (let i = 0; i < matched.length; i++) {
    for (let j = i + 1; j < matched.length; j++) {
      const a = matched[i], b = matched[j];
      if (a.articleId === b.articleId) continue;
      const g = a.instance === b.instance, p = a.canonical === b.canonical;
      if (g) goldPairs++;
      if (p) predPairs++;
      if (g && p) tp++;
    }
  }
  return { precision: predPairs ? tp / predPairs : 1, recall: goldPairs ? tp / goldPairs : 1, matched: matched.length, mentions };
}
