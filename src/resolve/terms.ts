// Words for story similarity: lower-cased tokens without function words, lightly stemmed so that
// "strike", "strikes" and "striking" count as one term. Entities, places and event types join the
// same vocabulary as prefixed keys ("e:cty:RU", "p:TJ/Khatlon", "y:attack") so that one document
// frequency table weights them all: a key every article has (the United States) counts little.

/** Function words and newsroom filler: they say nothing about which story an article belongs to. */
const STOPWORDS = new Set(
  ('a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers him his how i if in ' +
    'into is it its itself just me more most my no nor not now of off on once only or other our out over own same she should so ' +
    'some such than that the their them then there these they this those through to too under until up very was we were what when ' +
    'where which while who whom why will with would you your said says say told according new one two three first last year years ' +
    'week day days time people also like get got may might must us mr ms mrs news reported report reports yesterday today monday ' +
    'tuesday wednesday thursday friday saturday sunday percent per cent according via image photo video read share click')
    .split(' '),
);

/** Tokens shorter than this are initials and numbering, not topic words. */
const MIN_TERM_LENGTH = 3;

/** "#" and at least two digits: single digits ("3 people", "1 p.m.") are everywhere. */
const MIN_NUMBER_LENGTH = 3;

/** A light suffix stripper (a subset of Porter step 1): enough to join inflections, cheap per token. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 6) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('es') && /(sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

/**
 * Term counts of a text: words (stop words dropped, stemmed) and numbers. Numbers tell incidents
 * of one kind apart: a toll of 141, a magnitude 7.3, a year, a 52-3 record ("#141", "#7.3", "#2008").
 */
export function termCounts(text: string, weight = 1, into: Map<string, number> = new Map()): Map<string, number> {
  for (const m of text.toLowerCase().matchAll(/[\p{L}][\p{L}'’-]*|\d+(?:[.,]\d+)*/gu)) {
    if (/^\d/.test(m[0])) {
      const n = '#' + m[0].replace(/,(?=\d{3})/g, '');
      if (n.length >= MIN_NUMBER_LENGTH) into.set(n, (into.get(n) ?? 0) + weight);
      continue;
    }
    const w = m[0].replace(/['’]s$/, '').replace(/['’]/g, '');
    if (w.length < MIN_TERM_LENGTH || STOPWORDS.has(w)) continue;
    const t = stem(w);
    into.set(t, (into.get(t) ?? 0) + weight);
  }
  return into;
}

/** Sublinear term frequency (1 + ln tf), as in SMART ltc weighting: the 10th "Russia" adds little. */
export function sublinear(counts: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [t, n] of counts) out.set(t, 1 + Math.log(n));
  return out;
}

/** Inverse document frequency, smoothed so that a term never seen yet weighs like a rare one. */
export function idf(df: number, docs: number): number {
  return Math.log((docs + 1) / (df + 1)) + 1;
}

/** Cosine of two sparse vectors after weighting each dimension by `w` (idf, applied to both sides). */
export function weightedCosine(a: Map<string, number>, b: Map<string, number>, w: (t: string) => number): number {
  let dot = 0, na = 0, nb = 0;
  for (const [t, x] of a) {
    const wt = w(t);
    na += (x * wt) ** 2;
    const y = b.get(t);
    if (y !== undefined) dot += x * y * wt * wt;
  }
  for (const [t, y] of b) nb += (y * w(t)) ** 2;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
