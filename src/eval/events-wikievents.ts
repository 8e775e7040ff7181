// Whole-pipeline event types on WikiEvents dev (../shared/data/wikievents/dev.jsonl), at the level
// the trigger suite maps (events/wikievents-types): KAIROS Conflict.Attack → violence,
// Justice.ArrestJailDetain → arrest, Conflict.Demonstrate → protest, Contact.ThreatenCoerce →
// threat. An event is right when one of its type spans overlaps a gold trigger of its class; a gold
// trigger is found when such an event covers it. Micro and macro P/R/F1 over the four classes, and
// the share of events whose every field cites the exact stored words (must be 1).
import fs from 'node:fs';
import path from 'node:path';
import type { EvalRow, EvalSuite } from './suite.ts';
import { COARSE_CLASSES, goldCoarse, locateTokens, predCoarse, type Coarse, type WikiDoc } from './wikievents-gold.ts';
import type { Span } from '../model.ts';
import { extractArticle } from '../events/run.ts';
import { fullyVerified } from '../events/evidence.ts';
import { TYPES, type EventType } from '../events/taxonomy.ts';

const CLASSES = COARSE_CLASSES;





const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

export const eventsWikievents: EvalSuite = {
  name: 'events/wikievents',
  data: ['wikievents'],
  async run(shared) {
    const lines = fs.readFileSync(path.join(shared, 'data/wikievents/dev.jsonl'), 'utf8').split('\n').filter(Boolean);
    const tally = new Map(CLASSES.map((c) => [c, { gold: 0, goldHit: 0, pred: 0, predHit: 0 }]));
    let events = 0, verified = 0;
    for (const [i, line] of lines.entries()) {
      const wd = JSON.parse(line) as WikiDoc;
      const doc = await extractArticle(`wikievents:${i}`, wd.text);
      const text = doc.article!.text;
      const toks = locateTokens(text, wd.sentences.flatMap(([t]) => t.map(([w]) => w)));
      const gold = wd.event_mentions.map((m) => ({ span: { start: toks[m.trigger.start].start, end: toks[m.trigger.end - 1].end }, cls: goldCoarse(m.event_type) }));
      const preds = doc.events!.map((e) => ({ spans: e.evidence.type, cls: predCoarse(e.type) }));
      for (const e of doc.events!) {
        events++;
        if (fullyVerified(e, () => text)) verified++;
      }
      for (const g of gold) {
        if (!g.cls) continue;
        const t = tally.get(g.cls)!;
        t.gold++;
        if (preds.some((p) => p.cls === g.cls && p.spans.some((s) => overlaps(s, g.span)))) t.goldHit++;
      }
      for (const p of preds) {
        if (!p.cls) continue;
        const t = tally.get(p.cls)!;
        t.pred++;
        if (gold.some((g) => g.cls === p.cls && p.spans.some((s) => overlaps(s, g.span)))) t.predHit++;
      }
    }
    const sum = (k: 'gold' | 'goldHit' | 'pred' | 'predHit') => [...tally.values()].reduce((a, t) => a + t[k], 0);
    const p = sum('predHit') / (sum('pred') || 1);
    const r = sum('goldHit') / (sum('gold') || 1);
    const perClass = CLASSES.map((c) => {
      const t = tally.get(c)!;
      return { c, p: t.predHit / (t.pred || 1), r: t.goldHit / (t.gold || 1), n: t.gold };
    });
    const macro = (k: 'p' | 'r') => perClass.reduce((a, x) => a + x[k], 0) / CLASSES.length;
    const rows: EvalRow[] = [
      { suite: this.name, metric: 'type-precision-micro', value: p, n: sum('pred'), note: 'unannotated events count as wrong: a floor' },
      { suite: this.name, metric: 'type-recall-micro', value: r, n: sum('gold') },
      { suite: this.name, metric: 'type-f1-micro', value: f1(p, r), n: sum('gold') },
      { suite: this.name, metric: 'type-precision-macro', value: macro('p'), n: sum('pred') },
      { suite: this.name, metric: 'type-recall-macro', value: macro('r'), n: sum('gold') },
      { suite: this.name, metric: 'type-f1-macro', value: perClass.reduce((a, x) => a + f1(x.p, x.r), 0) / CLASSES.length, n: sum('gold'), note: CLASSES.join(' ') },
      { suite: this.name, metric: 'evidence-verified', value: events ? verified / events : 0, n: events, note: 'events whose every field cites the exact stored words' },
    ];
    for (const x of perClass) rows.push({ suite: this.name, metric: `${x.c}-f1`, value: f1(x.p, x.r), n: x.n });
    return rows;
  },
};
