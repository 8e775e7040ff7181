// `npm run eval`: runs every quality suite against the dev sets in ../shared/data, prints one
// table, and fails when a figure drops below its floor in eval/baseline.json.
// Flags: --only NAME (substring of suite names), --write-baseline (pin current figures as floors,
// minus a small tolerance; a floor only ever rises unless --lower is given too, so one person's
// re-pin cannot quietly give away another's gain), --json FILE (write rows).
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, sharedDir, type EvalRow, type EvalSuite } from '../src/eval/suite.ts';
import { SUITES } from '../src/eval/suites.ts';
import { printTable } from './table.ts';

/** Floors sit this far below the measured figure, so run-to-run noise (none expected) never fails CI. */
const BASELINE_TOLERANCE = 0.005;
const BASELINE_FILE = path.join(REPO_ROOT, 'eval/baseline.json');

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
  const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
  const shared = sharedDir();
  if (!shared) {
    console.log('eval: ../shared is absent (set SITREP_SHARED); no dev sets to score. Skipped.');
    return;
  }
  const suites: EvalSuite[] = SUITES.filter((s) => !only || s.name.includes(only));
  const rows: EvalRow[] = [];
  for (const suite of suites) {
    const missing = suite.data.filter((d) => !fs.existsSync(path.join(shared, 'data', d)));
    if (missing.length) {
      console.log(`eval: ${suite.name} skipped: missing ${missing.join(', ')}`);
      continue;
    }
    const t0 = performance.now();
    const got = await suite.run(shared);
    console.error(`eval: ${suite.name}: ${got.length} figures in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    rows.push(...got);
  }
  printRows(rows);
  if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(rows, null, 2));

  const baseline: Record<string, number> = fs.existsSync(BASELINE_FILE)
    ? JSON.parse(fs.readFileSync(BASELINE_FILE, 'utf8'))
    : {};
  if (args.includes('--write-baseline')) {
    const lower = args.includes('--lower');
    for (const r of rows) {
      const key = `${r.suite} ${r.metric}`;
      const floor = Math.max(0, +(r.value - BASELINE_TOLERANCE).toFixed(4));
      baseline[key] = lower || baseline[key] === undefined ? floor : Math.max(baseline[key], floor);
    }
    fs.writeFileSync(BASELINE_FILE, JSON.stringify(sortKeys(baseline), null, 2) + '\n');
    console.log(`eval: wrote ${rows.length} floors to eval/baseline.json`);
    return;
  }
  const drops = rows.filter((r) => {
    const floor = baseline[`${r.suite} ${r.metric}`];
    return floor !== undefined && r.value < floor;
  });
  for (const r of drops) {
    console.error(`eval: FLOOR BROKEN ${r.suite} ${r.metric}: ${r.value.toFixed(4)} < ${baseline[`${r.suite} ${r.metric}`]}`);
  }
  if (drops.length) process.exitCode = 1;
  else console.log(`eval: all ${rows.filter((r) => baseline[`${r.suite} ${r.metric}`] !== undefined).length} pinned floors hold`);
}

function sortKeys(o: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

function printRows(rows: EvalRow[]): void {
  printTable(['suite', 'metric', 'value', 'n', 'note'], rows.map((r) => [r.suite, r.metric, r.value.toFixed(4), String(r.n), r.note ?? '']));
}

await main();
