// The annotation bench row alone, repeated, with the entity step split into its parts (KB alias
// matching, cue rules, tagger), so a speed change can be judged without the whole `npm run bench`.
// The machine is shared: compare runs made back to back, and read the CPU-second rate.
//
//   node --import tsx scripts/bench/annotation-profile.ts [--pages N] [--repeat R]   (prints each part's least over the runs too)
//   node --cpu-prof --cpu-prof-dir /tmp/prof --import tsx scripts/bench/annotation-profile.ts
import { generateCorpus } from './corpus.ts';
import { benchAnnotation } from './annotation.ts';
import { loadConfig } from '../../src/config.ts';
import { runStages, stagesThrough } from '../../src/pipeline.ts';
import { splitSentences } from '../../src/annotate/sentences.ts';
import { findEntities } from '../../src/annotate/entities.ts';
import { loadKb } from '../../src/annotate/kb/match.ts';
import { loadTagger } from '../../src/annotate/ner/tagger.ts';
import type { Doc } from '../../src/stage.ts';

/** Pages per run: enough to pass V8's warm-up many times over and still take seconds. */
const DEFAULT_PAGES = 1000;
const DEFAULT_REPEAT = 3;

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? parseInt(process.argv[i + 1], 10) : fallback;
}

/** CPU milliseconds per article for each part of the entity step, after one untimed pass. */
async function entityParts(pages: { name: string; html: string }[]): Promise<string> {
  const config = loadConfig();
  const clean = stagesThrough('language');
  const docs: Doc[] = [];
  for (const p of pages) {
    const d = await runStages({ raw: { source: p.name, kind: 'html', body: p.html, given: {} } }, clean, { config });
    if (d.article && !d.stop) docs.push(d);
  }
  const kb = loadKb();
  const tagger = loadTagger();
  const sentences = docs.map((d) => splitSentences(d.article!.text));
  const parts: [string, (d: Doc, i: number) => unknown][] = [
    ['kb.match', (d) => kb.match(d.article!.text)],
    ['tagger.tagDocument', (d, i) => tagger.tagDocument(d.article!.text, sentences[i])],
    ['findEntities (all)', (d, i) => findEntities(d.article!.text, sentences[i])],
  ];
  const cpuMs = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  const out: string[] = [];
  for (const [name, f] of parts) {
    docs.forEach(f);
    const t = cpuMs();
    docs.forEach(f);
    out.push(`${name} ${((cpuMs() - t) / docs.length).toFixed(3)}`);
  }
  const tokens = sentences.reduce((n, ss) => n + ss.reduce((m, s) => m + s.tokens.length, 0), 0);
  return `${out.join(', ')} (${(tokens / docs.length).toFixed(0)} tokens/article)`;
}

const pages = generateCorpus(flag('--pages', DEFAULT_PAGES));
const config = loadConfig();
// Other processes' load only ever adds CPU time (cache and core sharing), so each part's least is its truest figure.
const least = new Map<string, number>();
for (let r = 0; r < flag('--repeat', DEFAULT_REPEAT); r++) {
  const row = await benchAnnotation(pages, config);
  console.log(`run ${r + 1}: ${(row.items / row.seconds).toFixed(0)} articles/s wall; ${row.note}`);
  for (const [k, v] of Object.entries(row.parts)) least.set(k, Math.min(least.get(k) ?? Infinity, v));
}
const sum = [...least.values()].reduce((a, b) => a + b, 0);
console.log(`least of runs, CPU ms/article: ${[...least].map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', ')}; sum ${sum.toFixed(3)} (${(1000 / sum).toFixed(0)} articles per CPU-second)`);
console.log(`entity parts, CPU ms/article: ${await entityParts(pages)}`);
