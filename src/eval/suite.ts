// The shape every quality suite reports in, so `npm run eval` can print one table and check the
// floors pinned in eval/baseline.json (trafilatura's eval gate).
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface EvalRow {
  /** Suite name, e.g. "extraction/zyte". */
  suite: string;
  /** Metric name, e.g. "body-f1", "PER-f1", "accuracy". */
  metric: string;
  value: number;
  /** How many items the figure is over. */
  n: number;
  note?: string;
}

export interface EvalSuite {
  name: string;
  /** Folders under ../shared/data the suite reads; it is skipped, saying so, when one is absent. */
  data: string[];
  run(sharedDir: string): Promise<EvalRow[]>;
}

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where ../shared is: SITREP_SHARED, else beside the repo. Null when absent. */
export function sharedDir(): string | null {
  const dir = process.env.SITREP_SHARED ?? path.resolve(REPO_ROOT, '../shared');
  return fs.existsSync(path.join(dir, 'data')) ? dir : null;
}
