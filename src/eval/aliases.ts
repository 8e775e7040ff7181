// Actor-KB alias resolution: the hand-written list of real name variants in data/kb/alias-test.json
// (spellings, transliterations, acronyms, "the" forms, possessives) resolved with Kb.resolve.
// It reads nothing from ../shared. (Match speed is printed by scripts/build-kb.ts: a timing is no floor.)
import fs from 'node:fs';
import path from 'node:path';
import type { EvalRow, EvalSuite } from './suite.ts';
import { REPO_ROOT } from './suite.ts';
import { loadKb, type Kb } from '../annotate/kb/match.ts';

export interface AliasCase {
  name: string;
  id: string;
}

export const ALIAS_TEST_PATH = path.join(REPO_ROOT, 'data/kb/alias-test.json');
export function readAliasCases(file = ALIAS_TEST_PATH): AliasCase[] {
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { items: AliasCase[] }).items;
}

/** Share of names that resolve to the expected id, and the misses for the note. */
export function aliasAccuracy(kb: Kb, cases: AliasCase[]): { accuracy: number; misses: string[] } {
  const misses: string[] = [];
  for (const c of cases) {
    const got = kb.resolve(c.name)?.id ?? null;
    if (got !== c.id) misses.push(`${c.name} → ${got ?? 'none'} (want ${c.id})`);
  }
  return { accuracy: cases.length ? (cases.length - misses.length) / cases.length : 0, misses };
}

export const aliasesSuite: EvalSuite = {
  name: 'kb/aliases',
  data: [],
  async run(): Promise<EvalRow[]> {
    const kb = loadKb();
    const cases = readAliasCases();
    const { accuracy, misses } = aliasAccuracy(kb, cases);
    return [{ suite: 'kb/aliases', metric: 'accuracy', value: accuracy, n: cases.length, note: misses.length ? `misses: ${misses.join('; ')}` : undefined }];
  },
};
