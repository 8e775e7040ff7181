// Event-type quality of the trigger layer (src/events/triggers) on two dev sets:
// - events/plover-types: PLOVER gold sentences. Our top candidate's PLOVER category (TYPES[].plover)
//   against the gold category, over the records whose category our taxonomy maps to at all. Old
//   draft categories in the gold file are read as the 2021 manual does (FIGHT→ASSAULT,
//   DISAPPROVE/INVESTIGATE→ACCUSE, DEMAND→REQUEST).
// - events/wikievents-types: trigger detection on WikiEvents dev for the KAIROS types we can map:
//   Conflict.Attack.* → political violence (battles, explosions, violence against civilians),
//   DetonateExplode also at the explosions level; Justice.ArrestJailDetain → arrest;
//   Conflict.Demonstrate → protests/riots; Contact.ThreatenCoerce → statement_threat. Life.Die and
//   Life.Injure are fatalities to us, not event types: not scored. WikiEvents does not annotate
//   every event our types cover, so precision here is a floor.
import fs from 'node:fs';
import path from 'node:path';
import type { EvalRow, EvalSuite } from './suite.ts';
import { goldCoarse, locateTokens, predCoarse, type Coarse, type WikiDoc } from './wikievents-gold.ts';
import { splitSentences } from '../annotate/sentences.ts';
import { findTriggers, type TriggerCandidate } from '../events/triggers/index.ts';
import { EVENT_TYPES, TYPES, type EventType, type PloverCategory } from '../events/taxonomy.ts';
import { refineCandidates } from '../events/filters.ts';
import { eventness, judgedByModel } from '../events/event-filter.ts';

function candidatesFor(text: string): TriggerCandidate[] {
  return splitSentences(text).flatMap((s) => findTriggers(text, s));
}

/** What the assembler builds events from: the trigger layer's candidates after the rule refiners and the event filter. */
function keptCandidatesFor(text: string): TriggerCandidate[] {
  return splitSentences(text).flatMap((s) => {
    const cands = refineCandidates(text, s, findTriggers(text, s));
    const margins = eventness(text, s, cands);
    return cands.filter((c, k) => !judgedByModel(text, s, c) || margins[k] >= 0);
  });
}

function top(cands: TriggerCandidate[]): TriggerCandidate | null {
  let best: TriggerCandidate | null = null;
  for (const c of cands) if (!best || c.score > best.score) best = c;
  return best;
}

/** Categories of older PLOVER drafts, as the 2021 manual files them. */
const PLOVER_2021: Record<string, string> = { FIGHT: 'ASSAULT', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', DEMAND: 'REQUEST' };

interface PloverRecord {
  text?: string;
  event?: string;
}

export function macroF1(pairs: { gold: string; pred: string }[], classes: string[]): number {
  const f1s = classes.map((c) => {
    const tp = pairs.filter((p) => p.gold === c && p.pred === c).length;
    const fp = pairs.filter((p) => p.gold !== c && p.pred === c).length;
    const fn = pairs.filter((p) => p.gold === c && p.pred !== c).length;
    return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  });
  return f1s.reduce((a, b) => a + b, 0) / Math.max(1, f1s.length);
}

export const ploverTypesSuite: EvalSuite = {
  name: 'events/plover-types',
  data: ['plover'],
  async run(shared) {
    const records = JSON.parse(fs.readFileSync(path.join(shared, 'data/plover/PLOVER_GSR_CAMEO.json'), 'utf8')) as PloverRecord[];
    const covered = new Set<string>(EVENT_TYPES.map((t) => TYPES[t].plover.category).filter((c): c is PloverCategory => c !== null));
    const pairs: { gold: string; pred: string; any: boolean }[] = [];
    let coded = 0;
    for (const r of records) {
      if (!r.text || !r.event) continue;
      coded++;
      const gold = PLOVER_2021[r.event] ?? r.event;
      if (!covered.has(gold)) continue;
      const cands = candidatesFor(r.text);
      const best = top(cands);
      pairs.push({
        gold,
        pred: best ? TYPES[best.type].plover.category ?? 'NONE' : 'NONE',
        any: cands.some((c) => TYPES[c.type].plover.category === gold),
      });
    }
    const n = pairs.length;
    const classes = [...new Set(pairs.map((p) => p.gold))].sort();
    const note = `${n} of ${coded} records mappable (${classes.join(' ')})`;
    return [
      { suite: this.name, metric: 'accuracy', value: pairs.filter((p) => p.gold === p.pred).length / n, n, note: 'top candidate; ' + note },
      { suite: this.name, metric: 'macro-f1', value: macroF1(pairs, classes), n, note: `over ${classes.length} gold categories` },
      { suite: this.name, metric: 'any-candidate', value: pairs.filter((p) => p.any).length / n, n, note: 'gold category among any candidate' },
      { suite: this.name, metric: 'coverage', value: pairs.filter((p) => p.pred !== 'NONE').length / n, n, note: 'records with a candidate' },
    ];
  },
};





interface GoldTrigger { start: number; end: number; kairos: string }



const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export const wikieventsTypesSuite: EvalSuite = {
  name: 'events/wikievents-types',
  data: ['wikievents'],
  async run(shared) {
    const lines = fs.readFileSync(path.join(shared, 'data/wikievents/dev.jsonl'), 'utf8').split('\n').filter(Boolean);
    let goldN = 0, goldHit = 0, predN = 0, predHit = 0, predOnDeath = 0;
    let explGold = 0, explHit = 0, explPred = 0, explPredHit = 0;
    let keptN = 0, keptHit = 0, keptGoldHit = 0;
    const byClass = new Map<Coarse, { n: number; hit: number }>();
    for (const line of lines) {
      const doc = JSON.parse(line) as WikiDoc;
      const toks = locateTokens(doc.text, doc.sentences.flatMap(([t]) => t.map(([w]) => w)));
      const gold: GoldTrigger[] = doc.event_mentions.map((m) => ({
        start: toks[m.trigger.start].start, end: toks[m.trigger.end - 1].end, kairos: m.event_type,
      }));
      const cands = candidatesFor(doc.text);
      const kept = keptCandidatesFor(doc.text);
      for (const g of gold) {
        const cls0 = goldCoarse(g.kairos);
        if (cls0 && kept.some((c) => predCoarse(c.type) === cls0 && overlaps(c, g))) keptGoldHit++;
      }
      for (const c of kept) {
        const cls = predCoarse(c.type);
        if (!cls) continue;
        keptN++;
        if (gold.some((g) => goldCoarse(g.kairos) === cls && overlaps(c, g))) keptHit++;
      }
      for (const g of gold) {
        const cls = goldCoarse(g.kairos);
        if (!cls) continue;
        const hit = cands.some((c) => predCoarse(c.type) === cls && overlaps(c, g));
        goldN++;
        if (hit) goldHit++;
        const b = byClass.get(cls) ?? { n: 0, hit: 0 };
        b.n++;
        if (hit) b.hit++;
        byClass.set(cls, b);
        if (g.kairos.startsWith('Conflict.Attack.DetonateExplode')) {
          explGold++;
          if (cands.some((c) => TYPES[c.type].group === 'explosions_remote_violence' && overlaps(c, g))) explHit++;
        }
      }
      for (const c of cands) {
        const cls = predCoarse(c.type);
        if (!cls) continue;
        predN++;
        const hit = gold.some((g) => goldCoarse(g.kairos) === cls && overlaps(c, g));
        if (hit) predHit++;
        else if (gold.some((g) => /^Life\.(Die|Injure)/.test(g.kairos) && overlaps(c, g))) predOnDeath++;
        if (TYPES[c.type].group === 'explosions_remote_violence') {
          explPred++;
          if (gold.some((g) => g.kairos.startsWith('Conflict.Attack.DetonateExplode') && overlaps(c, g))) explPredHit++;
        }
      }
    }
    const r = goldHit / goldN;
    const p = predHit / predN;
    const judged = predN - predOnDeath;
    const rows: EvalRow[] = [
      { suite: this.name, metric: 'trigger-recall', value: r, n: goldN, note: 'mapped gold triggers found by an overlapping candidate of the same coarse type' },
      { suite: this.name, metric: 'trigger-precision', value: p, n: predN, note: 'unannotated events count as wrong: a floor' },
      { suite: this.name, metric: 'trigger-f1', value: (2 * p * r) / (p + r || 1), n: goldN },
      { suite: this.name, metric: 'precision-excl-die-injure', value: predHit / judged, n: judged, note: `${predOnDeath} candidates on Life.Die/Injure triggers left out` },
      { suite: this.name, metric: 'explosion-recall', value: explHit / explGold, n: explGold, note: 'DetonateExplode found as an Explosions/Remote violence type' },
      { suite: this.name, metric: 'explosion-precision', value: explPredHit / (explPred || 1), n: explPred },
    ];
    const kp = keptHit / (keptN || 1);
    const kr = keptGoldHit / goldN;
    rows.push(
      { suite: this.name, metric: 'kept-precision', value: kp, n: keptN, note: 'candidates after the rule refiners and the event filter (what events are built from); a floor' },
      { suite: this.name, metric: 'kept-recall', value: kr, n: goldN },
      { suite: this.name, metric: 'kept-f1', value: (2 * kp * kr) / (kp + kr || 1), n: goldN },
    );
    for (const [cls, b] of [...byClass].sort()) rows.push({ suite: this.name, metric: `${cls}-recall`, value: b.hit / b.n, n: b.n });
    return rows;
  },
};
