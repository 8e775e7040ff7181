import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from '../store/sqlite.ts';
import type { ArticleProfile } from './profile.ts';
import { handReport, type PlaceFacts } from './test-reports.ts';
import { clusterArticle, CLUSTER_DEFAULTS, type ClusterOptions } from './stories.ts';

/** A hand-written report: people and places are marked where their names stand in the text. */
const report = (id: string, title: string, text: string, published: string | null, people: string[], places: [string, PlaceFacts][] = []) =>
  handReport('PERSON', id, title, text, published, people, places);

const DENVER: PlaceFacts = { gazetteerId: 'gn:5419384', name: 'Denver', country: 'US', admin1: 'Colorado', lat: 39.74, lon: -104.99, precision: 'point', rule: 'test' } as PlaceFacts;

/** Other news already in the store, so that word weights are those of a working database. */
const BACKGROUND = [
  report('bg1', 'Storm closes mountain passes', 'Heavy snow closed two mountain passes on Friday and left thousands of homes without power, officials said.', '2024-02-20', []),
  report('bg2', 'City council approves budget', 'The city council approved a budget that raises spending on schools and roads, after a long debate on Tuesday.', '2024-02-22', []),
  report('bg3', 'Police arrest suspect in bank robbery', 'Police arrested a man suspected of robbing a bank downtown; no one was hurt, a spokesman said.', '2024-02-25', []),
  report('bg4', 'Wildfire forces evacuations', 'A wildfire spread across dry hills and forced the evacuation of several villages, firefighters said on Sunday.', '2024-02-27', []),
];

async function storeWith(background = BACKGROUND) {
  const store = SqliteStore.open(':memory:');
  for (const a of background) await clusterArticle(store, a);
  return store;
}

const BAR = report('bar', 'Gunman kills Maria Lopez and Tom Reed at Denver bar',
  'A gunman opened fire inside a crowded bar in Denver late on Saturday, killing Maria Lopez and Tom Reed and wounding three others, police said. The shooter fled on foot.',
  '2024-03-02', ['Maria Lopez', 'Tom Reed'], [['Denver', DENVER]]);
const BAR_FOLLOW_UP = report('bar2', 'Suspect held over killing of Lopez and Reed',
  'Detectives arrested a 24-year-old man on Sunday over the bar shooting in Denver in which Lopez and Reed died. Three people wounded in the attack remain in hospital, police said.',
  '2024-03-03', ['Lopez', 'Reed'], [['Denver', DENVER]]);
const STATION = report('station', 'Clerk Ahmed Nasser shot dead in Denver gas station robbery',
  'Ahmed Nasser, 41, was working the night shift at a gas station in Denver when a man demanded cash and shot him, police said on Sunday. A customer was wounded. The gunman drove off.',
  '2024-03-09', ['Ahmed Nasser'], [['Denver', DENVER]]);

test('a follow-up report of a shooting, in other words, joins the story of the first report', async () => {
  const store = await storeWith();
  const first = await clusterArticle(store, BAR);
  const next = await clusterArticle(store, BAR_FOLLOW_UP);
  assert.equal(first.created, true);
  assert.equal(next.storyId, first.storyId, `the follow-up joins (score ${next.score.toFixed(3)})`);
  await store.close();
});

test('two shootings in one city a week apart, with other victims, stay two stories in either order', async () => {
  for (const order of [[BAR, BAR_FOLLOW_UP, STATION], [STATION, BAR, BAR_FOLLOW_UP]]) {
    const store = await storeWith();
    const ids = new Map<string, string>();
    for (const a of order) ids.set(a.articleId, (await clusterArticle(store, a)).storyId);
    assert.equal(ids.get('bar2'), ids.get('bar'));
    assert.notEqual(ids.get('station'), ids.get('bar'), `order ${order.map((a) => a.articleId).join(', ')}`);
    await store.close();
  }
});

const ERIE: PlaceFacts = { gazetteerId: 'gn:5188843', name: 'Erie', country: 'US', admin1: 'Pennsylvania', lat: 42.13, lon: -80.09, precision: 'point', rule: 'test' } as PlaceFacts;

const BILL = report('bill', 'Woman stunned to find she owes $284 billion for electricity',
  'A woman in Erie, Pennsylvania, opened her electric bill on Tuesday and found she owed $284 billion. The utility said a clerk typed the wrong number and apologised.',
  '2017-12-27', [], [['Erie', ERIE]]);
const BILL_FOLLOW_UP = report('bill2', 'Power company says sorry for $284 billion electricity bill',
  'The power company apologised on Wednesday after billing an Erie family $284 billion for a month of electricity; the corrected bill was $284.46.',
  '2017-12-28', [], [['Erie', ERIE]]);
const SNOW = report('snow', 'Erie smashes snowfall record as flakes keep falling',
  'More than five feet of snow fell on Erie, Pennsylvania, in two days, a record for the city, and forecasters said on Wednesday that more was on the way.',
  '2017-12-27', [], [['Erie', ERIE]]);

test('two different events in one town on one day stay apart: their headlines share no word; a follow-up sharing one joins', async () => {
  for (const order of [[BILL, BILL_FOLLOW_UP, SNOW], [SNOW, BILL, BILL_FOLLOW_UP]]) {
    const store = await storeWith();
    const ids = new Map<string, string>();
    for (const a of order) ids.set(a.articleId, (await clusterArticle(store, a)).storyId);
    assert.equal(ids.get('bill2'), ids.get('bill'));
    assert.notEqual(ids.get('snow'), ids.get('bill'), `order ${order.map((a) => a.articleId).join(', ')}`);
    await store.close();
  }
});

const PANAMA: PlaceFacts = { gazetteerId: 'gn:3703443', name: 'Panama City', country: 'PA', admin1: 'Panama', lat: 8.99, lon: -79.52, precision: 'point', rule: 'test' } as PlaceFacts;

const LEAK = report('leak', 'Panama Papers: leaked law firm files expose offshore companies of leaders',
  'Journalists published on Sunday the Panama Papers, 11 million leaked files from the Panama City law firm Mossack Fonseca, showing how leaders and celebrities hid money in offshore companies.',
  '2016-04-03', ['Mossack Fonseca'], [['Panama City', PANAMA]]);
const LEAK_NEXT = report('leak2', 'Panama Papers: Mossack Fonseca says it broke no law as offshore files spread',
  'The law firm at the centre of the Panama Papers, Mossack Fonseca, denied wrongdoing on Monday as more leaked files about offshore companies of leaders were published from Panama City.',
  '2016-04-04', ['Mossack Fonseca'], [['Panama City', PANAMA]]);
const LEAK_YEARS_ON = report('leak3', 'Panama Papers: how the leaked Mossack Fonseca files changed offshore companies',
  'Twenty months after the Panama Papers of April 2016, the leaked files of the Panama City law firm Mossack Fonseca have led to tax inquiries into offshore companies of leaders in dozens of countries.',
  '2017-11-30', ['Mossack Fonseca'], [['Panama City', PANAMA]]);
const BANK_FRAUD = report('fraud', 'Bank clerk jailed for fraud',
  'A bank clerk who moved client money to offshore companies was jailed for six years on Thursday; the court heard he forged files over a decade.',
  '2017-11-30', [], []);

test('a follow-up beyond the candidate window joins a story its headline and names agree with strongly', async () => {
  const store = await storeWith();
  const first = await clusterArticle(store, LEAK);
  assert.equal((await clusterArticle(store, LEAK_NEXT)).storyId, first.storyId);
  const late = await clusterArticle(store, LEAK_YEARS_ON);
  assert.equal(late.storyId, first.storyId, `the revisit 600 days on joins (score ${late.score.toFixed(3)})`);
  await store.close();
});

test('an old report loaded after its follow-up from beyond the window joins the follow-up\'s story (an archive backfill)', async () => {
  const store = await storeWith();
  const late = await clusterArticle(store, LEAK_YEARS_ON);
  const early = await clusterArticle(store, LEAK);
  assert.equal(early.storyId, late.storyId, `score ${early.score.toFixed(3)}`);
  await store.close();
});

const KHOST = { gazetteerId: 'gn:1135689', name: 'Khost', country: 'AF', admin1: 'Khowst', lat: 33.34, lon: 69.92, precision: 'point', rule: 'test' } as PlaceFacts;
const STRIKE_2022 = report('khost22', 'Air strikes kill dozens in Khost province',
  'Air strikes on villages in Khost province killed at least 40 people, officials in Khost said on Saturday; the Taliban accused Pakistan of the raids.',
  '2022-04-16', ['Taliban'], [['Khost', KHOST]]);
const STRIKE_2024 = report('khost24', 'Pakistani air strikes kill eight in Khost province',
  'Pakistani air strikes on villages in Khost province killed eight people early on Monday, the Taliban said, and accused Pakistan of violating Afghan airspace over Khost.',
  '2024-03-18', ['Taliban'], [['Khost', KHOST]]);

test('a new strike on a province two years after another, looking back to no year of it, is its own story in either order', async () => {
  for (const order of [[STRIKE_2022, STRIKE_2024], [STRIKE_2024, STRIKE_2022]]) {
    const store = await storeWith();
    const first = await clusterArticle(store, order[0]);
    const second = await clusterArticle(store, order[1]);
    assert.notEqual(second.storyId, first.storyId, `${order[1].articleId} joined ${order[0].articleId}'s story (score ${second.score.toFixed(3)})`);
    await store.close();
  }
});

test('a report years later sharing only a few words with an old story starts its own', async () => {
  const store = await storeWith();
  const first = await clusterArticle(store, LEAK);
  await clusterArticle(store, LEAK_NEXT);
  const other = await clusterArticle(store, BANK_FRAUD);
  assert.notEqual(other.storyId, first.storyId, `score ${other.score.toFixed(3)}`);
  assert.equal(other.created, true);
  await store.close();
});

const COIN_DROP = report('coin1', 'Bitcoin falls below $6,000 as regulators circle',
  'Bitcoin fell below $6,000 on Tuesday for the first time since November, as regulators in Asia and the United States signalled tighter rules for cryptocurrency trading.',
  '2018-02-06', []);
const COIN_TRADERS = report('coin2', 'Traders shrug as bitcoin slides toward $6,000',
  'Cryptocurrency traders said the slide toward $6,000 was a correction after a bubble, while exchanges reported record volumes as bitcoin kept falling on Tuesday.',
  '2018-02-06', []);
const COIN_LINK = report('coin3', 'Bitcoin falls below $6,000 as traders brace for rules',
  'Bitcoin fell below $6,000 on Tuesday for the first time since November as regulators signalled tighter rules; traders called the slide a correction and exchanges reported record volumes.',
  '2018-02-06', []);

/** Places the first reports each in a story of its own (as an unlucky arrival order would), then the last with `last` options. */
async function apartThen(first: ArticleProfile[], last: ArticleProfile, o: ClusterOptions) {
  const store = await storeWith();
  const ids = [];
  for (const a of first) ids.push((await clusterArticle(store, a, { ...CLUSTER_DEFAULTS, joinThreshold: 1.01 })).storyId);
  const linker = await clusterArticle(store, last, o);
  const final = new Map((await store.listStories({ limit: 100 })).flatMap((s) => s.articleIds.map((a) => [a, s.id] as const)));
  await store.close();
  return { ids, linker, final };
}

test('two stories that agree (shared headline words, no other people) merge through an article fairly similar to both', async () => {
  // The plain link bar and the converged-profile rule are out of reach here: only the agreeing bar can merge them.
  const o = { ...CLUSTER_DEFAULTS, linkThreshold: 1.01, convergedThreshold: 1.01 };
  const { final } = await apartThen([COIN_DROP, COIN_TRADERS], COIN_LINK, o);
  assert.equal(final.get('coin2'), final.get('coin1'));
  assert.equal(final.get('coin3'), final.get('coin1'));
  const strict = await apartThen([COIN_DROP, COIN_TRADERS], COIN_LINK, { ...o, agreeingLinkThreshold: 1.01 });
  assert.notEqual(strict.final.get('coin2'), strict.final.get('coin1'), 'without the rule they stay apart');
});

test('two shootings with other victims do not merge through an article similar to both', async () => {
  const o = { ...CLUSTER_DEFAULTS, linkThreshold: 1.01 };
  const WEEK_LATER = report('bar3', 'Denver shootings: gunman kills clerk at gas station a week after bar attack',
    'A gunman shot dead clerk Ahmed Nasser during a gas station robbery in Denver, police said, a week after a gunman opened fire inside a crowded Denver bar, killing Maria Lopez and Tom Reed and wounding three others. The shooter fled on foot; the gunman at the gas station drove off, and a customer was wounded.',
    '2024-03-10', ['Maria Lopez', 'Tom Reed', 'Ahmed Nasser'], [['Denver', DENVER]]);
  const { final } = await apartThen([BAR, STATION], WEEK_LATER, o);
  assert.notEqual(final.get('station'), final.get('bar'));
});

test('two agreeing stories whose profiles converge once an article joins one merge, even with no article similar to both', async () => {
  const o = { ...CLUSTER_DEFAULTS, linkThreshold: 1.01, agreeingLinkThreshold: 1.01 };
  const { final } = await apartThen([COIN_DROP, COIN_TRADERS], COIN_LINK, o);
  assert.equal(final.get('coin2'), final.get('coin1'));
  const strict = await apartThen([COIN_DROP, COIN_TRADERS], COIN_LINK, { ...o, convergedThreshold: 1.01 });
  assert.notEqual(strict.final.get('coin2'), strict.final.get('coin1'), 'without the rule they stay apart');
});

test('undated stories, or stories reported weeks apart, do not merge on converged profiles alone', async () => {
  const o = { ...CLUSTER_DEFAULTS, linkThreshold: 1.01, agreeingLinkThreshold: 1.01 };
  const undated = (a: ArticleProfile) => ({ ...a, day: null });
  const { final } = await apartThen([undated(COIN_DROP), undated(COIN_TRADERS)], undated(COIN_LINK), o);
  assert.notEqual(final.get('coin2'), final.get('coin1'));
  const later = await apartThen([COIN_DROP, { ...COIN_TRADERS, day: '2018-03-20' }], COIN_LINK, o);
  assert.notEqual(later.final.get('coin2'), later.final.get('coin1'));
});

test('converged profiles of two shootings with other victims do not merge', async () => {
  const o = { ...CLUSTER_DEFAULTS, linkThreshold: 1.01, agreeingLinkThreshold: 1.01, convergedThreshold: 0 };
  const { final } = await apartThen([BAR, STATION], BAR_FOLLOW_UP, o);
  assert.notEqual(final.get('station'), final.get('bar'));
  assert.equal(final.get('bar2'), final.get('bar'));
});
