// The bundled examples (articles we wrote, in examples/) through the whole pipeline, as `npm run
// demo` runs them: what the README's first command shows must keep issue #5's promises.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from '../store/sqlite.ts';
import { ingestExamples } from '../export/test-store.ts';

test('the examples\' air strikes on Khost in 2022 and in 2024 are two stories, not one', async () => {
  const store = SqliteStore.open(':memory:');
  await ingestExamples(store);
  const stories = await store.listStories({ limit: 1000 });
  const titles = async (ids: string[]) => Promise.all(ids.map(async (id) => (await store.getArticle(id))?.title ?? ''));
  const khost: { story: string; titles: string[] }[] = [];
  for (const s of stories) {
    const t = await titles(s.articleIds);
    if (t.some((x) => /Khost/.test(x))) khost.push({ story: s.id, titles: t });
  }
  assert.equal(khost.length, 2, `Khost stories: ${JSON.stringify(khost)}`);
  for (const k of khost) assert.equal(k.titles.length, 1, `one article each: ${JSON.stringify(k.titles)}`);
  await store.close();
});
