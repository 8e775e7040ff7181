import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../model.ts';
import { trimBodyEdges } from './name-org-edges.ts';
import { mentionAt as at } from './test-mentions.ts';

const read = (text: string, ms: Mention[]) => trimBodyEdges(text, ms).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);

test('a possessive after a body is no part of its name', () => {
  const text = "The Coalition’ s jets flew; Civic Renewal's candidate won.";
  assert.deepEqual(read(text, [at(text, 'Coalition’', 'ORG'), at(text, "Civic Renewal's", 'ORG')]), ['Coalition:ORG', 'Civic Renewal:ORG']);
});

test("what a body owns is cut off after its head noun, but a people's name keeps its possessive", () => {
  const owned = "He taught at the University of Veltburg 's Medical Faculty.";
  assert.deepEqual(read(owned, [at(owned, "University of Veltburg 's Medical Faculty", 'ORG')]), ['University of Veltburg:ORG']);
  const army = "The Norlandic People 's Army marched.";
  assert.deepEqual(read(army, [at(army, "Norlandic People 's Army", 'MILITARY_UNIT')]), ["Norlandic People 's Army:MILITARY_UNIT"]);
  // The same possessors as the head-noun pass's: a body's members or officer ("Patrolmen's", "Sheriff's").
  const union = "The Veltburg Police Patrolmen's Association and the Norland Co. Sheriff's Office spoke.";
  const ms = [at(union, "Veltburg Police Patrolmen's Association", 'ORG'), at(union, "Norland Co. Sheriff's Office", 'ORG')];
  assert.deepEqual(read(union, ms), ["Veltburg Police Patrolmen's Association:ORG", "Norland Co. Sheriff's Office:ORG"]);
});

test('titles between a body and the person named next are cut off', () => {
  const text = 'State Department Spokesperson Anna Berg and Army Lt. Gen. Ivo Marsh spoke.';
  const ms = [at(text, 'State Department Spokesperson', 'ORG'), at(text, 'Anna Berg', 'PERSON'), at(text, 'Army Lt. Gen.', 'ORG'), at(text, 'Ivo Marsh', 'PERSON')];
  assert.deepEqual(read(text, ms), ['State Department:ORG', 'Anna Berg:PERSON', 'Army:ORG', 'Ivo Marsh:PERSON']);
});

test('a title ending a body with no name after it, after "of the", or matched in the knowledge base stays', () => {
  const text = 'The Office of the Secretary Ivo said so; the Attorney General said nothing.';
  const ms = [at(text, 'Office of the Secretary', 'ORG'), at(text, 'Attorney General', 'ORG')];
  assert.deepEqual(read(text, ms), ['Office of the Secretary:ORG', 'Attorney General:ORG']);
  const kb = "Flights by Air Veltburg's planes.";
  assert.deepEqual(read(kb, [at(kb, "Air Veltburg's", 'ORG', 'kb:air')]), ["Air Veltburg's:ORG"]);
});

test("a body's resolution, tour or report named after it is cut off when the rest names a body", () => {
  const text = 'Under UN Security Council Resolution 2254 and the NFTA Tour, the Veltburg Cup went on.';
  const ms = [at(text, 'UN Security Council Resolution', 'ORG'), at(text, 'NFTA Tour', 'ORG'), at(text, 'Veltburg Cup', 'ORG')];
  assert.deepEqual(read(text, ms), ['UN Security Council:ORG', 'NFTA:ORG', 'Veltburg Cup:ORG']);
});

test("a head noun alone is no body's name, so its award keeps the reading", () => {
  const text = 'She won an Academy Award.';
  assert.deepEqual(read(text, [at(text, 'Academy Award', 'ORG')]), ['Academy Award:ORG']);
});

test('two bodies read as one are split when each side ends in a head noun', () => {
  const text = 'The Court and National Assembly met; Food and Agriculture Organization staff and Bausch and Lomb too.';
  const ms = [at(text, 'Court and National Assembly', 'ORG'), at(text, 'Food and Agriculture Organization', 'ORG'), at(text, 'Bausch and Lomb', 'ORG')];
  assert.deepEqual(read(text, ms), ['Court:ORG', 'National Assembly:ORG', 'Food and Agriculture Organization:ORG', 'Bausch and Lomb:ORG']);
});
