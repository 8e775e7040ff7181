// The annotation bench row in a process of its own: `npm run bench` starts this before its heavy
// rows, so the layer is measured without the heap, RSS and compiled code the 100k-event, clustering
// and ingest rows leave behind (inside that process the row read 243/s against 362/s alone).
// Prints the row as one JSON line on stdout.
//
//   node --import tsx scripts/bench/annotation-row.ts --pages N [--batch N]   (default: the pipeline's BATCH_SIZE; 1 = article by article)
import { generateCorpus } from './corpus.ts';
import { benchAnnotation } from './annotation.ts';
import { loadConfig } from '../../src/config.ts';

const i = process.argv.indexOf('--pages');
const pages = i >= 0 ? parseInt(process.argv[i + 1], 10) : NaN;
if (!(pages > 0)) {
  console.error('usage: annotation-row.ts --pages N');
  process.exit(2);
}
const b = process.argv.indexOf('--batch');
const row = await benchAnnotation(generateCorpus(pages), loadConfig(), b >= 0 ? parseInt(process.argv[b + 1], 10) : undefined);
process.stdout.write(JSON.stringify(row) + '\n');
