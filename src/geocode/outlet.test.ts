import { test } from 'node:test';
import assert from 'node:assert/strict';
import { outletCandidates, markOutletPlaces, isOutletPlace } from './outlet.ts';
import { homePlace } from '../events/implied.ts';
import type { Place } from '../model.ts';

const towns = (text: string) => outletCandidates(text).map((c) => c.text);

test('the town in an outlet name of the title line, glued to the body or not', () => {
  assert.deepEqual(towns('Clerk held after shooting | The Augusta ChronicleKimberly Doe, 33, was charged'), ['Augusta']);
  assert.deepEqual(towns('Dale Amos, 32 - The Homicide Report - Los Angeles TimesDale Amos died Monday'), ['Los Angeles']);
  assert.deepEqual(towns('Man recovering | Missoula Local News - KXYZ.comA person opened his door'), ['Missoula']);
  assert.deepEqual(towns('Man shot by police in Roseland « CBS Chicago(CBS) — A man was'), ['Chicago']);
  assert.deepEqual(towns('Man found shot during traffic stop | News 12 ConnecticutOfficers stopped a car'), ['Connecticut']);
  assert.deepEqual(towns('Gunman sought | Fox News. A man was shot in the Local News segment'), []);
  assert.deepEqual(towns('Officer sues family of teen he shot: ChicagoistThe officer who shot a teen'), ['Chicago']);
  assert.deepEqual(towns('A pianist and a violinist played | The stylist said'), []);
});

test('the outlet town is home only when the story names no place of its own', () => {
  const text = 'Clerk held after shooting | The Augusta ChronicleA clerk was shot in Harlem on Friday.';
  const at = (w: string, name: string): Place => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, gazetteerId: `g:${name}`, name, country: 'US', admin1: 'Georgia', lat: 0, lon: 0, precision: 'point', rule: 'span:only' });
  const augusta = at('Augusta', 'Augusta');
  markOutletPlaces([augusta], outletCandidates(text));
  assert.ok(isOutletPlace(augusta));
  assert.equal(homePlace(text, [augusta])?.name, 'Augusta');
  assert.equal(homePlace(text, [augusta, at('Harlem', 'Harlem')])?.name, 'Harlem');
});

test("the outlet's town is marked as such even when a tagger's span took its words", async () => {
  const { findPlaces } = await import('./resolve.ts');
  const text = 'Dale Amos, 32 - The Homicide Report - Los Angeles TimesDale Amos died Monday after being shot in Compton.';
  const at = text.indexOf('Los Angeles');
  const places = findPlaces(text, [{ start: at, end: at + 11, text: 'Los Angeles' }], {});
  const la = places.find((p) => p.start === at);
  assert.ok(la && isOutletPlace(la), 'the Los Angeles of "Los Angeles Times" is the outlet');
  markOutletPlaces(places, outletCandidates(text));
  assert.equal(la!.rule.match(/outlet:/g)?.length, 1);
});

test('asking twice of one article gives the same towns as fresh records; another article gets its own', () => {
  const text = 'Clerk held after shooting | The Augusta ChronicleKimberly Doe, 33, was charged';
  const first = outletCandidates(text);
  first[0].start = -1;
  assert.deepEqual(outletCandidates(text).map((c) => [c.text, text.slice(c.start, c.end)]), [['Augusta', 'Augusta']]);
  assert.deepEqual(towns('Man shot by police in Roseland « CBS Chicago(CBS) — A man was'), ['Chicago']);
  assert.deepEqual(towns(text), ['Augusta']);
});
