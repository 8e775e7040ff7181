// Measures charset sniffing on real Russian text from ../shared (never copied here): every
// paragraph-sized chunk is encoded in windows-1251 and KOI8-R and must decode back exactly.
// Also checks every benchmark page (UTF-8) still decodes as UTF-8. Run:
//   node --import tsx src/ingest/measure-charset.ts
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { decodeBytes } from './charset.ts';

const shared = process.env.SITREP_SHARED ?? path.resolve(import.meta.dirname, '../../../shared');
const extraction = path.join(shared, 'data/article-extraction');
if (!fs.existsSync(extraction)) {
  console.log(`skipped: ${extraction} not found (set SITREP_SHARED)`);
  process.exit(0);
}
/** Chunk lengths to try: a headline, a sentence, a paragraph, a short article. */
const LENGTHS = [20, 60, 200, 1000];
const truth = JSON.parse(fs.readFileSync(path.join(extraction, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
const russian = Object.values(truth).map((t) => t.articleBody).filter((b) => /[а-я]{6,}/.test(b));
const tally: Record<string, { right: number; n: number }> = {};
for (const body of russian) {
  for (const len of LENGTHS) {
    for (let at = 0; at + len <= body.length; at += len) {
      const chunk = body.slice(at, at + len);
      if (!/[а-яё]{3,}/i.test(chunk)) continue;
      for (const charset of ['windows-1251', 'koi8-r']) {
        const bytes = iconv.encode(chunk, charset);
        if (iconv.decode(bytes, charset) !== chunk) continue; // the text has characters the code page lacks
        const key = `${charset} ${len} chars`;
        const t = (tally[key] ??= { right: 0, n: 0 });
        t.n++;
        try {
          if (decodeBytes(bytes).text === chunk) t.right++;
        } catch {
          /* counted as wrong */
        }
      }
    }
  }
}
for (const [key, t] of Object.entries(tally)) console.log(`${key}: ${t.right}/${t.n} (${((100 * t.right) / t.n).toFixed(1)}%)`);
let utf8 = 0, pages = 0;
for (const f of fs.readdirSync(path.join(extraction, 'html'))) {
  const bytes = zlib.gunzipSync(fs.readFileSync(path.join(extraction, 'html', f)));
  pages++;
  if (decodeBytes(bytes, 'text/html').text === bytes.toString('utf8')) utf8++;
}
console.log(`benchmark pages decoded as UTF-8: ${utf8}/${pages}`);
