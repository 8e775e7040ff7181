// Junk a trigger word alone would make an event of: a forecast of the toll, advice about someone
// else's attack, and arson by the attackers already reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './run.ts';
import { TYPES, type EventType } from './taxonomy.ts';

const VIOLENT = new Set(['battles', 'explosions_remote_violence', 'violence_against_civilians']);

const types = async (text: string) => (await extractArticle('t.txt', text, { published: '2024-05-08' })).events!.map((e) => e.type);

test('"officials warned that the toll could rise" and "warned X about a planned attack" are not threats', async () => {
  const got = await types([
    'Gunmen killed 20 people at a market in the town of Mopti on Tuesday, local officials said.',
    'Rescue teams were still at the scene on Wednesday, and officials warned that the toll could rise.',
    'A foreign government had warned the authorities last month about a planned attack on markets.',
  ].join('\n\n'));
  assert.ok(!got.includes('statement_threat'), JSON.stringify(got));
});

test('the attackers setting fire to the building is part of their attack, not a second event', async () => {
  const got = await types([
    'Gunmen stormed a hotel in the city of Mogadishu on Friday, killing 9 guests, police said.',
    'The attackers also set fire to the building before security forces arrived.',
  ].join('\n\n'));
  assert.ok(!got.includes('looting_property_destruction'), JSON.stringify(got));
  assert.ok(got.some((t) => t === 'attack' || t === 'armed_clash'), JSON.stringify(got));
});

const eventsOf = async (text: string) => (await extractArticle('t.txt', text, { published: '2024-05-08' })).events!;

test('"bombs exploded": the act verb anchors the bombing and the weapon noun stays as type evidence', async () => {
  const evs = await eventsOf('Two bombs exploded outside a bus station in the city of Quetta on Monday, killing three people.');
  const bombing = evs.find((e) => e.type === 'remote_explosive_landmine_ied');
  assert.ok(bombing, JSON.stringify(evs.map((e) => e.type)));
  assert.deepEqual(bombing.evidence.type.map((t) => t.text), ['exploded', 'bombs']);
  assert.match(bombing.provenance.type.rule, /\+act:/);
});

test('"killed in two explosions": the toll word is the outcome, the explosion is the event', async () => {
  const evs = await eventsOf('Seven militants were killed in two explosions in the Arghandab district on Friday, police said.');
  const violent = evs.filter((e) => e.type !== 'statement_threat');
  assert.equal(violent.length, 1, JSON.stringify(evs.map((e) => e.type)));
  assert.equal(violent[0].evidence.type[0].text, 'explosions');
});

test('"life-threatening" is an adjective, not a threat', async () => {
  const evs = await eventsOf('Doctors said none of the injuries of the twelve passengers were life-threatening.');
  assert.ok(!evs.some((e) => e.type === 'statement_threat'), JSON.stringify(evs.map((e) => e.type)));
});

test('protesters acted on ("intimidating protesters") or suspects named ("the suspected bombers") tell no protest or bombing', async () => {
  const evs = await eventsOf([
    'Armed gangs roam poor neighbourhoods on motorbikes, intimidating protesters and journalists.',
    'The student had dinner with the suspected bombers the night before.',
  ].join('\n\n'));
  // "intimidating" itself is the gangs' act (a threat); the protesters it acts on protest nothing.
  assert.ok(!evs.some((e) => ['protests', 'riots', 'explosions_remote_violence'].includes(TYPES[e.type as EventType].group)), JSON.stringify(evs.map((e) => e.type)));
});

test('the offence named in court ("on trial on charges of murder") and a policy aim ("attack the virus") are not violence', async () => {
  const evs = await eventsOf([
    'The former soldier is on trial on charges of murder and conspiracy in Denver.',
    'The health minister said the budget allows the government to attack the virus with more testing.',
  ].join('\n\n'));
  assert.deepEqual(evs.map((e) => e.type), []);
});

test('a travel or storm warning advises of a hazard: no threat', async () => {
  const evs = await eventsOf('The embassy issued a broad travel warning for its citizens on Monday, and forecasters put out a storm warning for the coast.');
  assert.ok(!evs.some((e) => e.type === 'statement_threat'), JSON.stringify(evs.map((e) => e.type)));
});

test('a weapon named with no verb of its use tells no attack; "bombs went off" does', async () => {
  const idle = await eventsOf('Investigators said the plastic pieces may come from an explosive device, and that the group could carry grenades.');
  assert.ok(!idle.some((e) => e.type === 'remote_explosive_landmine_ied' || e.type === 'grenade'), JSON.stringify(idle.map((e) => e.type)));
  const used = await eventsOf('Two bombs went off at a bus station in Quetta on Monday.');
  assert.ok(used.some((e) => e.type === 'remote_explosive_landmine_ied'), JSON.stringify(used.map((e) => e.type)));
});

test('violent words in another sense: an illness, a computer intrusion, a disaster or a road accident tell no violence', async () => {
  const evs = await eventsOf([
    'The singer died of a heart attack at his home in Lisbon on Thursday, his agent said.',
    'Hackers launched attacks on computers running the payroll software over the weekend.',
    'Floods swept through the valley on Monday, killing 12 people and destroying hundreds of homes.',
    'A delivery van struck and killed a cyclist on the ring road in Leeds.',
  ].join('\n\n'));
  assert.deepEqual(evs.map((e) => e.type), []);
});

test('a vehicle driven into a crowd in an attack stays violence', async () => {
  const evs = await eventsOf('A man rammed a truck into a crowd at a market in Nice, killing ten people, in what police called a terrorist attack.');
  assert.ok(evs.some((e) => e.type === 'attack'), JSON.stringify(evs.map((e) => e.type)));
});

test('a violence that answers another in the same sentence ("…, prompting airstrikes") is a second event', async () => {
  const evs = await eventsOf('More than twenty soldiers were killed in attacks by militants in the desert, prompting Russian airstrikes, monitors said.');
  assert.ok(evs.some((e) => e.type === 'air_drone_strike'), JSON.stringify(evs.map((e) => e.type)));
  assert.ok(evs.some((e) => e.type === 'armed_clash' || e.type === 'attack'), JSON.stringify(evs.map((e) => e.type)));
});

test('a toll told alone after the attack ("three soldiers were wounded") is that attack\'s outcome, not a second violence', async () => {
  const evs = await eventsOf([
    'A car bomb exploded outside an army base in the Helmand province of Afghanistan on Friday.',
    'Three soldiers were wounded, the defence ministry said.',
  ].join('\n\n'));
  const violent = evs.filter((e) => VIOLENT.has(TYPES[e.type as EventType].group));
  assert.equal(violent.length, 1, JSON.stringify(evs.map((e) => [e.type, e.evidence.type.map((t) => t.text)])));
  const words = violent[0].evidence.type.map((t) => t.text);
  assert.ok(words.includes('wounded'), JSON.stringify(words));
});

test('a toll that names its own doer ("were killed by gunmen") may be another violence', async () => {
  const evs = await eventsOf([
    'Militants stormed an army base in the Helmand province of Afghanistan on Friday.',
    'In a separate incident, two farmers were killed by gunmen in the Kandahar province on Saturday.',
  ].join('\n\n'));
  assert.ok(evs.filter((e) => e.type !== 'statement_threat').length >= 2, JSON.stringify(evs.map((e) => e.type)));
});

test('coercion is a threat ("pressuring employees to vote", "rules by coercion"); an intimidated population is only afraid', async () => {
  const got = await types('Union leaders say the mayor is pressuring city workers to join the rally.');
  assert.ok(got.includes('statement_threat'), JSON.stringify(got));
  const adj = await types('Reporters found a frightened and intimidated Christian community in the valley.');
  assert.ok(!adj.includes('statement_threat'), JSON.stringify(adj));
  const adj2 = await types('The intimidated villagers stayed indoors.');
  assert.ok(!adj2.includes('statement_threat'), JSON.stringify(adj2));
});

test('"warned police, alerting them to…" is a tip-off, not a threat', async () => {
  const got = await types('A neighbour said he had warned police, alerting them to the man\'s extremist views.');
  assert.ok(!got.includes('statement_threat'), JSON.stringify(got));
});

test('"the bombing" in a sentence that tells another violence lends its words to the bombing told before, and makes no event', async () => {
  const evs = await eventsOf([
    'A bomb exploded at a bus station in the city of Quetta on Monday, killing four people.',
    'Police later shot dead a suspect in a gunfight two days after the bombing.',
  ].join('\n\n'));
  const bombing = evs.find((e) => e.type === 'remote_explosive_landmine_ied');
  assert.ok(bombing, JSON.stringify(evs.map((e) => e.type)));
  const words = bombing.evidence.type.map((t) => t.text);
  assert.ok(words.includes('bombing'), JSON.stringify(words));
  assert.equal(evs.filter((e) => e.type === 'remote_explosive_landmine_ied').length, 1);
});

test('a back-reference with nothing told before it is no event', async () => {
  const evs = await eventsOf('Police shot dead a suspect in a gunfight two days after the bombing in the city of Quetta.');
  assert.ok(!evs.some((e) => e.type === 'remote_explosive_landmine_ied'), JSON.stringify(evs.map((e) => e.type)));
});

test('"protesters clash with police": the act anchors the protest and the protesters are its cue', async () => {
  const evs = await eventsOf('Thousands of protesters clash with riot police outside parliament in the city of Nairobi on Tuesday.');
  const protest = evs.find((e) => ['protests', 'riots'].includes(TYPES[e.type as EventType].group));
  assert.ok(protest, JSON.stringify(evs.map((e) => e.type)));
  assert.deepEqual(protest.evidence.type.map((t) => t.text).sort(), ['clash', 'protesters']);
});

test('a weapon word that modifies another noun ("rocket fuel") tells no attack, and a trigger word is never a party', async () => {
  const evs = await eventsOf('Critics said the new tax was rocket fuel on the fire of inflation in the city of Lagos.');
  assert.ok(!evs.some((e) => VIOLENT.has(TYPES[e.type as EventType].group)), JSON.stringify(evs.map((e) => e.type)));
  const ied = await eventsOf('An IED killed two soldiers near the town of Kunduz on Monday, officials said.');
  for (const e of ied) assert.ok(!e.actors.some((a) => /\bIED\b/.test(a.name)), JSON.stringify(e.actors));
});

test('"bombs had gone off": the act verb anchors the bombing; an alarm going off is nothing', async () => {
  const evs = await eventsOf('At least six bombs went off in the centre of the city of Quetta on Friday afternoon.');
  const bombing = evs.find((e) => e.type === 'remote_explosive_landmine_ied');
  assert.ok(bombing, JSON.stringify(evs.map((e) => e.type)));
  assert.ok(bombing.evidence.type.some((t) => t.text === 'went off'), JSON.stringify(bombing.evidence.type));
  assert.deepEqual(await types('The fire alarm went off twice at the school in the town of Leeds on Friday.'), []);
});
