// Threaded ingest must give the same documents, in the same order, as one thread: reports of
// border clashes and arrests written for this test, with an unreadable input among them.
import test from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../config.ts';
import { SqliteStore } from '../store/sqlite.ts';
import type { IngestItem } from '../ingest/sources.ts';
import { processItems, type Processed } from './process.ts';
import { BATCH_SIZE, PipelinePool, stripForCaller } from './pool.ts';
import { runStages, runStagesBatch, STAGES } from '../pipeline.ts';
import type { RawDocument } from '../model.ts';
import type { Doc } from '../stage.ts';

const TOWNS = ['Kidal', 'Goma', 'Mosul', 'Kunduz', 'Marawi', 'Khost'];

/** Enough items that processItems uses the worker pool (it runs fewer than 24 in process). */
function reports(count: number): IngestItem[] {
  const items: IngestItem[] = [];
  for (let i = 0; i < count; i++) {
    if (i === 7) {
      items.push({ ok: false, source: 'feed.xml#7', error: 'feed.xml#7: HTTP 404 Not Found' });
      continue;
    }
    const town = TOWNS[i % TOWNS.length];
    items.push({
      ok: true,
      raw: {
        source: `report-${i}.txt`,
        kind: 'text',
        body: `Clashes near ${town}\n` +
          `Soldiers clashed with armed men near ${town} on Tuesday, killing ${i + 2} people, the army said in report ${i}.\n` +
          `Police later detained ${i + 3} suspects in the town, and the governor said markets would reopen on April ${1 + (i % 28)}.`,
        given: { published: '2024-04-16' },
      },
    });
  }
  return items;
}

async function run(workers: number, items: IngestItem[]): Promise<Processed[]> {
  const config = loadConfig({ db: ':memory:', workers });
  const store = SqliteStore.open(':memory:');
  async function* source() {
    yield* items;
  }
  const out: Processed[] = [];
  try {
    for await (const p of processItems(source(), { config, store })) out.push(p);
  } finally {
    await store.close();
  }
  return out;
}

/** What the store receives of a document. */
function stored(p: Processed) {
  const d = p.doc;
  return {
    source: p.item.ok ? p.item.raw.source : p.item.source,
    error: p.error ?? null,
    text: d?.article?.text ?? null,
    fingerprint: d?.article?.fingerprint ?? null,
    entities: d?.entities ?? null,
    places: d?.places ?? null,
    dates: d?.dates ?? null,
    quantities: d?.quantities ?? null,
    events: d?.events ?? null,
  };
}

test('threaded ingest yields every report in input order with the same annotations and events as one thread', async () => {
  const items = reports(40);
  const one = await run(1, items);
  const threaded = await run(2, items);
  assert.equal(threaded.length, items.length);
  assert.deepEqual(threaded.map((p) => (p.item.ok ? p.item.raw.source : p.item.source)), items.map((i) => (i.ok ? i.raw.source : i.source)));
  assert.equal(threaded[7].doc, undefined, 'the unreadable input passes through without a document');
  assert.ok(threaded.filter((p) => p.doc?.events?.length).length > 30, 'the clashes are found as events');
  assert.deepEqual(threaded.map(stored), one.map(stored));
});

/** The document without its ingest clock time, which differs between any two runs. */
const comparable = (doc: Doc) => JSON.stringify({ ...doc, article: { ...doc.article, ingestedAt: null } });

test('a started worker takes documents, and its results equal the calling thread\'s', async () => {
  const config = loadConfig({ db: ':memory:' });
  const items = reports(30).filter((i) => i.ok).map((i) => ({ tag: i.raw.source, raw: i.raw }));
  const reference = new Map<string, string>();
  let onCaller = 0;
  const inProcess = async (raws: RawDocument[]) => {
    onCaller += raws.length;
    return (await runStagesBatch(raws.map((raw) => ({ raw })), STAGES, { config })).map(stripForCaller);
  };
  // The reference runs each document alone, so batched results are checked against per-document ones.
  for (const i of items) reference.set(i.tag, comparable(stripForCaller(await runStages({ raw: i.raw }, STAGES, { config })).doc!));
  onCaller = 0;
  const pool = new PipelinePool(1, config);
  try {
    await pool.started();
    async function* source() {
      yield* items;
    }
    const tags: string[] = [];
    for await (const r of pool.run(source(), inProcess)) {
      assert.ok('doc' in r, `document ${r.tag} failed`);
      tags.push(r.tag);
      assert.equal(comparable(r.doc), reference.get(r.tag), `document ${r.tag} differs`);
    }
    assert.deepEqual(tags, items.map((i) => i.tag));
    assert.ok(onCaller < items.length, 'the worker processed some documents');
  } finally {
    await pool.close();
  }
});

test('a batch holding a page with no text still yields every other report, on a worker and on the calling thread', async () => {
  const config = loadConfig({ db: ':memory:' });
  const items = reports(BATCH_SIZE + 8).filter((i) => i.ok).map((i) => ({ tag: i.raw.source, raw: i.raw }));
  // Made-up pages that clean to nothing: the cleaner throws before there is an article.
  const empty = (n: number) => ({ tag: `empty-${n}.txt`, raw: { source: `empty-${n}.txt`, kind: 'text' as const, body: 'Share this page:\n\nAdvertisement', given: {} } });
  items.splice(3, 0, empty(3));
  items.splice(BATCH_SIZE + 2, 0, empty(BATCH_SIZE + 2));
  const calling = async (raws: RawDocument[]) => (await runStagesBatch(raws.map((raw) => ({ raw })), STAGES, { config })).map(stripForCaller);
  const check = (results: { tag: string; doc?: Doc; error?: string }[]) => {
    assert.deepEqual(results.map((r) => r.tag), items.map((i) => i.tag));
    for (const r of results) {
      if (r.tag.startsWith('empty-')) assert.match(r.error ?? '', /^clean: empty page/, `${r.tag} reports why it has no article`);
      else assert.ok(r.doc?.events?.length, `${r.tag} is processed despite the empty page in its batch`);
    }
  };
  async function* source() {
    yield* items;
  }
  const onCaller: { tag: string; doc?: Doc; error?: string }[] = [];
  for (const r of (await calling(items.map((i) => i.raw)))) onCaller.push({ tag: items[onCaller.length].tag, ...r });
  check(onCaller);
  const pool = new PipelinePool(1, config);
  try {
    await pool.started();
    const onWorker: { tag: string; doc?: Doc; error?: string }[] = [];
    for await (const r of pool.run(source(), async () => assert.fail('the started worker has a free slot for every batch'))) {
      assert.ok(!('skip' in r));
      onWorker.push(r);
    }
    check(onWorker);
  } finally {
    await pool.close();
  }
});
