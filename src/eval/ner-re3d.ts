// A check the entity rules were never written against: the merged entity layer on re3d (Dstl's
// conflict documents on Syria and Iraq: State Department, CENTCOM, UK and Australian government,
// EU and Wikipedia pages), which neither the tagger nor any rule was tuned on. re3d also marks
// descriptions ("U.S. service members", "ISIL terrorists") as entities; a careful news annotator
// would not, so only names are scored: a gold span is a name when, past a leading "the", every word
// is capitalised or a joining word ("Ministry of Defence"); pronouns are not. re3d keeps titles in
// person spans ("Defense Secretary Ash Carter", "Lt. Gen. Stephen J. Townsend"); as in CoNLL the
// name is what follows the last title word. Predictions over a description count neither way.
// Person, Organisation and Location map to PER, ORG and LOC.
import fs from 'node:fs';
import path from 'node:path';
import { typeIndex } from '../annotate/ner/labels.ts';
import { SCORED_TYPES } from '../annotate/ner/evaluate.ts';
import { TITLE_WORDS, countSpans, emptyCounts, type SpanCounts, type TokenEntity } from '../annotate/ner/spans.ts';
import { findEntities } from '../annotate/entities.ts';
import { splitSentences } from '../annotate/sentences.ts';
import { PRODUCT_TYPE_MAP } from './ner-product.ts';

const TYPE: Record<string, number> = { Person: typeIndex('PER'), Organisation: typeIndex('ORG'), Location: typeIndex('LOC') };
/** Lowercase words a name may hold between capitalised ones. */
const JOINING = new Set(['of', 'and', 'for', 'the', 'de', 'del', 'al', 'el', 'bin', 'ibn', 'on', 'in', 'y', 'la', 'le', 'du', 'von', 'van', '&']);
/** A word that makes a span a name: capitalised, a number, or an abbreviation ("U.S."). */
const NAME_WORD = /^(?:\p{Lu}|\d|[^\p{L}\d]+$)/u;

/** Ranks and offices re3d writes before military names, beyond the CoNLL title list. */
const RANK_WORDS = new Set(['spc', 'spc.', 'pfc', 'pfc.', 'cpl', 'cpl.', 'petty', 'officer', 'class', '1st', '2nd', '3rd', 'senior', 'navy', 'army',
  'marine', 'air', 'force', 'press', 'special', 'warfare', 'operator', 'commodore', 'staff', 'master', 'command', 'u.s.', 'secretary']);
/** Pronouns re3d marks as persons or groups: a reference, not a name. */
const PRONOUNS = new Set(['i', 'he', 'she', 'we', 'they', 'it', 'him', 'her', 'his', 'hers', 'them', 'their', 'us', 'our', 'you', 'me', 'my']);
const isTitleWord = (w: string) => TITLE_WORDS.has(w.toLowerCase()) || RANK_WORDS.has(w.toLowerCase()) || (w.endsWith('.') && w.length > 2);

interface Re3dDoc { text: string; names: TokenEntity[]; descriptions: TokenEntity[] }

/** One re3d CoNLL file (TOKEN<TAB>BIO tag, blank line between sentences) as text, one sentence a line. */
export function readRe3dDocument(conll: string): Re3dDoc {
  let text = '';
  const names: TokenEntity[] = [];
  const descriptions: TokenEntity[] = [];
  let open: { start: number; words: string[]; starts: number[]; label: string } | null = null;
  const close = () => {
    if (!open) return;
    const type = TYPE[open.label];
    if (type !== undefined) {
      // "the Kurdish YPG": the article is no part of the name.
      let skip = /^the$/i.test(open.words[0]) && open.words.length > 1 ? 1 : 0;
      // A person's name follows the last title word: "Iraqi President [Fuad Masum]", "Lt. Gen. [Stephen J. Townsend]".
      if (open.label === 'Person') for (let k = open.words.length - 2; k >= skip; k--) if (isTitleWord(open.words[k])) { skip = k + 1; break; }
      const words = open.words.slice(skip);
      const start = open.starts[skip];
      const end = open.starts[open.starts.length - 1] + open.words[open.words.length - 1].length;
      const span = { start, end, type };
      const isName = !(words.length === 1 && PRONOUNS.has(words[0].toLowerCase())) && !(open.label === 'Person' && isTitleWord(words[words.length - 1])) && words.every((w) => NAME_WORD.test(w) || JOINING.has(w.toLowerCase())) && NAME_WORD.test(words[0]);
      (isName ? names : descriptions).push(span);
    }
    open = null;
  };
  let lineStart = true;
  for (const line of conll.split('\n')) {
    if (!line.trim()) {
      close();
      if (!lineStart) text += '\n';
      lineStart = true;
      continue;
    }
    const [word, tag = 'O'] = line.split('\t');
    if (!lineStart) text += ' ';
    lineStart = false;
    const at = text.length;
    text += word;
    if (tag.startsWith('B-') || (tag.startsWith('I-') && (!open || open.label !== tag.slice(2)))) {
      close();
      open = { start: at, words: [word], starts: [at], label: tag.slice(2) };
    } else if (tag.startsWith('I-') && open) {
      open.words.push(word);
      open.starts.push(at);
    } else close();
  }
  close();
  return { text, names, descriptions };
}

/** Every document of the re3d CoNLL conversion, sorted by path so runs compare. */
export function readRe3d(shared: string): Re3dDoc[] {
  const root = path.join(shared, 'data/ner-re3d/conll');
  const files = fs.readdirSync(root).sort().flatMap((dir) => fs.readdirSync(path.join(root, dir)).sort().map((f) => path.join(root, dir, f)));
  return files.map((f) => readRe3dDocument(fs.readFileSync(f, 'utf8')));
}

export function re3dCounts(docs: Re3dDoc[]): SpanCounts {
  const c = emptyCounts();
  for (const doc of docs) {
    const pred: TokenEntity[] = [];
    for (const m of findEntities(doc.text, splitSentences(doc.text))) {
      const type = PRODUCT_TYPE_MAP[m.type];
      if (type === null || type === undefined) continue;
      if (doc.descriptions.some((d) => d.start < m.end && m.start < d.end)) continue;
      pred.push({ start: m.start, end: m.end, type });
    }
    countSpans(c, doc.names, pred, SCORED_TYPES);
  }
  return c;
}
