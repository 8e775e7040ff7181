// The PostgreSQL store against a real server named by SITREP_PG_URL (scripts/pg-test-server.sh
// starts one). Each open() gets a schema of its own, because the contract expects an empty store.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { PostgresStore, redactUrl, searchTerms } from './postgres.ts';
import { handWrittenArticle, storeContract } from './contract.ts';
import { eventStoreContract, handWrittenEvent } from './contract-events.ts';
import { storyIndexContract } from './contract-stories.ts';

const PG_URL = process.env.SITREP_PG_URL;
const SKIP_MESSAGE = 'PostgreSQL tests skipped: set SITREP_PG_URL (scripts/pg-test-server.sh starts one)';

const FLOOD =
  'Heavy rain flooded the lower town of Khorog on Tuesday, cutting the Pamir highway in two places. ' +
  'Officials said forty houses were damaged and three bridges washed away overnight.';
const CONVOY =
  'A convoy carrying flour reached the border post at Ishkashim after a week of delays; ' +
  'drivers said the floods upstream had closed the only road, and a second flood warning came on Friday.';
const ROAD_CLOSED =
  'Rain closed the road near Khorog for three days, and engineers inspected two damaged bridges.';

test('postgres: a refused connection is reported with the password masked', async () => {
  // Port 1 on loopback refuses at once: nothing listens there.
  await assert.rejects(PostgresStore.open('postgres://sitrep:hunter2@127.0.0.1:1/sitrep'), (err: Error) => {
    assert.match(err.message, /cannot open PostgreSQL database "postgres:\/\/sitrep:\*\*\*@127\.0\.0\.1:1\/sitrep"/);
    assert.ok(!err.message.includes('hunter2'), err.message);
    return true;
  });
  assert.equal(redactUrl('postgres://sitrep@127.0.0.1:54329/sitrep'), 'postgres://sitrep@127.0.0.1:54329/sitrep');
});

test('postgres: search keeps only words, so tsquery operators typed by a reader are plain text', () => {
  assert.equal(searchTerms('Pamir "highway'), 'Pamir highway');
  assert.equal(searchTerms("!Khorog & (floods | rain) <-> 'bridge':*"), 'Khorog floods rain bridge');
  assert.equal(searchTerms('?!'), '');
});

if (!PG_URL) {
  test('postgres store contract', (t) => t.skip(SKIP_MESSAGE));
} else {
  const admin = new pg.Pool({ connectionString: PG_URL, max: 2 });
  const schemas: string[] = [];

  /** A new empty schema and the connection string that makes it the store's search path. */
  const freshSchemaUrl = async (): Promise<{ url: string; schema: string }> => {
    const schema = `sitrep_test_${process.pid}_${schemas.length + 1}`;
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
    schemas.push(schema);
    const url = new URL(PG_URL);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return { url: url.toString(), schema };
  };

  after(async () => {
    for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await admin.end();
  });

  storeContract('postgres', async () => PostgresStore.open((await freshSchemaUrl()).url));
  eventStoreContract('postgres', async () => PostgresStore.open((await freshSchemaUrl()).url));
  storyIndexContract('postgres', async () => PostgresStore.open((await freshSchemaUrl()).url));

  test('postgres: workers opening one database at once share one schema and see each other', async () => {
    const { url } = await freshSchemaUrl();
    const [a, b] = await Promise.all([PostgresStore.open(url), PostgresStore.open(url)]);
    try {
      const article = handWrittenArticle(FLOOD, { title: 'Floods cut Pamir highway' });
      assert.equal(await a.putArticle(article), true);
      assert.equal(await b.hasArticle(article.id), true);
      assert.deepEqual(await b.getArticle(article.id), article);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
    const reopened = await PostgresStore.open(url);
    try {
      assert.equal(await reopened.countArticles(), 1, 'reopening keeps what was stored');
    } finally {
      await reopened.close();
    }
  });

  test('postgres: two workers storing the same article at once store it once', async () => {
    const { url, schema } = await freshSchemaUrl();
    const [a, b] = await Promise.all([PostgresStore.open(url), PostgresStore.open(url)]);
    try {
      const article = handWrittenArticle(FLOOD);
      const stored = await Promise.all([a.putArticle(article), b.putArticle(article)]);
      assert.deepEqual(stored.sort(), [false, true]);
      assert.equal(await a.countArticles(), 1);
      const { rows } = await admin.query(`SELECT count(*)::int AS n FROM ${schema}.fingerprint_bands`);
      assert.equal(rows[0].n, 16, 'one set of band keys, not two');
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  test('postgres: a near-duplicate is found through its band keys, never by reading every article', async () => {
    const { url, schema } = await freshSchemaUrl();
    const store = await PostgresStore.open(url);
    try {
      const original = handWrittenArticle(FLOOD);
      await store.putArticle(original);
      assert.equal(await store.findNearDuplicate(original.fingerprint, 1), original.id);
      await admin.query(`DELETE FROM ${schema}.fingerprint_bands WHERE article_id = $1`, [original.id]);
      assert.equal(await store.findNearDuplicate(original.fingerprint, 1), null, 'without band keys there is no candidate');
    } finally {
      await store.close();
    }
  });

  test('postgres: a month in `until` takes in its last day; a date without a year is listed last and never in a range', async () => {
    const store = await PostgresStore.open((await freshSchemaUrl()).url);
    try {
      const lateApril = handWrittenEvent('a1:10', { date: { start: '2024-04-30', end: '2024-04-30', precision: 'day', basis: 'stated', yearResolved: true, reason: null } });
      const may = handWrittenEvent('a1:50', { date: { start: '2024-05-02', end: '2024-05-02', precision: 'day', basis: 'stated', yearResolved: true, reason: null } });
      const yearless = handWrittenEvent('a1:90', { date: { start: '--04-18', end: '--04-18', precision: 'day', basis: 'stated', yearResolved: false, reason: 'no year in text' } });
      await store.putMentions('a1', [yearless, lateApril, may]);
      assert.deepEqual((await store.queryMentions({})).map((e) => e.id), ['a1:50', 'a1:10', 'a1:90'], 'newest first, undated last');
      assert.deepEqual((await store.queryMentions({ until: '2024-04' })).map((e) => e.id), ['a1:10']);
      assert.deepEqual((await store.queryMentions({ since: '2024-04-01', until: '2024-12-31' })).map((e) => e.id), ['a1:50', 'a1:10']);
      assert.equal(await store.countEvents({ since: '2000-01-01' }, false), 2);
    } finally {
      await store.close();
    }
  });

  test('postgres: canonical events are found by the article of any of their mentions', async () => {
    const store = await PostgresStore.open((await freshSchemaUrl()).url);
    try {
      await store.putMentions('a1', [handWrittenEvent('a1:10')]);
      await store.putMentions('a2', [handWrittenEvent('a2:5', { articleIds: ['a2'] })]);
      const merged = { ...handWrittenEvent('ev:1'), mentionIds: ['a1:10', 'a2:5'], corroboration: 2, conflicts: [], history: [], storyId: null };
      const alone = { ...handWrittenEvent('ev:2', { type: 'protest' }), mentionIds: ['a3:7'], corroboration: 1, conflicts: [], history: [], storyId: null };
      await store.putCanonical([merged, alone]);
      assert.deepEqual((await store.queryCanonical({ articleId: 'a2' })).map((e) => e.id), ['ev:1']);
      assert.deepEqual((await store.queryCanonical({ types: ['protest', 'military_exercise'] })).map((e) => e.id).sort(), ['ev:1', 'ev:2']);
      // Re-merging moves a mention: the old event no longer claims it.
      await store.putCanonical([{ ...alone, mentionIds: ['a3:7', 'a2:5'] }, { ...merged, mentionIds: ['a1:10'] }]);
      assert.equal((await store.canonicalOfMention('a2:5'))?.id, 'ev:2');
      assert.deepEqual((await store.queryCanonical({ articleId: 'a1' })).map((e) => e.id), ['ev:1']);
    } finally {
      await store.close();
    }
  });

  test('postgres: two workers storing mentions of one article at once leave one set', async () => {
    const { url } = await freshSchemaUrl();
    const [a, b] = await Promise.all([PostgresStore.open(url), PostgresStore.open(url)]);
    try {
      await Promise.all([
        a.putMentions('a1', [handWrittenEvent('a1:10'), handWrittenEvent('a1:40')]),
        b.putMentions('a1', [handWrittenEvent('a1:10'), handWrittenEvent('a1:70')]),
      ]);
      const ids = (await a.queryMentions({ articleId: 'a1' })).map((e) => e.id).sort();
      assert.ok(['a1:10,a1:40', 'a1:10,a1:70'].includes(ids.join(',')), `one extraction's mentions, not a mix: ${ids}`);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  test('postgres: search matches word forms and ranks a title match above mentions in the text', async () => {
    const store = await PostgresStore.open((await freshSchemaUrl()).url);
    try {
      // The convoy story says "flood" twice in its text; the other says it once, in its title.
      await store.putArticle(handWrittenArticle(CONVOY, { title: 'Aid convoy reaches Ishkashim' }));
      await store.putArticle(handWrittenArticle(ROAD_CLOSED, { title: 'Floods cut Pamir highway' }));
      const hits = await store.listArticles({ search: 'flood' });
      assert.deepEqual(hits.map((h) => h.title), ['Floods cut Pamir highway', 'Aid convoy reaches Ishkashim']);
      assert.equal((await store.listArticles({ search: 'flood', limit: 1, offset: 1 }))[0].title, 'Aid convoy reaches Ishkashim');
      assert.equal((await store.listArticles({ search: 'Ishkashim convoy' })).length, 1);
    } finally {
      await store.close();
    }
  });
}
