// The story-clustering part of the Store contract (term counts, story profiles, the key index and
// `resolve --rebuild`), run against each implementation by its own test file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CanonicalEvent } from '../model.ts';
import type { Store, StoryProfile } from '../store.ts';
import { handWrittenEvent } from './contract-events.ts';

/** A profile of a story about drills in Khatlon; `over` changes its id, span or index. */
function drillsProfile(over: Partial<StoryProfile> = {}): StoryProfile {
  return {
    storyId: 'st:drills', start: '2024-04-15', end: '2024-04-18', articles: 2,
    // Not in alphabetical order: a store must give the weights back as written.
    terms: { drill: 1.7320508075688772, khatlon: 0.5773502691896258, border: 0.4082482904638631, airborn: 0.1 },
    keys: { 'e:cty:RU': 1.4142135623730951, 'p:TJ': 0.7071067811865476, 'y:military_exercise': 1 },
    index: ['e:cty:RU', 'p:TJ', 't:khatlon'],
    ...over,
  };
}

const ids = (ps: StoryProfile[]) => ps.map((p) => p.storyId).sort();

export function storyIndexContract(name: string, open: () => Promise<Store>): void {
  test(`${name}: an article's terms count once into document frequencies, however often it is offered`, async () => {
    const store = await open();
    try {
      assert.deepEqual(await store.termStats(['drill']), { docs: 0, df: {} }, 'an empty store knows no terms');
      await store.addTermDocument('a1', ['drill', 'khatlon', 'drill', 'e:cty:RU']);
      await store.addTermDocument('a2', ['drill', 'flood']);
      await store.addTermDocument('a1', ['drill', 'khatlon', 'e:cty:RU']);
      const stats = await store.termStats(['drill', 'khatlon', 'flood', 'e:cty:RU', 'never-seen', 'drill']);
      assert.equal(stats.docs, 2);
      assert.deepEqual(stats.df, { drill: 2, khatlon: 1, flood: 1, 'e:cty:RU': 1 }, 'unseen terms are left out');
      assert.deepEqual(await store.termStats([]), { docs: 2, df: {} });
    } finally {
      await store.close();
    }
  });

  test(`${name}: a story profile is stored whole, replaced whole and deleted`, async () => {
    const store = await open();
    try {
      const p = drillsProfile();
      await store.putStoryProfile(p);
      const back = await store.getStoryProfile('st:drills');
      assert.deepEqual(back, p);
      assert.deepEqual(Object.keys(back!.terms), Object.keys(p.terms), 'term weights come back in the order written');
      const grown = drillsProfile({ end: '2024-04-25', articles: 3, index: ['e:cty:TJ'] });
      await store.putStoryProfile(grown);
      assert.deepEqual(await store.getStoryProfile('st:drills'), grown);
      assert.deepEqual(ids(await store.storyCandidates(['e:cty:RU'], null, null, 10)), [], 'keys it no longer has do not find it');
      assert.deepEqual(ids(await store.storyCandidates(['e:cty:TJ'], null, null, 10)), ['st:drills']);
      await store.deleteStoryProfile('st:drills');
      assert.equal(await store.getStoryProfile('st:drills'), null);
      assert.deepEqual(await store.storyCandidates(['e:cty:TJ'], null, null, 10), [], 'a deleted story is not a candidate');
      assert.equal(await store.getStoryProfile('st:never'), null);
    } finally {
      await store.close();
    }
  });

  test(`${name}: candidates are the stories indexed under a key whose span touches the window, undated ones always`, async () => {
    const store = await open();
    try {
      await store.putStoryProfile(drillsProfile());
      await store.putStoryProfile(drillsProfile({ storyId: 'st:floods', start: '2023-07-01', end: '2023-07-09', index: ['p:TJ', 't:flood'] }));
      await store.putStoryProfile(drillsProfile({ storyId: 'st:undated', start: null, end: null, index: ['t:khatlon'] }));
      const april = await store.storyCandidates(['p:TJ', 't:khatlon', 'e:cty:RU'], '2024-04-01', '2024-04-16', 10);
      assert.deepEqual(ids(april), ['st:drills', 'st:undated'], 'found once each, the flood story is out of the window');
      assert.deepEqual(april.find((p) => p.storyId === 'st:drills'), drillsProfile(), 'candidates are whole profiles');
      assert.deepEqual(ids(await store.storyCandidates(['p:TJ'], '2024-04-18', '2024-05-01', 10)), ['st:drills'], 'the last day of the span touches');
      assert.deepEqual(ids(await store.storyCandidates(['p:TJ'], '2024-04-19', '2024-05-01', 10)), [], 'a window after the span misses');
      assert.deepEqual(ids(await store.storyCandidates(['p:TJ'], '2023-01-01', '2024-04-14', 10)), ['st:floods'], 'a window before the span misses');
      assert.deepEqual(ids(await store.storyCandidates(['p:TJ'], null, null, 10)), ['st:drills', 'st:floods'], 'an undated article sees every time');
      assert.deepEqual(await store.storyCandidates(['t:nothing'], null, null, 10), []);
      assert.deepEqual(await store.storyCandidates([], null, null, 10), []);
    } finally {
      await store.close();
    }
  });

  test(`${name}: at most perKey stories per key, the latest-ending first`, async () => {
    const store = await open();
    try {
      for (const [id, end] of [['st:march', '2024-03-20'], ['st:may', '2024-05-30'], ['st:april', '2024-04-18']]) {
        await store.putStoryProfile(drillsProfile({ storyId: id, start: '2024-03-01', end, index: ['p:TJ'] }));
      }
      await store.putStoryProfile(drillsProfile({ storyId: 'st:khatlon-only', start: '2024-01-01', end: '2024-01-02', index: ['t:khatlon'] }));
      assert.deepEqual(ids(await store.storyCandidates(['p:TJ'], null, null, 2)), ['st:april', 'st:may']);
      assert.deepEqual(ids(await store.storyCandidates(['p:TJ', 't:khatlon'], null, null, 1)), ['st:khatlon-only', 'st:may'], 'the limit is per key');
    } finally {
      await store.close();
    }
  });

  test(`${name}: resetting resolution forgets stories, canonical events, profiles and counts but keeps mentions and splits`, async () => {
    const store = await open();
    try {
      await store.putMentions('a1', [handWrittenEvent('a1:10')]);
      await store.putMentions('a2', [handWrittenEvent('a2:5', { articleIds: ['a2'] })]);
      const canon: CanonicalEvent = {
        ...handWrittenEvent('ev:1', { articleIds: ['a1', 'a2'] }),
        mentionIds: ['a1:10', 'a2:5'], corroboration: 2, conflicts: [], history: [], storyId: 'st:drills',
      };
      await store.putCanonical([canon]);
      await store.putStory({ id: 'st:drills', title: 'Drills in Khatlon', start: '2024-04-15', end: '2024-04-18', articleIds: ['a1', 'a2'], eventIds: ['ev:1'] });
      await store.putStoryProfile(drillsProfile());
      await store.addTermDocument('a1', ['drill']);
      await store.putCannotLink('a1:10', 'a2:5', 'different drills');

      await store.resetResolution();
      assert.equal(await store.getStory('st:drills'), null);
      assert.deepEqual(await store.listStories({ articleId: 'a1' }), []);
      assert.equal(await store.getCanonical('ev:1'), null);
      assert.equal(await store.canonicalOfMention('a1:10'), null);
      assert.equal(await store.countEvents({}, true), 0);
      assert.equal(await store.getStoryProfile('st:drills'), null);
      assert.deepEqual(await store.storyCandidates(['p:TJ'], null, null, 10), []);
      assert.deepEqual(await store.termStats(['drill']), { docs: 0, df: {} });
      assert.equal(await store.countEvents({}, false), 2, 'mentions stay');
      assert.deepEqual(await store.cannotLinks(['a1:10']), [['a1:10', 'a2:5']], 'splits stay');

      await store.addTermDocument('a1', ['drill']);
      assert.deepEqual(await store.termStats(['drill']), { docs: 1, df: { drill: 1 } }, 'an article counts again after a reset');
    } finally {
      await store.close();
    }
  });
}
