// Output-equivalence check for speed work on the annotation layer: runs clean → language →
// annotate → geocode over examples/, bench pages and (when ../shared is present) real news and
// shooting reports, and writes or compares one JSON line per document (sentences with token
// offsets and tags, entities, places, dates, quantities). A speed change must leave it identical.
//
//   node --import tsx scripts/bench/annotation-equivalence.ts --write /tmp/before.jsonl
//   node --import tsx scripts/bench/annotation-equivalence.ts --compare /tmp/before.jsonl
//   node --import tsx scripts/bench/annotation-equivalence.ts --diff /tmp/before.jsonl /tmp/after.jsonl
// Others edit the shared tree meanwhile, so a clean before/after is two copies of one snapshot
// (one with your change undone), each dumped with --write, then --diff.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './corpus.ts';
import { loadConfig } from '../../src/config.ts';
import { readSources } from '../../src/ingest/sources.ts';
import { runStages, stagesThrough } from '../../src/pipeline.ts';
import { annotationJson } from '../../src/cli/annotate.ts';
import type { RawDocument } from '../../src/model.ts';

/** Enough bench pages to pass every template sentence many times over. */
const BENCH_PAGES = 300;
/** Real copy per shared set: varied dates, numbers and names the generated pages lack. */
const SHARED_DOCS = 200;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = process.env.SITREP_SHARED ?? path.resolve(repoRoot, '../shared');

async function* inputs(): AsyncGenerator<RawDocument> {
  const config = loadConfig();
  for await (const item of readSources([path.join(repoRoot, 'examples')], config)) {
    // Named from the repository root, so a copy of the tree elsewhere writes comparable lines.
    if (item.ok) yield { ...item.raw, source: path.relative(repoRoot, item.raw.source) };
  }
  for (const p of generateCorpus(BENCH_PAGES)) yield { source: p.name, kind: 'html', body: p.html, given: {} };
  const news = path.join(shared, 'data/news-cluster/news_cluster.jsonl');
  if (fs.existsSync(news)) {
    const lines = fs.readFileSync(news, 'utf8').split('\n').filter(Boolean).slice(0, SHARED_DOCS);
    for (const [i, line] of lines.entries()) {
      const r = JSON.parse(line) as { text: string | null; title?: string; date_publish?: string };
      if (!r.text) continue;
      yield { source: `news-cluster:${i}`, kind: 'text', body: r.text, given: { ...(r.title ? { title: r.title } : {}), ...(r.date_publish ? { published: r.date_publish } : {}) } };
    }
  }
  const gvdb = path.join(shared, 'data/gvdb/dev.tsv');
  if (fs.existsSync(gvdb)) {
    const rows = fs.readFileSync(gvdb, 'utf8').split('\n').slice(1).filter(Boolean).slice(0, SHARED_DOCS);
    for (const [i, row] of rows.entries()) yield { source: `gvdb:${i}`, kind: 'text', body: row.split('\t')[3] ?? '', given: {} };
  }
}

async function dump(): Promise<string[]> {
  const config = loadConfig();
  const stages = stagesThrough('geocode').filter((s) => s.name !== 'dedupe');
  const lines: string[] = [];
  for await (const raw of inputs()) {
    const doc = await runStages({ raw }, stages, { config }).catch((err: Error) => {
      lines.push(JSON.stringify({ source: raw.source, error: err.message }));
      return null;
    });
    if (!doc?.article) continue;
    const sentences = (doc.sentences ?? []).map((s) => [s.start, s.end, s.tokens.map((t) => `${t.start}:${t.end}:${t.pos}`).join(' ')]);
    lines.push(JSON.stringify({ source: raw.source, error: doc.article.error ?? null, sentences, ...annotationJson(doc) }));
  }
  return lines;
}

/** Prints each document whose line differs, naming the keys that differ; exit code 1 if any. */
function compare(before: string[], lines: string[]): void {
  let differ = 0;
  for (let i = 0; i < Math.max(before.length, lines.length); i++) {
    if (before[i] === lines[i]) continue;
    differ++;
    const a = before[i] ? JSON.parse(before[i]) : {};
    const b = lines[i] ? JSON.parse(lines[i]) : {};
    const keys = Object.keys({ ...a, ...b }).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
    console.log(`differs: ${b.source ?? a.source} (${keys.join(', ')})`);
  }
  console.log(differ ? `${differ} of ${lines.length} documents differ` : `all ${lines.length} documents identical`);
  if (differ) process.exitCode = 1;
}

const readLines = (file: string) => fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
const args = process.argv.slice(2);
if (args[0] === '--diff') compare(readLines(args[1]), readLines(args[2]));
else if (args[0] === '--write' || args[0] === '--compare') {
  const t0 = performance.now();
  const lines = await dump();
  console.error(`${lines.length} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  if (args[0] === '--write') fs.writeFileSync(args[1], lines.join('\n') + '\n');
  else compare(readLines(args[1]), lines);
} else console.error('usage: --write FILE | --compare FILE | --diff BEFORE AFTER');
