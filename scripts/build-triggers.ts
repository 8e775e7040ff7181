// Builds data/events/cameo-triggers.json from the CAMEO verb dictionary (PETRARCH2, MIT) in
// ../shared/data/petrarch-dictionaries: verb synonym blocks and their noun patterns whose CAMEO
// code maps cleanly to one of our event types. The dictionary assumes a parse tree; here each
// pattern becomes a surface phrase with gaps ("suicide bomber … kill|killed|…"), scored below the
// curated entries, which override any phrase they share.
// Run: node --import tsx scripts/build-triggers.ts
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, sharedDir } from '../src/eval/suite.ts';
import { nounForms, verbForms } from '../src/events/triggers/inflect.ts';
import type { LexiconEntry, LexiconFile } from '../src/events/triggers/lexicon.ts';

interface CodeRule {
  type: LexiconEntry['type'];
  /** Whether the block's bare verbs are triggers too (false where CAMEO's synonym sets are too broad). */
  verbs: boolean;
  /** Keep only patterns naming one of these words (upper case), where the code mixes topics. */
  onlyWith?: string[];
  /** Drop patterns naming any of these words (upper case): another sense of the code. */
  without?: string[];
  /** The sentence must hold one of these words for the entry to fire (lower case lemmas). */
  requires?: string[];
  /** Keep only patterns of these verb blocks, where the code is spread over blocks of other senses. */
  blocks?: string[];
}

const WEAPONS = ['WEAPON', 'WEAPONS', 'ARMS', 'ROCKETS', 'EXPLOSIVES', 'BOMB-MAKING', 'AMMUNITION', 'GUNS', 'RIFLES', 'MISSILES'];
/** CAMEO 175 is repression of protest: without a crowd or a protest in the sentence, "use … weapon" is no protest event. */
const PROTEST_WORDS = ['protest', 'protester', 'protestor', 'demonstrator', 'demonstration', 'rally', 'crowd', 'march', 'marcher', 'rioter', 'riot'];
/** CAMEO 173 covers court action; ACLED's arrests do not ("court … convicts", "found guilty"). */
const COURT_WORDS = ['COURT', 'GUILTY', 'CONVICT', 'CONVICTS', 'SENTENCE', 'TRIAL', 'JUDGE', 'JURY', 'VERDICT'];
/**
 * CAMEO 016 (deny responsibility), 120 (reject) and 125 (reject talks) are our denials only in the
 * blocks whose verbs say no (refuse, reject, deny, rebuff, bar); elsewhere the parse-bound patterns
 * match other senses ("torch … proposal", "plunge … plan").
 */
const REJECT_BLOCKS = ['REFUSE', 'REBUFF', 'EXCLUDE'];
/** Objects with which a verb of the REFUSE block (resist, withstand) tells fighting back, not a denial. */
const RESISTED_ACTS = ['ATTACK', 'CAPTURE', 'INCREASE'];
const EXERCISES = ['EXERCISE', 'EXERCISES', 'MANEUVERS', 'MANOEUVRES', 'MANOEUVERS', 'WARGAME', 'GAMES', 'GAME', 'DRILLS'];

/** CAMEO code → our type, only where the code means one of our events. */
const CODE_RULES: Record<string, CodeRule> = {
  '1821': { type: 'sexual_violence', verbs: true },
  '181': { type: 'abduction_forced_disappearance', verbs: true },
  '173': { type: 'arrest', verbs: true, without: COURT_WORDS },
  '183': { type: 'remote_explosive_landmine_ied', verbs: false },
  '1831': { type: 'suicide_bomb', verbs: false },
  '1832': { type: 'remote_explosive_landmine_ied', verbs: false },
  '185': { type: 'violence', verbs: false },
  '186': { type: 'violence', verbs: true },
  '202': { type: 'violence', verbs: true },
  '190': { type: 'violence', verbs: false },
  '190:190': { type: 'armed_clash', verbs: false },
  '193': { type: 'violence', verbs: false },
  '193:193': { type: 'armed_clash', verbs: false },
  '194': { type: 'shelling_artillery_missile_attack', verbs: false },
  '194:194': { type: 'shelling_artillery_missile_attack', verbs: false },
  '195': { type: 'air_drone_strike', verbs: false },
  '192': { type: 'territory', verbs: false },
  '145': { type: 'violent_demonstration', verbs: false },
  '141': { type: 'protest', verbs: false },
  '142': { type: 'peaceful_protest', verbs: false },
  '175': { type: 'protest', verbs: false, requires: PROTEST_WORDS },
  '175:141': { type: 'protest', verbs: false, requires: PROTEST_WORDS },
  '130': { type: 'statement_threat', verbs: true },
  '138': { type: 'statement_threat', verbs: false },
  '1383': { type: 'statement_threat', verbs: false },
  '1384': { type: 'statement_threat', verbs: false },
  '139': { type: 'statement_threat', verbs: false },
  '016': { type: 'denial', verbs: false, blocks: REJECT_BLOCKS, without: RESISTED_ACTS },
  '120': { type: 'denial', verbs: false, blocks: REJECT_BLOCKS, without: RESISTED_ACTS },
  '125': { type: 'denial', verbs: false, blocks: REJECT_BLOCKS, without: RESISTED_ACTS },
  '112': { type: 'accusation_attribution', verbs: true },
  '1123': { type: 'accusation_attribution', verbs: false },
  '1124': { type: 'accusation_attribution', verbs: false },
  '1712': { type: 'looting_property_destruction', verbs: true },
  '1711': { type: 'disrupted_weapons_use', verbs: false, onlyWith: WEAPONS },
  '150': { type: 'military_exercise', verbs: false, onlyWith: EXERCISES },
  '151': { type: 'military_exercise', verbs: false, onlyWith: EXERCISES },
  '062': { type: 'military_exercise', verbs: false, onlyWith: EXERCISES },
  '154': { type: 'military_deployment', verbs: false },
  '0874': { type: 'military_withdrawal', verbs: false },
  '0871': { type: 'agreement', verbs: false },
  '0871:0871': { type: 'agreement', verbs: false },
  '057': { type: 'agreement', verbs: false },
  '057:057': { type: 'agreement', verbs: false },
  '163': { type: 'designation_sanction', verbs: false },
};

/** Bare verbs left out though their code maps: other senses dominate in news ("charged", "risk"). */
const AMBIGUOUS_VERBS = new Set([
  'DISHONOR', 'DISHONOUR', 'CONVICT', 'INDICT', 'CONFINE', 'PROSECUTE', 'SUE', 'ENDANGER', 'RISK', 'CAUTION',
  'CHARGE', 'FAULT', 'IMPLICATE', 'BOYCOTT',
]);
/** Pattern words that carry no event meaning by themselves. */
const FUNCTION_WORDS = new Set(['IN', 'ON', 'AT', 'OF', 'TO', 'BY', 'FOR', 'WITH', 'FROM', 'INTO', 'OUT', 'UP', 'DOWN', 'OFF', 'BETWEEN', 'ACROSS', 'AGAINST', 'AS', 'THE', 'A', 'AN', 'AND', 'OR', 'BACK', 'AWAY', 'INSIDE', 'DEEP', 'TOWARD', 'TOWARDS', 'ON_THE', 'WHEN', 'SMALL', 'OVER', 'DEAD', 'ALONG', 'IF', 'EVEN', 'UNLESS', 'WHETHER', 'THAT', 'WHICH', 'WHO', 'WHILE']);

/**
 * Who-words: a pattern naming only an actor ("&AIRCRAFT *") means the event only when the verb block
 * itself is violent (KILL, POUND), not with any verb ("aircraft assembled").
 */
const ACTOR_WORDS = new Set(['&MILITARY', '&AIRCRAFT', '&PEOPLE', '&TOWN', '&SECURITY', '&PKO', '&LEADER', '&SUSPECT',
  '&OPPOSITION', '&REFUGEE', '&HOSTAGE', 'FORCE', 'FORCES', 'TROOP', 'TROOPS', 'GROUP', 'SOLDIER', 'SOLDIERS', 'UNIT',
  'DIVISION', 'TANKS', 'GUNMEN', 'GUNMAN', 'MILITANTS', 'POLICE', 'GUERRILLA', 'BOMBERS', 'FIGHTERS', 'CROWD', 'WORKERS',
  'DEMONSTRATORS', 'PROTESTOR', 'PROTESTER', 'PROTESTERS', 'GOVERNMENT', 'OFFICIAL', 'COMMISSION', 'COURT', 'UNION']);

/** Modifiers that say nothing without their noun ("air" in "air … strike on", a labour strike by air traffic controllers). */
const MODIFIER_WORDS = new Set(['AIR', 'JOINT', 'NEW', 'HEAVY', 'BORDER', 'SMALL', 'LARGE', 'FULL', 'STRONG']);

/** CAMEO-derived phrases score below curated ones: a surface match without the parse it was written for. */
const PATTERN_SCORE = 0.5;
const VERB_SCORE = 0.45;

interface Block {
  name: string;
  verbs: { base: string; forms: string[]; code: string | null }[];
  patterns: { text: string; code: string }[];
  code: string;
}

function parse(dictText: string): { synsets: Map<string, string[]>; blocks: Block[] } {
  const synsets = new Map<string, string[]>();
  const blocks: Block[] = [];
  let synset: string | null = null;
  let block: Block | null = null;
  for (const raw of dictText.split('\n')) {
    const line = raw.split('#')[0].replace(/\s+$/, '');
    if (!line.trim()) continue;
    const header = /^---\s+(\S+)\s+\[([^\]]*)\]/.exec(line);
    if (header) {
      block = { name: header[1], verbs: [], patterns: [], code: header[2] };
      blocks.push(block);
      synset = null;
      continue;
    }
    if (!block && line.startsWith('&')) {
      synset = line.trim().replace(/_$/, '');
      synsets.set(synset, []);
      continue;
    }
    if (!block && synset && line.startsWith('+')) {
      const word = line.slice(1).trim().replace(/_$/, '');
      if (!word.includes('_')) synsets.get(synset)!.push(word);
      continue;
    }
    if (!block) continue;
    if (line.startsWith('-')) {
      const m = /\[([^\]]*)\]\s*$/.exec(line);
      block.patterns.push({ text: line.slice(1, m ? m.index : undefined).trim(), code: m ? m[1].trim() : block.code });
      continue;
    }
    const codeMatch = /\[([^\]]*)\]/.exec(line);
    const formsMatch = /\{([^}]*)\}/.exec(line);
    const base = line.replace(/\{[^}]*\}|\[[^\]]*\]/g, '').trim();
    if (!base || base.includes('_') || base.includes(' ')) continue; // multiword verbs need the parse
    const forms = formsMatch ? formsMatch[1].trim().split(/\s+/).filter((f) => f && !f.includes('_')) : [];
    block.verbs.push({ base: base.replace(/^\+/, ''), forms: forms.map((f) => f.replace(/^\+/, '')), code: codeMatch ? codeMatch[1].trim() : null });
  }
  return { synsets, blocks };
}

function verbSurface(v: Block['verbs'][number]): string[] {
  const base = v.base.toLowerCase();
  return [...new Set([...(v.forms.length ? [base, ...v.forms.map((f) => f.toLowerCase())] : verbForms(base))])];
}

/** Turns a pattern into a phrase string, or null when it has no content word or an unknown synset. */
function patternPhrase(text: string, verbSlot: string, synsets: Map<string, string[]>, violentBlock: boolean): string | null {
  const groups = text.replace(/[()]/g, ' ').match(/\{[^}]*\}|\S+/g) ?? [];
  const parts: string[] = [];
  let content = 0;
  let actors = 0;
  for (const g of groups) {
    if (g === '*') { parts.push(verbSlot); continue; }
    if (/^[$+^%]$/.test(g)) continue;
    const words = g.replace(/[{}]/g, '').trim().split(/\s+/).filter((w) => w && !/^[$+^%]$/.test(w));
    const slots: string[] = [];
    for (const w of words) {
      const word = w.replace(/_$/, '');
      if (word.startsWith('&')) {
        const members = synsets.get(word);
        if (!members?.length) return null;
        slots.push([...new Set(members.flatMap((m) => nounForms(m.toLowerCase())))].join('|'));
        if (ACTOR_WORDS.has(word)) actors++;
        else content++;
      } else if (/^[A-Z][A-Z'-]*$/.test(word)) {
        if (ACTOR_WORDS.has(word)) actors++;
        else if (!FUNCTION_WORDS.has(word) && !MODIFIER_WORDS.has(word)) content++;
        slots.push(word.includes('-') ? word.toLowerCase().replace(/-/g, ' ') : nounForms(word.toLowerCase()).join('|'));
      } else return null;
    }
    if (slots.length) parts.push(slots.join(' '));
  }
  if (!parts.includes(verbSlot)) return null;
  if (!content && !(actors && violentBlock)) return null;
  return parts.join(' … ');
}

function main(): void {
  const shared = sharedDir();
  if (!shared) throw new Error('build-triggers: ../shared is absent (set SITREP_SHARED)');
  const dict = fs.readFileSync(path.join(shared, 'data/petrarch-dictionaries/CAMEO.2.0.txt'), 'latin1');
  const { synsets, blocks } = parse(dict);
  const entries: LexiconEntry[] = [];
  for (const block of blocks) {
    const verbSlot = [...new Set(block.verbs.flatMap(verbSurface))].join('|');
    const byCode = new Map<string, { rule: CodeRule; verbs: Set<string>; phrases: Set<string> }>();
    const slot = (code: string) => {
      const rule = CODE_RULES[code];
      if (!rule) return null;
      if (!byCode.has(code)) byCode.set(code, { rule, verbs: new Set(), phrases: new Set() });
      return byCode.get(code)!;
    };
    for (const v of block.verbs) {
      const s = slot(v.code ?? block.code);
      if (s?.rule.verbs && !AMBIGUOUS_VERBS.has(v.base)) verbSurface(v).forEach((f) => s.verbs.add(f));
    }
    if (verbSlot) {
      for (const p of block.patterns) {
        const s = slot(p.code);
        if (!s) continue;
        if (s.rule.onlyWith && !s.rule.onlyWith.some((w) => p.text.includes(w))) continue;
        if (s.rule.without?.some((w) => p.text.split(/[^A-Z'-]+/).includes(w))) continue;
        if (s.rule.blocks && !s.rule.blocks.includes(block.name)) continue;
        const phrase = patternPhrase(p.text, verbSlot, synsets, CODE_RULES[block.code] !== undefined);
        if (phrase) s.phrases.add(phrase);
      }
    }
    for (const [code, s] of byCode) {
      const requires = s.rule.requires ? { requires: s.rule.requires } : {};
      if (s.verbs.size) entries.push({ type: s.rule.type, pos: 'fixed', score: VERB_SCORE, phrases: [[...s.verbs].join('|')], source: `cameo:${block.name}:${code}`, ...requires });
      if (s.phrases.size) entries.push({ type: s.rule.type, pos: 'fixed', score: PATTERN_SCORE, phrases: [...s.phrases], source: `cameo:${block.name}:${code}`, ...requires });
    }
  }
  const out: LexiconFile & { $comment: string } = {
    $comment: 'Generated by scripts/build-triggers.ts from the PETRARCH2 CAMEO verb dictionary (MIT, Open Event Data Alliance). Do not edit; curated-triggers.json overrides.',
    entries,
  };
  const file = path.join(REPO_ROOT, 'data/events/cameo-triggers.json');
  fs.writeFileSync(file, JSON.stringify(out, null, 1) + '\n');
  const phrases = entries.reduce((n, e) => n + e.phrases.length, 0);
  console.log(`build-triggers: ${entries.length} entries, ${phrases} phrases → ${path.relative(REPO_ROOT, file)}`);
}

main();
