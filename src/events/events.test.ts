// Handwritten articles (src/events/fixtures) through the whole pipeline: type, actors, place, date,
// counts, claims, modality and background of the events they report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Event } from '../model.ts';
import { extractArticle } from './run.ts';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
/** Every fixture is dated as if published on this day, so weekdays resolve. */
const PUBLISHED = '2024-05-08';

async function eventsOf(name: string): Promise<Event[]> {
  const file = path.join(FIXTURES, name);
  const doc = await extractArticle(file, fs.readFileSync(file, 'utf8'), { published: PUBLISHED });
  return doc.events!;
}
/** Event types of the violence groups, whichever one the rules pick for "gunmen killed". */
const TYPES_VIOLENT = new Set(['attack', 'armed_clash', 'mass_killing', 'shooting']);
const actor = (e: Event, role: string) => e.actors.filter((a) => a.role === role).map((a) => a.kbId ?? a.name);

test('a suicide bombing and a later claim of responsibility are one event, the claimant its perpetrator', async () => {
  const evs = await eventsOf('suicide-bombing.txt');
  assert.equal(evs.length, 1);
  const [e] = evs;
  assert.equal(e.type, 'suicide_bomb');
  assert.ok(e.tags.includes('suicide'));
  assert.equal(e.location?.name, 'Peshawar');
  assert.equal(e.date?.start, '2024-05-03');
  assert.deepEqual(e.fatalities, { low: 12, best: null, high: null, qualifier: 'at least' });
  assert.equal(e.injured?.low, 30);
  assert.deepEqual(actor(e, 'actor1'), ['grp:ttp']);
  assert.ok(e.claims.some((c) => c.stance === 'claims_responsibility' && c.claimant === 'Pakistani Taliban'));
});

test('an air strike and a denial of it: the strike carries the denial, the denial names its speaker', async () => {
  const evs = await eventsOf('airstrike-denial.txt');
  const strike = evs.find((e) => e.type === 'air_drone_strike')!;
  assert.ok(strike.main);
  assert.equal(strike.location?.country, 'SY');
  assert.equal(strike.fatalities?.best, 7);
  assert.ok(strike.claims.some((c) => c.stance === 'denies' && c.claimantKbId === 'gov:ru-mod'));
  assert.ok(!evs.some((e) => e.type === 'attack'), 'the "killing" of the strike is not a second event');
  const denial = evs.find((e) => e.type === 'denial')!;
  assert.deepEqual(actor(denial, 'actor1'), ['gov:ru-mod']);
});

test('a protest dispersed by police is one protest with intervention, placed where it marched', async () => {
  const evs = await eventsOf('protest-dispersed.txt');
  assert.deepEqual(evs.map((e) => e.type), ['protest_with_intervention']);
  assert.equal(evs[0].location?.name, 'Nairobi');
  assert.ok(!evs[0].actors.some((a) => a.name === 'Nairobi'), 'a city marched through is a place, not a party');
  assert.deepEqual(evs[0].actors.map((a) => [a.name, a.role, a.kbId]), [['Protesters (Kenya)', 'actor1', null], ['Police Forces of Kenya', 'actor2', null]]);
});

test('an arrest: the arrested group is the target, the city the place', async () => {
  const evs = await eventsOf('arrest.txt');
  assert.deepEqual(evs.map((e) => e.type), ['arrest']);
  assert.deepEqual(actor(evs[0], 'target'), ['grp:islamic-state']);
  assert.equal(evs[0].location?.name, 'Istanbul');
  assert.equal(evs[0].date?.start, '2024-05-06');
});

test('an abduction of students in a state, dated by its weekday', async () => {
  const [e] = await eventsOf('abduction.txt');
  assert.equal(e.type, 'abduction_forced_disappearance');
  assert.equal(e.location?.admin1, 'Katsina State');
  assert.equal(e.date?.start, '2024-05-05');
  assert.equal(e.modality, 'occurred');
});

test('a ceasefire agreement between a government and rebels, signed abroad', async () => {
  const [e] = await eventsOf('ceasefire.txt');
  assert.equal(e.type, 'agreement');
  assert.deepEqual(e.actors.map((a) => a.kbId).sort(), ['cty:CO', 'grp:eln']);
  assert.equal(e.location?.country, 'CU');
});

test('a designation: the designating state acts, the designated group is the target', async () => {
  const [e] = await eventsOf('designation.txt');
  assert.equal(e.type, 'designation_sanction');
  assert.deepEqual(actor(e, 'actor1'), ['cty:US']);
  assert.ok(e.actors.some((a) => a.role === 'target' && /Resistance Front/.test(a.name)));
  assert.ok(!e.tags.includes('terrorism'), 'a designation is not violence');
});

test('two attacks of one type in one article stay two events, each with its own toll and day', async () => {
  const evs = (await eventsOf('two-attacks.txt')).filter((e) => e.type === 'attack');
  assert.equal(evs.length, 2);
  assert.deepEqual(evs.map((e) => e.fatalities?.best), [4, 9]);
  assert.deepEqual(evs.map((e) => e.date?.start), ['2024-05-04', '2024-05-06']);
  assert.equal(evs[1].location?.admin1, 'Zamfara State');
});

test('threat nouns and policy phrases are not events: "terrorist threat", "fighting terrorism"', async () => {
  const evs = await eventsOf('threat-noun.txt');
  assert.ok(!evs.some((e) => e.type === 'statement_threat' || e.type === 'armed_clash'), JSON.stringify(evs.map((e) => e.type)));
});

test('history recalled in a dateline story: the attack keeps its own named venue, the arrests told with it are background, done by the passive agent', async () => {
  const evs = await eventsOf('recalled-attack.txt');
  const attack = evs.find((e) => e.type === 'attack' || e.type === 'mass_killing' || TYPES_VIOLENT.has(e.type))!;
  assert.ok(attack, 'the recalled attack is an event');
  assert.ok(attack.background, 'recalled months later: background');
  assert.equal(attack.location?.name, 'Crocus City Hall', 'the venue named in the sentence, not the dateline town');
  assert.ok(!actor(attack, 'actor2').includes('cty:RU'), 'the security services of the next clause are no target of the attack');
  const arrest = evs.find((e) => e.type === 'arrest')!;
  assert.ok(arrest.background, 'told in the sentence that recalls the attack');
  assert.equal(arrest.date, null, 'a recalled detention gets no day of publication');
  assert.deepEqual(actor(arrest, 'actor1'), ['cty:RU'], '"detained by Russian security services"');
});

test('a people named as a party is that people, not the state a source lists as its home', async () => {
  const evs = await eventsOf('ethnic-rebels.txt');
  const fight = evs.find((e) => e.main)!;
  const parties = fight.actors.map((a) => a.kbId ?? a.name);
  assert.ok(parties.includes('nrp:tuareg'), `parties: ${parties.join(', ')}`);
  assert.ok(!parties.includes('cty:NE'), 'no Niger in a Malian fight');
  assert.ok(parties.includes('cty:ML'), '"dozens of Malian soldiers" counts a party, it is no other event');
});
