// GUM Wikinews documents as a NER test set. GUM marks every mention (nominal, pronominal, named)
// with an entity type (and a Wikipedia identity when one exists). We keep person, organization
// and place mentions and take as the name the run of proper nouns that ends the
// mention ("the [Collective Security Treaty Organization]"), allowing "of"/"the"/"and" inside it
// ("Bank of England"); mentions not ending in a proper noun ("the US government") are nominal.
import fs from 'node:fs';
import path from 'node:path';
import type { Corpus } from './corpora.ts';
import { typeIndex } from './labels.ts';
import { TITLE_WORDS, spansToTags, type TaggedSentence, type TokenEntity } from './spans.ts';

const GUM_TYPES: Record<string, number> = { person: typeIndex('PER'), organization: typeIndex('ORG'), place: typeIndex('LOC') };
/** Lowercase words allowed between capitalised words inside one organisation or place name. */
const NAME_GLUE = new Set(['of', 'and', 'for', 'the', 'de', '&']);
/** Parts of speech a mention may end with after its name (closing punctuation, possessive). */
const TRAILING = new Set(['PUNCT', 'PART']);

interface Row {
  form: string;
  upos: string;
  xpos: string;
  /** Index of the syntactic head in the sentence, -1 for the root. */
  head: number;
  deprel: string;
  misc: string;
}

interface Mention {
  start: number;
  end: number;
  type: string;
}

function parseMentions(rows: Row[]): Mention[] {
  const out: Mention[] = [];
  const open = new Map<string, Mention[]>();
  rows.forEach((r, i) => {
    const m = r.misc.match(/(?:^|\|)Entity=([^|]*)/);
    if (!m) return;
    for (const g of m[1].matchAll(/\(([^()]+)\)|\(([^()]+)|(\d+)\)/g)) {
      const body = g[1] ?? g[2];
      if (body) {
        const parts = body.split('-');
        const mention = { start: i, end: i + 1, type: parts[1] };
        if (g[1]) out.push(mention);
        else open.set(parts[0], [...(open.get(parts[0]) ?? []), mention]);
      } else {
        const stack = open.get(g[3]);
        const mention = stack?.pop();
        if (mention) {
          mention.end = i + 1;
          out.push(mention);
        }
      }
    }
  });
  return out;
}

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);

/** Relations by which a name stands beside a title noun ("captain [Harry Kane]", UD flat/appos). */
const NAME_BESIDE_NOUN = /^(?:flat|appos)/;

/**
 * The mention's first token whose syntactic head lies outside it; when that is a title noun with a
 * proper name beside it ("Swedish captain Andreas Granqvist"), the name's first token.
 */
function mentionHead(rows: Row[], m: Mention): number {
  let h = m.end - 1;
  for (let i = m.start; i < m.end; i++)
    if (rows[i].head < m.start || rows[i].head >= m.end) {
      h = i;
      break;
    }
  if (rows[h].upos === 'PROPN') return h;
  for (let i = h + 1; i < m.end; i++) if (rows[i].head === h && rows[i].upos === 'PROPN' && NAME_BESIDE_NOUN.test(rows[i].deprel)) return i;
  return h;
}

/**
 * The name inside a mention: the run of capitalised tokens ending at its last proper noun.
 * Organisations and places may have "of"/"the"/"and" inside ("Bank of England"); a person's name
 * starts after any title word or nested mention ("Afghanistan's Ambassador [Hamdullah Mohib]").
 */
function nameSpan(rows: Row[], m: Mention, all: Mention[]): TokenEntity | null {
  const type = GUM_TYPES[m.type];
  if (type === undefined) return null;
  const isPer = type === typeIndex('PER');
  let end = m.end;
  if (isPer) {
    // A person's name is the run of proper nouns at the mention's syntactic head: "[Alvin Yeung]
    // of Civic Party"; "the president of Afghanistan" is nominal (its head is a noun).
    const head = mentionHead(rows, m);
    if (rows[head].upos !== 'PROPN') return null;
    end = head + 1;
    while (end < m.end && rows[end].upos === 'PROPN') end++;
    while (end + 1 < m.end && rows[end].form === '-' && rows[end + 1].upos === 'PROPN') end += 2;
  }
  while (end > m.start && TRAILING.has(rows[end - 1].upos)) end--;
  if (end === m.start || rows[end - 1].upos !== 'PROPN') return null;
  if (isPer && rows[end - 1].xpos === 'NNPS') return null;
  let floor = m.start;
  if (isPer) {
    for (const o of all) if (o !== m && o.start >= m.start && o.end < end && o.end > floor) floor = o.end;
    for (let i = floor; i < end - 1; i++) if (TITLE_WORDS.has(rows[i].form.toLowerCase())) floor = i + 1;
  }
  let start = end - 1;
  while (start > floor) {
    const prev = rows[start - 1];
    if (isCapitalised(prev.form) && prev.upos !== 'DET') start--;
    // GUM splits hyphenated names ("Kim Jong - un", "Al - Maeena"): the hyphen stays inside.
    else if (prev.form === '-' && start - 2 >= floor && isCapitalised(rows[start - 2].form)) start -= 2;
    else if (!isPer && NAME_GLUE.has(prev.form) && start - 2 >= floor && isCapitalised(rows[start - 2].form)) start -= 2;
    else break;
  }
  while (start < end - 1 && rows[start].upos === 'DET') start++;
  if (TITLE_WORDS.has(rows[start].form.toLowerCase()) && end - start === 1) return null;
  return { start, end, type };
}

/** One GUM CoNLL-U document as sentences tagged with the names of its person, organisation and place mentions. */
export function readGumText(text: string): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const rows: Row[] = [];
    const ids: string[] = [];
    const heads: string[] = [];
    for (const line of block.split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const cols = line.split('\t');
      if (!/^\d+$/.test(cols[0])) continue;
      ids.push(cols[0]);
      heads.push(cols[6]);
      rows.push({ form: cols[1], upos: cols[3], xpos: cols[4], head: -1, deprel: cols[7], misc: cols[9] ?? '_' });
    }
    rows.forEach((r, i) => (r.head = ids.indexOf(heads[i])));
    if (!rows.length) continue;
    const tokens = rows.map((r) => r.form);
    const mentions = parseMentions(rows);
    const candidates = mentions
      .map((m) => nameSpan(rows, m, mentions))
      .filter((s): s is TokenEntity => s !== null)
      .sort((a, b) => b.end - b.start - (a.end - a.start));
    const used = new Uint8Array(tokens.length);
    const kept = candidates.filter((s) => {
      for (let i = s.start; i < s.end; i++) if (used[i]) return false;
      used.fill(1, s.start, s.end);
      return true;
    });
    out.push({ tokens, tags: spansToTags(tokens.length, kept) });
  }
  return out;
}

/** The GUM documents whose file names start with the prefix (e.g. "GUM_news_"), in name order. */
export function readGumDocuments(shared: string, prefix: string): TaggedSentence[][] {
  const dir = path.join(shared, 'data/gum-wikinews');
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.conllu'))
    .sort()
    .map((f) => readGumText(fs.readFileSync(path.join(dir, f), 'utf8')));
}

/** Sentences of the GUM documents whose names start with the prefix. */
export function readGum(shared: string, prefix: string): TaggedSentence[] {
  return readGumDocuments(shared, prefix).flat();
}

/** The GUM documents whose names start with the prefix, as a training corpus (GUM marks no NORP or MISC). */
export function readGumCorpus(shared: string, prefix: string, name: string): Corpus {
  const docs = readGumDocuments(shared, prefix);
  const docStarts: number[] = [];
  let at = 0;
  for (const d of docs) docStarts.push(at), (at += d.length);
  return { name, sentences: docs.flat(), unannotated: [typeIndex('NORP'), typeIndex('MISC')], docStarts };
}
