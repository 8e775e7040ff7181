// Clustering scores: B-cubed precision/recall/F1 (Bagga & Baldwin 1998, the standard for news
// story clustering) and pairwise F1, over items that carry a gold and a predicted cluster label.

export interface ClusterScores {
  b3Precision: number;
  b3Recall: number;
  b3F1: number;
  pairF1: number;
}

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

export function clusterScores(gold: string[], predicted: string[]): ClusterScores {
  if (gold.length !== predicted.length) throw new Error('clusterScores: gold and predicted differ in length');
  const n = gold.length;
  const both = new Map<string, number>(), g = new Map<string, number>(), p = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    both.set(gold[i] + '\u0000' + predicted[i], (both.get(gold[i] + '\u0000' + predicted[i]) ?? 0) + 1);
    g.set(gold[i], (g.get(gold[i]) ?? 0) + 1);
    p.set(predicted[i], (p.get(predicted[i]) ?? 0) + 1);
  }
  let precision = 0, recall = 0;
  for (let i = 0; i < n; i++) {
    const shared = both.get(gold[i] + '\u0000' + predicted[i])!;
    precision += shared / p.get(predicted[i])!;
    recall += shared / g.get(gold[i])!;
  }
  const pairs = (m: Map<string, number>) => [...m.values()].reduce((s, k) => s + (k * (k - 1)) / 2, 0);
  const tp = pairs(both), predPairs = pairs(p), goldPairs = pairs(g);
  const pairF1 = f1(predPairs ? tp / predPairs : 1, goldPairs ? tp / goldPairs : 1);
  return { b3Precision: n ? precision / n : 1, b3Recall: n ? recall / n : 1, b3F1: f1(precision / (n || 1), recall / (n || 1)), pairF1 };
}
