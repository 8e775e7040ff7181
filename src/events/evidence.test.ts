// Every non-null field of every event on every fixture (examples/** and src/events/fixtures) has
// evidence, and each evidence text equals the stored article text at its offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brokenEvidence, missingEvidence } from './evidence.ts';
import { extractArticle } from './run.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIRS = [path.join(REPO, 'examples/pages'), path.join(REPO, 'examples/text'), path.join(REPO, 'src/events/fixtures')];

test('every event field on every fixture cites the exact stored words', async () => {
  const files = DIRS.flatMap((d) => fs.readdirSync(d).map((f) => path.join(d, f)));
  assert.ok(files.length >= 10, 'the fixtures are there');
  let events = 0;
  for (const file of files) {
    const doc = await extractArticle(file, fs.readFileSync(file, 'utf8'), {}, file.endsWith('.html') ? 'html' : 'text');
    const text = doc.article!.text;
    for (const e of doc.events!) {
      events++;
      assert.deepEqual(brokenEvidence(e, (id) => (id === doc.article!.id ? text : undefined)), [], `${file}: ${e.type}`);
      assert.deepEqual(missingEvidence(e), [], `${file}: ${e.type} has fields without evidence`);
    }
  }
  assert.ok(events > 10, `events were extracted (${events})`);
});
