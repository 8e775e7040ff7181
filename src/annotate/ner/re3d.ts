// re3d (Dstl; conflict in Syria and Iraq), the CoNLL conversion in ../shared/data/ner-re3d/conll:
// one file per document, TOKEN<TAB>TAG in BIO2. re3d marks nominal and pronominal mentions too
// ("U.S. service members", "their supporters"); CoNLL-style NER marks names only. We keep a span
// when, past a leading determiner, it is a name (capitalised words, "of"/"the"/"and" between
// them); a lowercase mention ("they", "the regime") becomes O, as CoNLL has it; a sentence with a
// nominal mention that holds a name ("U.S. service members") is dropped, since no name span inside
// it is marked.
import fs from 'node:fs';
import path from 'node:path';
import type { Corpus } from './corpora.ts';
import { typeIndex } from './labels.ts';
import { TITLE_WORDS, spansToTags, type TaggedSentence, type TokenEntity } from './spans.ts';

const RE3D_TYPES: Record<string, number> = {
  Person: typeIndex('PER'), Organisation: typeIndex('ORG'), Location: typeIndex('LOC'), Nationality: typeIndex('NORP'),
};
/** Lowercase words allowed inside a name ("Members of the Security Council", "Ministry of Defence"). */
const NAME_GLUE = new Set(['of', 'the', 'and', 'for', '&', "'s", '’s']);
const DETERMINERS = new Set(['the', 'a', 'an']);
/** Capitalised pronouns re3d marks as entities ("He", "I"): not names. */
const PRONOUNS = new Set(['i', 'he', 'she', 'it', 'we', 'they', 'his', 'her', 'its', 'our', 'their', 'them', 'him', 'us', 'you']);
const PER = typeIndex('PER');
const isCapitalised = (w: string) => /^[\p{Lu}\d]/u.test(w);

type Verdict = TokenEntity | 'lowercase' | 'nominal';

/** A re3d mention as a name span, or why it is not one. */
function nameOf(tokens: string[], s: TokenEntity): Verdict {
  let start = s.start;
  while (start < s.end - 1 && DETERMINERS.has(tokens[start].toLowerCase())) start++;
  if (s.type === PER)
    // "FCO Minister Tobias Ellwood": the name follows the last title word.
    for (let i = s.end - 2; i >= start; i--)
      if (TITLE_WORDS.has(tokens[i].toLowerCase())) {
        start = i + 1;
        break;
      }
  if (s.end - start === 1 && (PRONOUNS.has(tokens[start].toLowerCase()) || TITLE_WORDS.has(tokens[start].toLowerCase()))) return 'lowercase';
  const inner = tokens.slice(start, s.end);
  const caps = inner.filter(isCapitalised).length;
  if (caps === 0) return 'lowercase';
  const isName = isCapitalised(inner[0]) && isCapitalised(inner[inner.length - 1]) && inner.every((w) => isCapitalised(w) || NAME_GLUE.has(w));
  if (!isName) return 'nominal';
  return { start, end: s.end, type: s.type };
}

/** One re3d CoNLL document (TOKEN<TAB>TAG lines) as sentences tagged with its names. */
export function readRe3dText(text: string): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const rows = block.split('\n').filter((l) => l.trim()).map((l) => l.split('\t'));
    if (!rows.length) continue;
    const tokens = rows.map((r) => r[0]);
    const spans: TokenEntity[] = [];
    rows.forEach((r, i) => {
      const tag = (r[1] ?? 'O').trim();
      if (tag === 'O') return;
      const last = spans[spans.length - 1];
      const name = tag.slice(2);
      if (tag.startsWith('I-') && last && last.end === i && rows[i - 1][1].trim().slice(2) === name) last.end = i + 1;
      else spans.push({ start: i, end: i + 1, type: RE3D_TYPES[name] ?? -1 });
    });
    const kept: TokenEntity[] = [];
    let usable = true;
    for (const s of spans) {
      if (s.type < 0) continue;
      const v = nameOf(tokens, s);
      if (v === 'nominal') usable = false;
      else if (v !== 'lowercase') kept.push(v);
    }
    if (usable) out.push({ tokens, tags: spansToTags(tokens.length, kept) });
  }
  return out;
}

/** Every re3d document (all source folders), names only; MISC is not annotated. */
export function readRe3d(shared: string): Corpus {
  const root = path.join(shared, 'data/ner-re3d/conll');
  const sentences: TaggedSentence[] = [];
  const docStarts: number[] = [];
  for (const source of fs.readdirSync(root).sort())
    for (const f of fs.readdirSync(path.join(root, source)).filter((n) => n.endsWith('.conll')).sort()) {
      const doc = readRe3dText(fs.readFileSync(path.join(root, source, f), 'utf8'));
      if (!doc.length) continue;
      docStarts.push(sentences.length);
      sentences.push(...doc);
    }
  return { name: 're3d', sentences, unannotated: [typeIndex('MISC')], docStarts };
}
