import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from '../store/sqlite.ts';
import { handReport, type PlaceFacts } from './test-reports.ts';
import { clusterArticle, CLUSTER_DEFAULTS } from './stories.ts';
import { clearlyApart, namedApart, readMembers, sketchOf, splitOf, type MemberSketch } from './story-split.ts';
import { localWeight } from './split-similarity.ts';
import { splitStory } from './story-merge.ts';
import { handWrittenEvent } from '../store/contract-events.ts';

/** A hand-written report: organisations and places are marked where their names stand in the text. */
const report = (id: string, title: string, text: string, published: string | null, orgs: string[], places: [string, PlaceFacts][] = []) =>
  handReport('ORG', id, title, text, published, orgs, places);

const VAN = { gazetteerId: 'gn:298117', name: 'Van', country: 'TR', admin1: 'Van', lat: 38.49, lon: 43.38, precision: 'point', rule: 'test' } as PlaceFacts;
const ERCIS = { gazetteerId: 'gn:315808', name: 'Ercis', country: 'TR', admin1: 'Van', lat: 39.03, lon: 43.36, precision: 'point', rule: 'test' } as PlaceFacts;
const CONCEPCION = { gazetteerId: 'gn:3893894', name: 'Concepcion', country: 'CL', admin1: 'Biobio', lat: -36.83, lon: -73.05, precision: 'point', rule: 'test' } as PlaceFacts;
const TALCAHUANO = { gazetteerId: 'gn:3870282', name: 'Talcahuano', country: 'CL', admin1: 'Biobio', lat: -36.72, lon: -73.12, precision: 'point', rule: 'test' } as PlaceFacts;

// Undated reports, as in archives: each states its year in the lead.
const TURKEY = [
  report('tr1', 'Powerful earthquake strikes eastern Turkey near Van',
    'October 2011. A magnitude 7.2 earthquake struck eastern Turkey near the city of Van on Sunday, toppling apartment blocks, the US Geological Survey said. Rescuers pulled survivors from the rubble in Ercis, the worst hit town, as the toll rose past 200.',
    null, ['US Geological Survey'], [['Van', VAN], ['Ercis', ERCIS]]),
  report('tr2', 'Van earthquake toll climbs as rescuers dig through rubble in Ercis',
    'Rescue teams in Ercis worked through a second night after the October 2011 earthquake in Van province. Officials said 366 people had died and more than 1,300 were hurt; dozens of buildings collapsed.',
    null, [], [['Ercis', ERCIS], ['Van', VAN]]),
  report('tr3', 'Baby rescued alive from rubble two days after Van quake',
    'A two-week-old girl was pulled alive from a collapsed building in Ercis on Tuesday, 2011 footage showed, two days after the magnitude 7.2 earthquake in Van. Her mother and grandmother were also rescued.',
    null, [], [['Ercis', ERCIS], ['Van', VAN]]),
  report('tr4', 'Survivors of Van earthquake shelter in tents as snow looms',
    'Thousands of families left homeless by the 2011 earthquake in Van slept in tents in freezing temperatures. In Ercis, aid trucks handed out blankets while aftershocks shook the town.',
    null, [], [['Van', VAN], ['Ercis', ERCIS]]),
];
const CHILE = [
  report('cl1', 'Massive 8.8 earthquake hits Chile, tsunami warning issued',
    'February 2010. A magnitude 8.8 earthquake struck off central Chile before dawn on Saturday, shaking Concepcion and setting off a tsunami warning across the Pacific, the US Geological Survey said. At least 122 people were killed.',
    null, ['US Geological Survey'], [['Concepcion', CONCEPCION]]),
  report('cl2', 'Chile quake death toll rises to 708; Concepcion in ruins',
    'The toll from the February 2010 earthquake in Chile rose to 708, officials in Santiago said. In Concepcion, a new apartment tower lay on its side and looters raided supermarkets as troops arrived.',
    null, [], [['Concepcion', CONCEPCION]]),
  report('cl3', 'Tsunami wrecks Talcahuano port after Chile earthquake',
    'Waves swept fishing boats into the streets of Talcahuano, near Concepcion, after the 2010 earthquake, leaving the port in ruins. Residents said the sea rose minutes after the shaking stopped.',
    null, [], [['Talcahuano', TALCAHUANO], ['Concepcion', CONCEPCION]]),
  report('cl4', 'Aftershocks rattle Concepcion as Chile begins to rebuild',
    'Strong aftershocks shook Concepcion days after the February 2010 earthquake, as Chile sent troops and food to the hardest hit towns, Talcahuano among them, and counted the damage.',
    null, [], [['Concepcion', CONCEPCION], ['Talcahuano', TALCAHUANO]]),
];

/** Clustering that joins every article to its best story, so that both quakes end up as one, as an early weak join would do. */
const JOIN_ALL = { ...CLUSTER_DEFAULTS, joinThreshold: 0.01 };

async function finalStories(store: SqliteStore): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const s of await store.listStories({ limit: 100 })) for (const a of s.articleIds) out.set(a, s.id);
  return out;
}

test('reports of two earthquakes in different countries and years, clustered into one story, split into two', async () => {
  const store = SqliteStore.open(':memory:');
  const placed: string[] = [];
  for (const a of [...TURKEY, ...CHILE]) placed.push((await clusterArticle(store, a, { ...JOIN_ALL, split: false })).storyId);
  assert.equal(new Set(placed).size, 1, `without the split pass every report joins the first story: ${placed.join(", ")}`);
  await store.close();

  const split = SqliteStore.open(':memory:');
  for (const a of [...TURKEY, ...CHILE]) await clusterArticle(split, a, JOIN_ALL);
  const story = await finalStories(split);
  for (const a of TURKEY) assert.equal(story.get(a.articleId), story.get('tr1'), `${a.articleId} stays with the Turkish quake`);
  for (const a of CHILE) assert.equal(story.get(a.articleId), story.get('cl1'), `${a.articleId} goes with the Chilean quake`);
  assert.notEqual(story.get('cl1'), story.get('tr1'));
  assert.equal(story.get('tr1'), 'st:tr1', 'the first story keeps its id');
  const members = await readMembers(split, story.get('cl1')!);
  assert.deepEqual(members?.map((m) => m.articleId).sort(), CHILE.map((a) => a.articleId).sort(), 'the new story keeps its members sketches');
  assert.deepEqual((await split.getStoryProfile(story.get('cl1')!))?.articles, CHILE.length);
  await split.close();
});

const FOLLOW_UPS = [
  ...TURKEY,
  report('tr5', 'Turkey accepts foreign aid after Van earthquake',
    'Turkey said it would accept prefabricated houses and tents from abroad after the 2011 earthquake in Van, reversing an earlier refusal, as the toll in Ercis passed 500.', null, [], [['Van', VAN], ['Ercis', ERCIS]]),
  report('tr6', 'Second quake topples hotel in Van, killing rescuers',
    'A magnitude 5.7 aftershock brought down a hotel in Van in November 2011, weeks after the big earthquake, killing aid workers and journalists staying there. Survivors from Ercis had sheltered nearby.', null, [], [['Van', VAN], ['Ercis', ERCIS]]),
  report('tr7', 'Schools reopen in tents in Ercis after Van earthquake',
    'Children in Ercis went back to lessons in tents, a month after the 2011 earthquake in Van province destroyed their schools; teachers said many pupils still slept outdoors.', null, [], [['Ercis', ERCIS], ['Van', VAN]]),
  report('tr8', 'Van earthquake: builders charged over collapsed apartment blocks',
    'Prosecutors charged contractors over apartment blocks in Van and Ercis that collapsed in the 2011 earthquake, saying cheap concrete and missing steel caused most deaths.', null, [], [['Van', VAN], ['Ercis', ERCIS]]),
];

test('one earthquake with many follow-up reports stays one story', async () => {
  const store = SqliteStore.open(':memory:');
  for (const a of FOLLOW_UPS) await clusterArticle(store, a, JOIN_ALL);
  const story = await finalStories(store);
  assert.equal(new Set(story.values()).size, 1, `follow-ups spread over ${[...new Set(story.values())].join(', ')}`);
  await store.close();
});

test('the split pass finds the two quakes among member sketches, and none among one quake\'s reports', () => {
  const w = () => 1;
  const g = splitOf([...TURKEY, ...CHILE].map((a) => sketchOf(a, w)), w);
  assert.ok(g, 'two groups found');
  assert.deepEqual(g!.first, [0, 1, 2, 3]);
  assert.deepEqual(g!.second, [4, 5, 6, 7]);
  assert.equal(splitOf(FOLLOW_UPS.map((a) => sketchOf(a, w)), w), null);
});

test('a split moves the canonical events told mostly by the moved articles; events told as much by those staying stay', async () => {
  const store = SqliteStore.open(':memory:');
  const canonical = (id: string, articleIds: string[]) => ({ ...handWrittenEvent(id, { articleIds }), mentionIds: [id], corroboration: articleIds.length, conflicts: [], history: [], storyId: 'st:a' });
  await store.putCanonical([canonical('a:1', ['a', 'b']), canonical('c:1', ['c', 'd']), canonical('b:2', ['b', 'c']), canonical('b:3', ['b', 'c', 'd'])]);
  await store.putStory({ id: 'st:a', title: 'Quake', start: null, end: null, articleIds: ['a', 'b', 'c', 'd'], eventIds: ['a:1', 'c:1', 'b:2', 'b:3'] });
  const profile = (storyId: string, articles: number) => ({ storyId, start: null, end: null, articles, terms: {}, keys: {}, index: [] });
  await splitStory(store, 'st:a', 'st:c', ['c', 'd'], profile('st:a', 2), profile('st:c', 2), 'Second quake');
  assert.deepEqual((await store.getStory('st:a'))?.articleIds, ['a', 'b']);
  assert.deepEqual((await store.getStory('st:a'))?.eventIds, ['a:1', 'b:2']);
  assert.deepEqual((await store.getStory('st:c'))?.articleIds, ['c', 'd']);
  assert.deepEqual((await store.getStory('st:c'))?.eventIds, ['c:1', 'b:3']);
  assert.equal((await store.getCanonical('b:3'))?.storyId, 'st:c');
  assert.equal((await store.getCanonical('c:1'))?.storyId, 'st:c');
  assert.equal((await store.getCanonical('b:2'))?.storyId, 'st:a');
  await store.close();
});

const LYON = { gazetteerId: 'gn:2996944', name: 'Lyon', country: 'FR', admin1: 'Auvergne-Rhone-Alpes', lat: 45.75, lon: 4.85, precision: 'point', rule: 'test' } as PlaceFacts;

// Two bank sieges in one city, years apart: nearly every word is shared (hostages, gunman, bank,
// negotiators, police, Lyon); the bank, the street, the toll of hostages and the year are not.
const SIEGE_A = [
  report('sa1', 'Gunman holds hostages in Lyon bank',
    'A gunman took six people hostage inside a Credit Rhodanien branch on Rue Garibaldi in Lyon in March 2016, police said. Negotiators surrounded the bank as the siege began.',
    null, ['Credit Rhodanien'], [['Lyon', LYON]]),
  report('sa2', 'Lyon bank siege: gunman frees two of six hostages',
    'The man holding six hostages at the Credit Rhodanien branch on Rue Garibaldi freed two women after talks with police negotiators, the Lyon prefecture said on the second day of the 2016 siege.',
    null, ['Credit Rhodanien'], [['Lyon', LYON]]),
  report('sa3', 'Police storm Lyon bank, ending siege',
    'Special police stormed the Credit Rhodanien branch on Rue Garibaldi and freed the last four hostages unharmed, ending a 30-hour siege in Lyon. The gunman, a former employee, was arrested.',
    null, ['Credit Rhodanien'], [['Lyon', LYON]]),
  report('sa4', 'Former employee charged over Garibaldi bank siege',
    'Prosecutors in Lyon charged the former Credit Rhodanien employee who held six hostages on Rue Garibaldi in 2016 with kidnapping; he told police he wanted his job back.',
    null, ['Credit Rhodanien'], [['Lyon', LYON]]),
];
const SIEGE_B = [
  report('sb1', 'Armed man takes hostages at Lyon bank',
    'An armed man seized three hostages at a Banque Saone office near Place Bellecour in Lyon in June 2021, police said. Negotiators and armed police surrounded the bank.',
    null, ['Banque Saone'], [['Lyon', LYON]]),
  report('sb2', 'Bellecour bank hostage-taker demands car',
    'The man holding three hostages at the Banque Saone office on Place Bellecour demanded a car and cash, police negotiators in Lyon said as the 2021 siege went into the evening.',
    null, ['Banque Saone'], [['Lyon', LYON]]),
  report('sb3', 'Lyon bank siege ends as gunman surrenders',
    'The gunman at the Banque Saone office on Place Bellecour surrendered to police after nine hours and released his three hostages, ending the 2021 siege in Lyon.',
    null, ['Banque Saone'], [['Lyon', LYON]]),
  report('sb4', 'Bellecour bank siege suspect had fled prison',
    'The man who held three hostages in the Banque Saone office near Place Bellecour in Lyon had escaped from prison weeks before the 2021 siege, police said.',
    null, ['Banque Saone'], [['Lyon', LYON]]),
];

test('two bank sieges in one city, told in the same words, split apart by what only each says', () => {
  const w = () => 1;
  const g = splitOf([...SIEGE_A, ...SIEGE_B].map((a) => sketchOf(a, w)), w);
  assert.ok(g, 'two groups found');
  assert.deepEqual(g!.first, [0, 1, 2, 3], 'the 2016 siege');
  assert.deepEqual(g!.second, [4, 5, 6, 7], 'the 2021 siege');
  assert.equal(splitOf([...SIEGE_A, ...SIEGE_A.map((a) => ({ ...a, articleId: a.articleId + '-copy' }))].map((a) => sketchOf(a, w)), w), null, 'one siege told twice stays whole');
});

test('inside a story, a word every member says weighs less than one only some say', () => {
  const w = () => 1;
  const members = [...SIEGE_A, ...SIEGE_B].map((a) => sketchOf(a, w));
  const lw = localWeight(members, w);
  assert.ok(members.every((m) => 'hostage' in m.terms), 'every report speaks of hostages');
  assert.ok(lw('hostage') < lw('garibaldi'), `hostage ${lw('hostage')} < garibaldi ${lw('garibaldi')}`);
  assert.ok(lw('garibaldi') > 0 && lw('hostage') > 0, 'no word weighs nothing: near-identical reports still compare');
});

test('groups naming different people and different regions are two incidents on weaker word evidence', () => {
  const w = () => 1;
  const sieges = [...SIEGE_A, ...SIEGE_B].map((a) => sketchOf(a, w));
  const named = (i: number, person: string, region: string): MemberSketch => ({ ...sieges[i], anchors: { person: { [person]: 1 }, region: { [region]: 1 } } });
  const groups = { first: [0, 1, 2, 3], second: [4, 5, 6, 7], cross: 0.025, within: [0.07, 0.08] as [number, number] };
  const apart = [0, 1, 2, 3].map((i) => named(i, 'e:durand', 'p:FR/rhone')).concat([4, 5, 6, 7].map((i) => named(i, 'e:martin', 'p:FR/isere')));
  assert.ok(namedApart(apart, groups), 'other gunman, other region');
  const oneGunman = [0, 1, 2, 3].map((i) => named(i, 'e:durand', 'p:FR/rhone')).concat([4, 5, 6, 7].map((i) => named(i, 'e:durand', 'p:FR/isere')));
  assert.ok(!namedApart(oneGunman, groups), 'one gunman in both: not told apart by names');
  const unnamed = [0, 1, 2, 3].map((i) => named(i, 'e:durand', 'p:FR/rhone')).concat([4, 5, 6, 7].map((i) => sieges[i]));
  assert.ok(!namedApart(unnamed, groups), 'a group naming nobody cannot disagree');
  assert.ok(!clearlyApart(groups), 'on words alone these groups are too close');
  assert.ok(clearlyApart(groups, true), 'with different names the same words suffice');
});
