import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../model.ts';
import { markNamedBodies } from './name-bodies.ts';
import { mentionAt as at } from './test-mentions.ts';

const read = (text: string, ms: Mention[]) => markNamedBodies(text, ms).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);

test('a people\'s adjective or a place read alone is joined to the body its run names', () => {
  const party = 'The Norlandic Farmers Party said on Monday it would join the talks.';
  assert.deepEqual(read(party, [at(party, 'Norlandic', 'NORP')]), ['Norlandic Farmers Party:ORG']);
  const place = 'Fares rose, the Veltburg Urban Transport Organisation said.';
  assert.deepEqual(read(place, [at(place, 'Veltburg', 'GPE', 'geo:1')]), ['Veltburg Urban Transport Organisation:ORG']);
});

test('a head with an "of" part names the body through it, and a force is a military unit', () => {
  const text = 'The Association of Coastal Fishermen forbade it. The Norlandic Security Forces moved in.';
  assert.deepEqual(read(text, []), ['Association of Coastal Fishermen:ORG', 'Norlandic Security Forces:MILITARY_UNIT']);
});

test('a sentence\'s full stop and opening word stay outside the name', () => {
  const text = 'He joined the Norlandic Labour Party. In Veltburg Savings Bank, staff struck.';
  assert.deepEqual(read(text, []), ['Norlandic Labour Party:ORG', 'Veltburg Savings Bank:ORG']);
});

test('titles, events and other bodies before "of" or "and" are not part of the body', () => {
  const text = 'Anna Berg, CEO of the Refugee Council, met Google and the Veltburg Foundation.';
  assert.deepEqual(read(text, [at(text, 'Anna Berg', 'PERSON'), at(text, 'Google', 'ORG', 'kb:google')]), [
    'Anna Berg:PERSON', 'Refugee Council:ORG', 'Google:ORG', 'Veltburg Foundation:ORG',
  ]);
});

test('a run holding a person, a reading crossing it, or a lone head word is left as read', () => {
  const person = 'The Anna Berg Foundation gave money.';
  assert.deepEqual(read(person, [at(person, 'Anna Berg', 'PERSON')]), ['Anna Berg:PERSON']);
  const crossed = 'The Court and National Assembly met.';
  assert.deepEqual(read(crossed, [at(crossed, 'Court and National Assembly', 'ORG')]), ['Court and National Assembly:ORG']);
  const lone = 'The Party met. Banks closed.';
  assert.deepEqual(read(lone, []), []);
});

test('"on" opens a remit only after a council, committee or commission', () => {
  const text = 'The Veltburg Council on Fisheries met at the Metropolitan Club on Harbour Street.';
  assert.deepEqual(read(text, [at(text, 'Harbour Street', 'LOC')]), ['Veltburg Council on Fisheries:ORG', 'Metropolitan Club:ORG', 'Harbour Street:LOC']);
});

test('"Government" names a body after a place or before its "of" part, not after a people\'s adjective', () => {
  const of = 'Aid reached the Government of Norland on Friday.';
  assert.deepEqual(read(of, [at(of, 'Government of', 'ORG'), at(of, 'Norland', 'GPE', 'kb:nl')]), ['Government of Norland:ORG']);
  const place = 'The Veltburg Government said no.';
  assert.deepEqual(read(place, [at(place, 'Veltburg Government', 'LOC')]), ['Veltburg Government:ORG']);
  const people = 'Few trust the Norlandic Government.';
  assert.deepEqual(read(people, [at(people, 'Norlandic', 'NORP', 'kb:nl-people')]), ['Norlandic:NORP']);
});

test("a possessive before the run owns the body, one inside its name is part of it, one after ends it", () => {
  const text = "Norland’s Foreign Ministry and the Veltburg County Sheriff's Department's deputies met at the University of Veltburg’s Observatory.";
  assert.deepEqual(read(text, []), ['Foreign Ministry:ORG', "Veltburg County Sheriff's Department:ORG", 'University of Veltburg:ORG']);
});

test('an opening word or a month inside a run starts the name after it, and a lowercase hyphenated part ends it', () => {
  const text = "Ohio -- The Akron Police Department said September's Norland Farmers League and the Soviet-era Veltburg Communist Party met.";
  assert.deepEqual(read(text, []), ['Akron Police Department:ORG', 'Norland Farmers League:ORG', 'Veltburg Communist Party:ORG']);
});
