// Readers for the open NER corpora in ../shared/data, converted to our BIO2 tag set.
// Each corpus says which of our types it never annotates, so training does not punish the model
// for finding (say) a NORP in a corpus that has no NORP labels.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { TAG_O, parseTag, typeIndex } from './labels.ts';
import { spansToTags, stripTitles, tagsToSpans, type TaggedSentence, type TokenEntity } from './spans.ts';

export interface Corpus {
  name: string;
  sentences: TaggedSentence[];
  /** Type indices this corpus leaves unannotated. */
  unannotated: number[];
  /** Index of each document's first sentence; absent when the corpus has no document ids. */
  docStarts?: number[];
}

/** Sentences per pseudo-document for corpora without document ids (GMB's stories run ~5). */
export const DOC_WINDOW = 5;

/** A corpus as documents: its own, or windows of DOC_WINDOW consecutive sentences. */
export function documentsOf<S>(sentences: S[], docStarts?: number[]): S[][] {
  const starts = docStarts ?? sentences.map((_, i) => i).filter((i) => i % DOC_WINDOW === 0);
  return starts.map((st, k) => sentences.slice(st, starts[k + 1] ?? sentences.length)).filter((d) => d.length);
}

/** Document starts from one document key per sentence (a new key opens a document). */
export function startsFromKeys(keys: string[]): number[] {
  return keys.flatMap((k, i) => (i === 0 || keys[i - 1] !== k ? [i] : []));
}

const PER = typeIndex('PER'), ORG = typeIndex('ORG'), LOC = typeIndex('LOC');
const NORP = typeIndex('NORP'), MISC = typeIndex('MISC');

/** Blank-line separated CoNLL blocks; each line split on whitespace. */
function conllBlocks(text: string, skip: (line: string) => boolean = () => false): string[][][] {
  const out: string[][][] = [];
  let cur: string[][] = [];
  for (const line of text.split('\n')) {
    const t = line.trimEnd();
    if (!t) {
      if (cur.length) out.push(cur);
      cur = [];
      continue;
    }
    if (skip(t)) continue;
    cur.push(t.split(/\s+/));
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Re-tags a sentence's spans with a type mapping, dropping spans mapped to -1. */
function retype(tokens: string[], spans: TokenEntity[], map: (s: TokenEntity) => number): TaggedSentence {
  const kept: TokenEntity[] = [];
  for (const s of spans) {
    const type = map(s);
    if (type < 0) continue;
    kept.push(type === PER ? stripTitles(tokens, { ...s, type }) : { ...s, type });
  }
  return { tokens, tags: spansToTags(tokens.length, kept) };
}

const spanText = (tokens: string[], s: TokenEntity) => tokens.slice(s.start, s.end).join(' ');

/**
 * GMB (VOA news). gpe is mostly demonyms ("Iraqi") but sometimes a country ("Nepal"): a gpe span
 * whose text GMB tags as geo at least GEO_SHARE_FOR_LOC as often as gpe becomes LOC, else NORP.
 */
const GEO_SHARE_FOR_LOC = 0.5;
const GMB_TYPES: Record<string, number> = { per: PER, org: ORG, geo: LOC, gpe: NORP, art: MISC, eve: MISC, nat: MISC, tim: -1 };

export function readGmb(shared: string): Corpus {
  const text = zlib.gunzipSync(fs.readFileSync(path.join(shared, 'data/ner-gmb-kaggle/gmb_ner.conll.gz'))).toString('utf8');
  const raw = conllBlocks(text).map((b) => ({ tokens: b.map((r) => r[0]), tags: b.map((r) => r[r.length - 1]) }));
  const typeNames = ['per', 'org', 'geo', 'gpe', 'art', 'eve', 'nat', 'tim'];
  const parsed = raw.map((s) => {
    const spans: { start: number; end: number; name: string }[] = [];
    for (let i = 0; i < s.tags.length; i++) {
      const t = s.tags[i];
      if (t.startsWith('B-') || (t.startsWith('I-') && (i === 0 || s.tags[i - 1].slice(2) !== t.slice(2))))
        spans.push({ start: i, end: i + 1, name: t.slice(2) });
      else if (t.startsWith('I-') && spans.length) spans[spans.length - 1].end = i + 1;
    }
    return { tokens: s.tokens, spans: spans.filter((x) => typeNames.includes(x.name)) };
  });
  const geoCount = new Map<string, number>(), gpeCount = new Map<string, number>();
  for (const s of parsed)
    for (const sp of s.spans) {
      const m = sp.name === 'geo' ? geoCount : sp.name === 'gpe' ? gpeCount : null;
      if (!m) continue;
      const t = s.tokens.slice(sp.start, sp.end).join(' ');
      m.set(t, (m.get(t) ?? 0) + 1);
    }
  const sentences = parsed.map((s) =>
    retype(s.tokens, s.spans.map((sp) => ({ start: sp.start, end: sp.end, type: typeNames.indexOf(sp.name) })), (sp) => {
      const name = typeNames[sp.type];
      if (name !== 'gpe') return GMB_TYPES[name];
      const t = spanText(s.tokens, sp);
      return (geoCount.get(t) ?? 0) >= GEO_SHARE_FOR_LOC * (gpeCount.get(t) ?? 0) ? LOC : NORP;
    }),
  );
  return { name: 'gmb', sentences, unannotated: [] };
}

/** Wikigold: CoNLL-2003 types in IOB1, converted to BIO2. */
export function readWikigold(shared: string): Corpus {
  const text = fs.readFileSync(path.join(shared, 'data/ner-wikigold/wikigold.conll.txt'), 'utf8');
  const docs = text.split(/^-DOCSTART-.*$/m).map((d) => conllBlocks(d)).filter((d) => d.length);
  const docStarts: number[] = [];
  let at = 0;
  for (const d of docs) docStarts.push(at), (at += d.length);
  const sentences = docs.flat().map((b) => {
    const tokens = b.map((r) => r[0]);
    const tags = b.map((r, i) => {
      const tag = r[r.length - 1];
      if (tag === 'O') return TAG_O;
      const type = tag.slice(2);
      const prevType = i > 0 ? b[i - 1][b[i - 1].length - 1].slice(2) : '';
      const begins = tag.startsWith('B-') || prevType !== type;
      return parseTag((begins ? 'B-' : 'I-') + type);
    });
    return { tokens, tags };
  });
  return { name: 'wikigold', sentences, unannotated: [NORP], docStarts };
}

/** Universal NER (EWT, PUD): PER/ORG/LOC only, demonyms untagged. */
export function readUner(shared: string, file: string): Corpus {
  const text = fs.readFileSync(path.join(shared, 'data/ner-uner-en', file), 'utf8');
  const blocks = conllBlocks(text, (l) => l.startsWith('#'));
  const sentences = blocks.map((b) => {
    const tokens = b.map((r) => r[1]);
    const spans = tagsToSpans(b.map((r) => parseTag(r[2])));
    return retype(tokens, spans, (s) => s.type);
  });
  // "# sent_id = n01002-0003": the document is the id before the sentence number.
  const docKeys = [...text.matchAll(/^# sent_id = (.*)-\d+\s*$/gm)].map((m) => m[1]);
  const docStarts = docKeys.length === sentences.length ? startsFromKeys(docKeys) : undefined;
  return { name: file.replace(/\.iob2$/, ''), sentences, unannotated: [NORP, MISC], docStarts };
}

const CROSSNER_TYPES: Record<string, number> = {
  politician: PER, person: PER, politicalparty: ORG, organisation: ORG, country: LOC, location: LOC,
  election: MISC, event: MISC, misc: MISC,
};

/** CrossNER politics (Wikipedia): fine types collapsed to ours. */
export function readCrossner(shared: string, split: 'train' | 'dev' | 'test'): Corpus {
  const text = fs.readFileSync(path.join(shared, `data/ner-crossner-politics/${split}.txt`), 'utf8');
  const names = Object.keys(CROSSNER_TYPES);
  const sentences = conllBlocks(text).map((b) => {
    const tokens = b.map((r) => r[0]);
    const spans: TokenEntity[] = [];
    for (let i = 0; i < b.length; i++) {
      const tag = b[i][b[i].length - 1];
      const k = names.indexOf(tag.slice(2));
      if (k < 0) continue;
      const last = spans[spans.length - 1];
      if (tag.startsWith('I-') && last && last.end === i && last.type === k) last.end = i + 1;
      else spans.push({ start: i, end: i + 1, type: k });
    }
    return retype(tokens, spans, (s) => CROSSNER_TYPES[names[s.type]]);
  });
  // Sentences sampled from unrelated articles: each is its own document.
  return { name: `crossner-${split}`, sentences, unannotated: [NORP], docStarts: sentences.map((_, i) => i) };
}

interface DocredDoc {
  sents: string[][];
  vertexSet: { pos: [number, number]; sent_id: number; type: string }[][];
}

/**
 * Re-DocRED (Wikipedia). It tags nationality adjectives as LOC; a one-token LOC mention found in
 * the demonym list (from GMB's training part) becomes NORP, as GMB would have it.
 */
export function readRedocred(shared: string, file: string, demonyms: Set<string>): Corpus {
  const docs = JSON.parse(fs.readFileSync(path.join(shared, 'data/ner-redocred', file), 'utf8')) as DocredDoc[];
  const sentences: TaggedSentence[] = [];
  const docStarts: number[] = [];
  for (const doc of docs) {
    docStarts.push(sentences.length);
    const perSent: TokenEntity[][] = doc.sents.map(() => []);
    for (const v of doc.vertexSet)
      for (const m of v) {
        const type = typeIndex(m.type);
        if (type >= 0) perSent[m.sent_id]?.push({ start: m.pos[0], end: m.pos[1], type });
      }
    doc.sents.forEach((tokens, si) => {
      // Longest first, then drop overlaps.
      const spans = perSent[si].sort((a, b) => b.end - b.start - (a.end - a.start));
      const used = new Uint8Array(tokens.length);
      const kept = spans.filter((s) => {
        for (let i = s.start; i < s.end; i++) if (used[i]) return false;
        used.fill(1, s.start, s.end);
        return true;
      });
      sentences.push(
        retype(tokens, kept, (s) =>
          s.type === LOC && s.end - s.start === 1 && demonyms.has(tokens[s.start]) ? NORP : s.type,
        ),
      );
    });
  }
  return { name: `redocred-${file.replace(/_revised\.json$/, '')}`, sentences, unannotated: [], docStarts };
}

/** Single-token NORP spans seen in the given sentences: the demonym list. */
export function demonymsFrom(sentences: TaggedSentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences)
    for (const sp of tagsToSpans(s.tags))
      if (sp.type === NORP && sp.end - sp.start === 1) out.add(s.tokens[sp.start]);
  return out;
}
