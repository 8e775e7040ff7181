// The trigger lexicon: hand-curated entries (data/events/curated-triggers.json) and entries derived
// from the CAMEO verb dictionary by scripts/build-triggers.ts (data/events/cameo-triggers.json),
// compiled into word-sequence patterns indexed by their first word.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isEventType, type EventType } from '../taxonomy.ts';
import { anyForms, nounForms, verbForms } from './inflect.ts';

/**
 * Families are trigger words whose type depends on the sentence: "killed" is an attack on civilians
 * or an armed clash, "protest" may have met police intervention, "captured a town" depends on who.
 */
export type Family = 'violence' | 'protest' | 'territory';
const FAMILIES: readonly string[] = ['violence', 'protest', 'territory'];

/** One lexicon entry as stored in the JSON files. */
export interface LexiconEntry {
  type: EventType | Family;
  /**
   * Phrases: words separated by spaces; "…" lets up to MAX_GAP words stand between; "a|b" lists
   * exact alternatives; "=word" is never inflected. The head (first word of a verb phrase, last of
   * a noun phrase) is inflected by `pos`.
   */
  phrases: string[];
  pos: 'verb' | 'noun' | 'fixed';
  score: number;
  /** One of these words (any inflection) must be in the sentence. */
  requires?: string[];
  /** One of these words must follow the trigger within AFTER_WINDOW words. */
  requiresAfter?: string[];
  /** Vetoes: the word right after / right before the trigger, or anywhere in the sentence. */
  unlessNext?: string[];
  unlessPrev?: string[];
  unless?: string[];
  tags?: string[];
  /** Where the entry came from: "curated" or "cameo:<verb block>:<code>". */
  source: string;
}

export interface LexiconFile {
  entries: LexiconEntry[];
}

/** Words a "…" may skip: enough for "designated the group a terrorist organization", not a clause. */
export const MAX_GAP = 4;
/** How far after the trigger `requiresAfter` looks ("seized large quantities of weapons"). */
export const AFTER_WINDOW = 6;

export const GAP = null;
export type Slot = Set<string> | typeof GAP;

export interface Pattern {
  slots: Slot[];
  entry: LexiconEntry;
  requires: Set<string> | null;
  requiresAfter: Set<string> | null;
  unlessNext: Set<string> | null;
  unlessPrev: Set<string> | null;
  unless: Set<string> | null;
  /** The word slots after the first (gaps left out): a sentence lacking any of them cannot match, so the walk is skipped. */
  later: Set<string>[];
  /** Normalised phrase, so curated phrases can override CAMEO ones. */
  key: string;
  /** Short name for the rule field: each slot's first form ("sign … agreement"). */
  label: string;
}

export interface Lexicon {
  /** Patterns by every surface form of their first slot (no phrase opens with a gap: compilePhrase refuses one). */
  byFirst: Map<string, Pattern[]>;
  patterns: Pattern[];
}

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CURATED_FILE = path.join(REPO, 'data/events/curated-triggers.json');
export const CAMEO_FILE = path.join(REPO, 'data/events/cameo-triggers.json');

function cueSet(words: string[] | undefined): Set<string> | null {
  if (!words?.length) return null;
  return new Set(words.flatMap((w) => anyForms(w.toLowerCase())));
}

function slotForms(word: string, inflect: 'verb' | 'noun' | null): Set<string> {
  if (word.includes('|')) return new Set(word.split('|').map((w) => w.toLowerCase()));
  if (word.startsWith('=')) return new Set([word.slice(1).toLowerCase()]);
  const w = word.toLowerCase();
  if (inflect === 'verb') return new Set(verbForms(w));
  if (inflect === 'noun') return new Set(nounForms(w));
  return new Set([w]);
}

export function compilePhrase(phrase: string, entry: LexiconEntry): Pattern {
  const words = phrase.trim().split(/\s+/);
  if (words[0] === '…' || words[0] === '...') throw new Error(`trigger phrase "${phrase}" opens with a gap: it could never be indexed by its first word`);
  const content = words.map((w, i) => (w === '…' || w === '...' ? -1 : i)).filter((i) => i >= 0);
  const head = entry.pos === 'verb' ? content[0] : entry.pos === 'noun' ? content[content.length - 1] : -1;
  const slots: Slot[] = words.map((w, i) => {
    if (w === '…' || w === '...') return GAP;
    return slotForms(w, i === head ? (entry.pos as 'verb' | 'noun') : null);
  });
  const key = words.map((w) => (w === '...' ? '…' : w.toLowerCase().replace(/^=/, ''))).join(' ');
  const label = words.map((w) => (w === '...' ? '…' : w.split('|')[0].replace(/^=/, '').toLowerCase())).join(' ');
  return {
    slots, entry, key, label,
    later: slots.slice(1).filter((x): x is Set<string> => x !== GAP),
    requires: cueSet(entry.requires),
    requiresAfter: cueSet(entry.requiresAfter),
    unlessNext: cueSet(entry.unlessNext),
    unlessPrev: cueSet(entry.unlessPrev),
    unless: cueSet(entry.unless),
  };
}

export function validateEntry(e: LexiconEntry, where: string): void {
  if (!isEventType(e.type) && !FAMILIES.includes(e.type)) throw new Error(`${where}: unknown event type "${e.type}"`);
  if (!Array.isArray(e.phrases) || !e.phrases.length) throw new Error(`${where}: entry for ${e.type} has no phrases`);
  if (!(e.score > 0 && e.score <= 1)) throw new Error(`${where}: score must be in (0, 1]`);
}

/** Builds the lexicon; a curated phrase replaces a CAMEO-derived one with the same words. */
export function buildLexicon(curated: LexiconEntry[], derived: LexiconEntry[]): Lexicon {
  const patterns: Pattern[] = [];
  const curatedKeys = new Set<string>();
  for (const [i, e] of curated.entries()) {
    validateEntry(e, `curated entry ${i}`);
    for (const p of e.phrases) {
      const pat = compilePhrase(p, e);
      curatedKeys.add(pat.key);
      patterns.push(pat);
    }
  }
  for (const [i, e] of derived.entries()) {
    validateEntry(e, `derived entry ${i}`);
    for (const p of e.phrases) {
      const pat = compilePhrase(p, e);
      if (!curatedKeys.has(pat.key)) patterns.push(pat);
    }
  }
  const byFirst = new Map<string, Pattern[]>();
  for (const pat of patterns) {
    const first = pat.slots[0];
    if (!first) continue;
    for (const form of first) {
      const list = byFirst.get(form);
      if (list) list.push(pat);
      else byFirst.set(form, [pat]);
    }
  }
  return { byFirst, patterns };
}

function readEntries(file: string): LexiconEntry[] {
  if (!fs.existsSync(file)) return [];
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as LexiconFile).entries;
}

let loaded: Lexicon | null = null;

/** The repository lexicon, read once (both files are small). */
export function defaultLexicon(): Lexicon {
  loaded ??= buildLexicon(readEntries(CURATED_FILE), readEntries(CAMEO_FILE));
  return loaded;
}
