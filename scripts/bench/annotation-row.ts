// The annotation bench row in a process of its own: `npm run bench` starts this before its heavy
// rows, so the layer is measured without the heap, RSS and compiled code the 100k-event, clustering
// and ingest rows leave behind (inside that process the row read 243/s against 362/s alone).
// Prints the row as one JSON line on stdout.
//
//   node --import tsx scripts/bench/annotation-row.ts --pages N [--batch N] [--real SHARED [--history N]]
//   (--batch: default the pipeline's BATCH_SIZE, 1 = article by article; --real: time real news from
//   the SHARED folder once, after warming up on the N generated pages; --history: and first on N
//   reports of GMB's VOA news, as a feed that has run for a day; see real-news.ts)
import { generateCorpus } from './corpus.ts';
import { benchAnnotation } from './annotation.ts';
import { loadConfig } from '../../src/config.ts';
import { readNewsHistory, readRealNews } from './real-news.ts';

const i = process.argv.indexOf('--pages');
const pages = i >= 0 ? parseInt(process.argv[i + 1], 10) : NaN;
if (!(pages > 0)) {
  console.error('usage: annotation-row.ts --pages N');
  process.exit(2);
}
const b = process.argv.indexOf('--batch');
const batch = b >= 0 ? parseInt(process.argv[b + 1], 10) : undefined;
const r = process.argv.indexOf('--real');
let row;
if (r >= 0) {
  const real = readRealNews(process.argv[r + 1]);
  if (!real) {
    console.error(`annotation-row: no real news under ${process.argv[r + 1]}/data (news-cluster, gvdb, ecbplus)`);
    process.exit(2);
  }
  // A live feed's steady state: the common words of news are in every cache, each new report still
  // brings names and words never met. So the row warms up on the generated pages and every second
  // real report, and times the other half once.
  const seen = real.filter((_, i) => i % 2 === 0), unseen = real.filter((_, i) => i % 2 === 1);
  const h = process.argv.indexOf('--history');
  const count = h >= 0 ? parseInt(process.argv[h + 1], 10) : 0;
  const history = count > 0 ? readNewsHistory(process.argv[r + 1], count) : [];
  if (!history) {
    console.error(`annotation-row: no GMB history under ${process.argv[r + 1]}/data/ner-gmb-kaggle`);
    process.exit(2);
  }
  const label = 'real news never seen (../shared: news-cluster, GVDB, ECB+)' + (history.length ? `, after a history of ${history.length} VOA reports (GMB)` : '');
  row = await benchAnnotation(unseen, loadConfig(), batch, [...history, ...generateCorpus(pages), ...seen], label);
} else row = await benchAnnotation(generateCorpus(pages), loadConfig(), batch);
process.stdout.write(JSON.stringify(row) + '\n');
