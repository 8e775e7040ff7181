// The behaviour every Store must show, run against each implementation by its own test file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../model.ts';
import type { Store } from '../store.ts';
import { articleId } from '../article-id.ts';
import { minhash } from '../dedupe/minhash.ts';

export function handWrittenArticle(text: string, over: Partial<Article> = {}): Article {
  return {
    id: articleId(text), url: null, canonicalUrl: null, title: null, published: null, author: null,
    outlet: null, source: 'test', text, cut: [], language: 'eng', fingerprint: minhash(text),
    duplicateOf: null, ingestedAt: new Date().toISOString(), error: null, ...over,
  };
}

const FLOOD =
  'Heavy rain flooded the lower town of Khorog on Tuesday, cutting the Pamir highway in two places.\n\n' +
  'Local officials said at least 40 houses were damaged and three bridges washed away, and rescuers ' +
  'evacuated families from the riverside districts overnight while engineers inspected the dam upstream.';

export function storeContract(name: string, open: () => Promise<Store>): void {
  test(`${name}: stores an article once and reads it back whole`, async () => {
    const store = await open();
    try {
      const a = handWrittenArticle(FLOOD, {
        title: 'Floods cut Pamir highway', url: 'https://example.org/khorog-floods', published: '2024-05-14',
        outlet: 'Example Wire', cut: [{ text: 'Share this page', reason: 'share-widget', at: FLOOD.length }],
      });
      assert.equal(await store.putArticle(a), true);
      assert.equal(await store.putArticle(a), false, 'the same article again adds nothing');
      assert.equal(await store.countArticles(), 1);
      assert.deepEqual(await store.getArticle(a.id), a);
      assert.equal(await store.getArticle('nope'), null);
    } finally {
      await store.close();
    }
  });

  test(`${name}: full-text search ranks the matching article and survives punctuation`, async () => {
    const store = await open();
    try {
      await store.putArticle(handWrittenArticle(FLOOD, { title: 'Floods cut Pamir highway' }));
      await store.putArticle(handWrittenArticle('Border guards detained two smugglers near the river crossing at Panj.'));
      const hits = await store.listArticles({ search: 'Pamir "highway' });
      assert.equal(hits.length, 1);
      assert.equal(hits[0].title, 'Floods cut Pamir highway');
      assert.equal((await store.listArticles({ search: 'volcano' })).length, 0);
    } finally {
      await store.close();
    }
  });

  test(`${name}: finds a near-identical copy through the band index, not an unrelated text`, async () => {
    const store = await open();
    try {
      const original = handWrittenArticle(FLOOD);
      await store.putArticle(original);
      const copy = FLOOD.replace('on Tuesday', 'on Tuesday, the agency said');
      const dist = await store.findNearDuplicate(minhash(copy), 0.8);
      // A light edit keeps most shingles; when the hash moved more than 3 bits we still must not
      // report an unrelated text.
      assert.ok(dist === original.id || dist === null);
      assert.equal(await store.findNearDuplicate(original.fingerprint, 1), original.id);
      assert.equal(await store.findNearDuplicate(minhash('Completely different words about a football match in Lisbon tonight.'), 0.8), null);
      const dup = handWrittenArticle(FLOOD + ' ', { id: 'copy-1', duplicateOf: original.id });
      await store.putArticle(dup);
      assert.equal((await store.listArticles()).length, 1, 'copies are hidden by default');
      assert.equal((await store.listArticles({ withDuplicates: true })).length, 2);
    } finally {
      await store.close();
    }
  });
}
