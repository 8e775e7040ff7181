// Generic actors: unnamed parties coded as ACLED does, in the role their syntax gives them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './run.ts';
import { genericParties } from './generic.ts';

const parties = (type: Parameters<typeof genericParties>[0], s: string, trigger: string) => {
  const at = s.indexOf(trigger);
  return genericParties(type, s, { start: 0, end: s.length }, s.length, { start: at, end: at + trigger.length }, new Set())
    .map((p) => [s.slice(p.start, p.end), p.kind, p.role]);
};

test('the subject of a violent act is actor1, its object and a passive subject the victims', () => {
  assert.deepEqual(parties('armed_clash', 'Gunmen killed three soldiers at a checkpoint', 'killed'), [['Gunmen', 'armed_group', 'actor1'], ['soldiers', 'military', 'actor2']]);
  assert.deepEqual(parties('attack', 'Three villagers were killed by unidentified gunmen', 'killed'), [['unidentified gunmen', 'armed_group', 'actor1'], ['Three villagers', 'civilians', 'actor2']]);
});

test('a speaker is not a party, and civilians are never the doers', () => {
  assert.deepEqual(parties('attack', 'Police said a man attacked the shop', 'attacked'), []);
  assert.deepEqual(parties('attack', 'Residents attacked nobody', 'attacked'), []);
});

test('a protest crowd is actor1 and the police who met it actor2, wherever told', () => {
  assert.deepEqual(parties('protest_with_intervention', 'Police fired tear gas at protesters', 'fired tear gas'), [['protesters', 'protesters', 'actor1'], ['Police', 'police', 'actor2']]);
});

test('generic actors take the country of the event and stand after the named ones', async () => {
  const text = [
    'Suicide bomber kills 9 at market in northern Nigeria',
    'A suicide bomber blew himself up at a crowded market in Konduga in Borno State on Saturday, killing nine civilians, police said.',
    'Boko Haram claimed responsibility for the bombing in a statement on Sunday.',
  ].join('\n\n');
  const doc = await extractArticle('konduga.txt', text, { published: '2024-06-16' });
  const e = doc.events!.find((x) => x.type === 'suicide_bomb')!;
  assert.ok(e, JSON.stringify(doc.events!.map((x) => x.type)));
  const civ = e.actors.findIndex((a) => a.name === 'Civilians (Nigeria)');
  assert.ok(civ >= 0, JSON.stringify(e.actors));
  assert.equal(e.actors[civ].role, 'actor2');
  assert.equal(e.actors[civ].country, 'NG');
  assert.equal(e.evidence[`actors.${civ}`][0].text, 'nine civilians');
  const named = e.actors.findIndex((a) => a.kbId !== null);
  if (named >= 0) assert.ok(named < civ, 'named actors come first');
});

test('officials or the authorities who threaten are the party of the threat; a source who only speaks is not', () => {
  assert.deepEqual(parties('statement_threat', 'Patients say officials have threatened to cut off their medicine', 'threatened'), [['officials', 'government', 'actor1']]);
  assert.deepEqual(parties('statement_threat', 'The authorities warned shopkeepers to close', 'warned'), [['The authorities', 'government', 'actor1']]);
  assert.deepEqual(parties('statement_threat', 'Police said militants threatened to burn the school', 'threatened'), [['militants', 'armed_group', 'actor1']]);
  assert.deepEqual(parties('statement_threat', 'Government forces threatened to shell the town', 'threatened'), [['Government forces', 'military', 'actor1']]);
});

test('a threat by unnamed officials stays its own event beside an ultimatum a named body gave', async () => {
  const text = [
    'Vote or else, voters in Caracas are told',
    'The National Assembly issued an ultimatum to the electoral council on Monday.',
    'Pensioners in Maracaibo say officials have threatened to stop their payments if they do not vote.',
  ].join('\n\n');
  const doc = await extractArticle('vote-threats.txt', text, { published: '2024-07-20' });
  const threats = doc.events!.filter((e) => e.type === 'statement_threat');
  assert.equal(threats.length, 2, JSON.stringify(threats.map((e) => e.actors)));
  const byOfficials = threats.find((e) => e.evidence.type[0].text === 'threatened')!;
  const k = byOfficials.actors.findIndex((a) => a.role === 'actor1');
  assert.ok(k >= 0, JSON.stringify(byOfficials.actors));
  assert.equal(byOfficials.actors[k].kbId, null);
  assert.match(byOfficials.actors[k].name, /^Government/);
  assert.equal(byOfficials.evidence[`actors.${k}`][0].text, 'officials');
});

test('"the government" modifying a noun ("the government line", "pro-government gangs") is no party', () => {
  assert.deepEqual(parties('statement_threat', 'Pro-government gangs warned locals to toe the government line', 'warned'), []);
});
