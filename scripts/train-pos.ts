// Trains the part-of-speech tagger (src/annotate/tokens/pos-tagger.ts): a greedy averaged
// perceptron over pos-features.ts, on GMB (1 M tokens of VOA news, Penn tags mapped to Universal
// POS) and the GUM interviews (gold Universal POS). The GUM news documents are held out for the
// `pos/gum-news` eval and never read here. Deterministic: a seeded shuffle, so the same data
// gives the same weights byte for byte.
//
//   node --import tsx scripts/train-pos.ts [--out models/pos/weights.txt.gz]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { readGmbPos, readGumPos, UPOS, type PosSentence } from '../src/annotate/tokens/pos-corpora.ts';
import {
  AFTER, BEFORE, OWN, ROLES, START_TAG, TAG_COUNT, capitalFeature, historyFeatures, previousTagWordFeature, roleFeatures,
  AS_NEXT, AS_NEXT2, AS_PREV, AS_PREV2,
} from '../src/annotate/tokens/pos-features.ts';
import { POS_MODEL_FILE, formatWeights } from '../src/annotate/tokens/pos-tagger.ts';
import { mulberry32 } from '../src/seeded-random.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.SITREP_SHARED ?? path.resolve(ROOT, '../shared');
/** Passes over the data: held-out accuracy stops rising after about five. */
const EPOCHS = 5;
const SEED = 20261122;
/** The gold GUM interviews are few beside GMB: seen this often per pass, their UD conventions weigh in. */
const GUM_REPEATS = 3;
/** Features seen fewer times in one pass are dropped from the file: they are one word's noise. */
const MIN_FEATURE_COUNT = 2;
/** Averaged weights are written as integers of this many parts per unit (exact sums when tagging). */
const WEIGHT_SCALE = 100;

const NT = TAG_COUNT;
const HISTORY = START_TAG + 1;
const out = process.argv.includes('--out') ? path.resolve(process.argv[process.argv.indexOf('--out') + 1]) : POS_MODEL_FILE;

const gmb = readGmbPos(SHARED);
const gum = readGumPos(SHARED, 'GUM_interview_');
const data: PosSentence[] = [...gmb];
for (let r = 0; r < GUM_REPEATS; r++) data.push(...gum);
console.log(`${gmb.length} GMB + ${gum.length}×${GUM_REPEATS} GUM interview sentences, ${data.reduce((n, s) => n + s.words.length, 0)} tokens`);

const ids = new Map<string, number>();
const names: string[] = [];
const intern = (f: string) => {
  let id = ids.get(f);
  if (id === undefined) { id = names.length; ids.set(f, id); names.push(f); }
  return id;
};
const wordFeatures = new Map<string, number[][]>();
const roles = (word: string) => {
  let r = wordFeatures.get(word);
  if (!r) {
    r = [];
    for (let role = 0; role < ROLES; role++) r.push(roleFeatures(word, role).map(intern));
    wordFeatures.set(word, r);
  }
  return r;
};
const history: number[][] = [];
for (let p2 = 0; p2 < HISTORY; p2++) for (let p = 0; p < HISTORY; p++) history.push(historyFeatures(p2, p).map(intern));
const capitals = new Map<string, number>();
for (const w of ['a', 'A']) for (const first of [false, true]) capitals.set(capitalFeature(w, first), intern(capitalFeature(w, first)));
for (const s of data) for (const w of s.words) roles(w);
roles(BEFORE);
roles(AFTER);

/** Feature rows grow as previous-tag-and-word features are first seen during training. */
let weights = new Float64Array(names.length * 2 * NT), totals = new Float64Array(weights.length), stamps = new Float64Array(weights.length);
let counts = new Uint32Array(names.length * 2);
const grow = () => {
  const size = names.length * 2;
  const more = (a: Float64Array) => { const b = new Float64Array(size * NT); b.set(a); return b; };
  weights = more(weights); totals = more(totals); stamps = more(stamps);
  const c = new Uint32Array(size); c.set(counts); counts = c;
};
let now = 0;
const tagIndex = new Map(UPOS.map((t, i) => [t, i]));

function features(words: string[], i: number, p2: number, p: number, buf: number[]): void {
  buf.length = 0;
  const at = (k: number) => (k < 0 ? BEFORE : k >= words.length ? AFTER : words[k]);
  buf.push(...roles(words[i])[OWN], ...roles(at(i - 1))[AS_PREV], ...roles(at(i - 2))[AS_PREV2],
    ...roles(at(i + 1))[AS_NEXT], ...roles(at(i + 2))[AS_NEXT2], ...history[p2 * HISTORY + p],
    capitals.get(capitalFeature(words[i], i === 0))!, intern(previousTagWordFeature(p, words[i])));
}

const update = (f: number, t: number, v: number) => {
  const k = f * NT + t;
  totals[k] += (now - stamps[k]) * weights[k];
  stamps[k] = now;
  weights[k] += v;
};

const random = mulberry32(SEED);
const order = data.map((_, i) => i);
const buf: number[] = [];
const scores = new Float64Array(NT);
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  let right = 0, all = 0;
  for (const si of order) {
    const { words, tags } = data[si];
    let p2 = START_TAG, p = START_TAG;
    for (let i = 0; i < words.length; i++) {
      features(words, i, p2, p, buf);
      if (names.length > counts.length) grow();
      scores.fill(0);
      for (const f of buf) {
        if (epoch === 0) counts[f]++;
        for (let t = 0; t < NT; t++) scores[t] += weights[f * NT + t];
      }
      let guess = 0;
      for (let t = 1; t < NT; t++) if (scores[t] > scores[guess]) guess = t;
      const gold = tagIndex.get(tags[i]) ?? tagIndex.get('X')!;
      now++;
      if (guess !== gold) for (const f of buf) { update(f, gold, 1); update(f, guess, -1); }
      else right++;
      all++;
      p2 = p;
      p = guess;
    }
  }
  console.log(`epoch ${epoch + 1}: training accuracy ${(right / all).toFixed(4)}`);
}

const rows: [string, Int32Array][] = [];
for (let f = 0; f < names.length; f++) {
  if (counts[f] < MIN_FEATURE_COUNT) continue;
  const row = new Int32Array(NT);
  for (let t = 0; t < NT; t++) {
    const k = f * NT + t;
    row[t] = Math.round(((totals[k] + (now - stamps[k]) * weights[k]) / now) * WEIGHT_SCALE);
  }
  rows.push([names[f], row]);
}
rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
fs.mkdirSync(path.dirname(out), { recursive: true });
const text = formatWeights(rows);
const gz = zlib.gzipSync(text, { level: 9 });
fs.writeFileSync(out, gz);
// Features whose averaged weights all round to zero are left out of the file.
const written = text.split('\n').length - 1;
console.log(`${written} of ${rows.length} kept features written to ${path.relative(ROOT, out)} (${(gz.length / 1024).toFixed(0)} KB gz)`);
