// Part-of-speech training and test sentences: GMB (Penn Treebank tags, automatic, mapped to
// Universal POS the way UD English annotates) and GUM (gold Universal POS in CoNLL-U).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface PosSentence {
  words: string[];
  tags: string[];
  /** Whether a space follows each word in the original text (GUM's SpaceAfter=No), when known. */
  spaceAfter?: boolean[];
  /** Whether the sentence opens a paragraph (GUM's "# newpar"), when known. */
  paragraphStart?: boolean;
}

/** Universal POS tags, in model order. */
export const UPOS = ['NOUN', 'PROPN', 'VERB', 'AUX', 'ADJ', 'ADV', 'ADP', 'DET', 'PRON', 'NUM', 'PUNCT', 'CCONJ', 'SCONJ', 'PART', 'SYM', 'INTJ', 'X'];

/** Penn tags with one Universal tag whatever the word. */
const DIRECT: Record<string, string> = {
  NN: 'NOUN', NNS: 'NOUN', NNP: 'PROPN', NNPS: 'PROPN', JJ: 'ADJ', JJR: 'ADJ', JJS: 'ADJ', RBR: 'ADV', RBS: 'ADV',
  WRB: 'ADV', DT: 'DET', PDT: 'DET', PRP: 'PRON', PRP$: 'PRON', WP: 'PRON', WP$: 'PRON', EX: 'PRON', CD: 'NUM',
  CC: 'CCONJ', RP: 'ADP', POS: 'PART', UH: 'INTJ', FW: 'X', SYM: 'SYM', $: 'SYM', '#': 'SYM', MD: 'AUX',
};
/** Prepositions (Penn IN) that UD reads as subordinating conjunctions. */
const SUBORDINATORS = new Set(['that', 'if', 'because', 'whether', 'although', 'though', 'unless', 'whereas', 'while']);
/** Relative words Penn tags WDT that UD reads as pronouns ("the group which…"). */
const RELATIVE_PRONOUNS = new Set(['which', 'that', 'whatever', 'whichever']);
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", "'re", "'m", 'ai']);
const HAVE_DO = new Set(['have', 'has', 'had', 'having', "'ve", "'d", 'do', 'does', 'did']);
const NEGATIONS = new Set(['not', "n't", 'never']);
/** Words between an auxiliary and its verb ("has not yet been", "did they really go"). */
const AUX_GAP = 4;

/**
 * Universal tags for a Penn-tagged sentence. UD English tags every form of "be" AUX (copula
 * included), and "have"/"do" AUX only when a verb follows; "to" before a verb and "not" are PART.
 */
export function pennToUpos(words: string[], penn: string[]): string[] {
  return penn.map((tag, i) => {
    const lower = words[i].toLowerCase();
    if (tag === 'IN') return SUBORDINATORS.has(lower) ? 'SCONJ' : 'ADP';
    if (tag === 'TO') return penn[i + 1] === 'VB' ? 'PART' : 'ADP';
    if (tag === 'RB') return NEGATIONS.has(lower) && lower !== 'never' ? 'PART' : 'ADV';
    if (tag === 'WDT') return RELATIVE_PRONOUNS.has(lower) ? 'PRON' : 'DET';
    if (tag.startsWith('VB')) {
      if (BE.has(lower)) return 'AUX';
      if (tag === 'VBG' && isNominalGerund(penn, i)) return 'NOUN';
      if (HAVE_DO.has(lower) && verbFollows(penn, i)) return 'AUX';
      return 'VERB';
    }
    if (lower === '%') return 'SYM';
    return DIRECT[tag] ?? 'PUNCT';
  });
}

/** Tags before a noun's head: a determiner, a possessive, an adjective, a number. */
const NOUN_PHRASE_OPENERS = new Set(['DT', 'PRP$', 'POS', 'JJ', 'CD']);
/** Tags after a gerund that show it took no object: a preposition, a verb, a clause mark. */
const NO_OBJECT_AFTER = new Set(['IN', '.', ',', ':', 'VBD', 'VBZ', 'VBP', 'MD', 'CC', 'WDT', 'TO', 'POS']);

/**
 * GMB's automatic tagger marks nouns in -ing as gerunds ("a car bombing in", "the bombing killed"):
 * an -ing word heading a noun phrase (after a determiner, or a noun after one) with no object after
 * it is a noun, as GUM's gold tags have it.
 */
function isNominalGerund(penn: string[], i: number): boolean {
  if (!NO_OBJECT_AFTER.has(penn[i + 1] ?? '.')) return false;
  const prev = penn[i - 1] ?? '';
  if (NOUN_PHRASE_OPENERS.has(prev)) return true;
  return (prev === 'NN' || prev === 'NNP') && NOUN_PHRASE_OPENERS.has(penn[i - 2] ?? '');
}

function verbFollows(penn: string[], i: number): boolean {
  for (let k = i + 1; k < penn.length && k <= i + AUX_GAP; k++) {
    if (penn[k].startsWith('VB')) return true;
    if (!/^(RB|PRP|DT|NN|NNS|NNP|JJ|CD)$/.test(penn[k])) return false;
  }
  return false;
}

/** GMB sentences with their Penn tags mapped to Universal tags. */
export function readGmbPos(shared: string): PosSentence[] {
  const file = path.join(shared, 'data/ner-gmb-kaggle/gmb_ner.conll.gz');
  const out: PosSentence[] = [];
  let words: string[] = [], penn: string[] = [];
  const flush = () => {
    if (words.length) out.push({ words, tags: pennToUpos(words, penn) });
    words = [];
    penn = [];
  };
  for (const line of zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n')) {
    if (!line.trim()) { flush(); continue; }
    const [word, tag] = line.split('\t');
    words.push(word);
    penn.push(tag);
  }
  flush();
  return out;
}

/** Sentences of the GUM documents whose file names start with `prefix` ("GUM_news_"), gold tags. */
export function readGumPos(shared: string, prefix: string): PosSentence[] {
  const dir = path.join(shared, 'data/gum-wikinews');
  const out: PosSentence[] = [];
  for (const name of fs.readdirSync(dir).filter((f) => f.startsWith(prefix) && f.endsWith('.conllu')).sort()) {
    let s: PosSentence = { words: [], tags: [], spaceAfter: [], paragraphStart: true };
    for (const line of fs.readFileSync(path.join(dir, name), 'utf8').split('\n')) {
      if (!line.trim()) {
        if (s.words.length) out.push(s);
        s = { words: [], tags: [], spaceAfter: [], paragraphStart: false };
        continue;
      }
      if (line === '# newpar' || line.startsWith('# newpar ')) s.paragraphStart = true;
      const cols = line.split('\t');
      // Comments, multi-word token ranges ("3-4") and empty nodes ("3.1") carry no tag of their own.
      if (cols.length !== 10 || !/^\d+$/.test(cols[0])) continue;
      s.words.push(cols[1]);
      s.tags.push(cols[3]);
      s.spaceAfter!.push(!cols[9].split('|').includes('SpaceAfter=No'));
    }
    if (s.words.length) out.push(s);
  }
  return out;
}
