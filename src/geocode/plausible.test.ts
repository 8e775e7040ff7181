import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces } from './resolve.ts';
import { placeCandidates } from './candidates.ts';
import type { Place } from '../model.ts';

const at = (text: string, places: Place[], surface: string) => places.find((p) => text.slice(p.start, p.end) === surface);
/** As the geocode stage sees a report with no tagger help: cue-found names only. */
const resolve = (text: string, countries: string[] = []) => findPlaces(text, placeCandidates(text), { countries });

test('a state abbreviation is its state only after "Town, ": never a foreign town named like it', () => {
  const loose = 'Troopers said the chase began near the Pa. Turnpike exit.';
  const span = { start: loose.indexOf('Pa.'), end: loose.indexOf('Pa.') + 3, text: 'Pa.' };
  assert.equal(at(loose, findPlaces(loose, [span], {}), 'Pa.'), undefined);

  const dateline = 'YORKTOWNE HEIGHTS, Pa. — A man was hospitalized after a shooting on Sunday night.';
  const pa = at(dateline, resolve(dateline), 'Pa.');
  assert.equal(pa?.gazetteerId, 'adm1:US-PA', 'an unknown town still leaves its state');
});

test('a capitals dateline and its abbreviation resolve as one town in that state', () => {
  const text = 'HARTFORD, Conn. — A 36-year-old man was charged on Friday with attempted robbery.';
  const places = resolve(text);
  const hartford = at(text, places, 'HARTFORD, Conn.');
  assert.ok(hartford, JSON.stringify(places));
  assert.equal(hartford.admin1, 'Connecticut');
  assert.equal(hartford.precision, 'point');
  const colo = 'LONGMONT, Colo. — Officer Flores saw a man fire a gun into the air, police said.';
  assert.equal(at(colo, resolve(colo), 'LONGMONT, Colo.')?.admin1, 'Colorado');
});

test('common words that name small far-away places are not those places', () => {
  const chicago = 'A woman was shot Saturday in the Rogers Park neighborhood on the North Side. Chicago police said the man fled.';
  const spans = [{ start: chicago.indexOf('North Side'), end: chicago.indexOf('North Side') + 10, text: 'North Side' }];
  const places = findPlaces(chicago, [...spans, ...placeCandidates(chicago)], {});
  assert.notEqual(at(chicago, places, 'North Side')?.country, 'AI');
  assert.equal(at(chicago, places, 'Chicago')?.admin1, 'Illinois');

  const colo = 'DENVER, Colo. — Officer Flores saw a man fire a gun into the air in Denver, police said.';
  assert.equal(at(colo, resolve(colo), 'Flores'), undefined, 'a surname is not the Uruguayan department');
});

test('a small town outside the state the article names is not meant; the named state stands', () => {
  const text = 'The girl was shot at a party in Wallace, southeast of Ashdown. Arkansas State Police are investigating. ' +
    'Ashdown is in Little River County, Arkansas.';
  const places = resolve(text);
  const wallace = at(text, places, 'Wallace');
  assert.ok(!wallace || wallace.admin1 === 'Arkansas', JSON.stringify(wallace));
  assert.equal(at(text, places, 'Ashdown')?.admin1, 'Arkansas');
});

test('a US county is never a foreign admin-1 of the same name, and "County, State" gives the state', () => {
  const text = 'Investigators in Pasco County, Fla., said the girl was shot Thursday.';
  const places = resolve(text);
  assert.ok(places.every((p) => p.country !== 'PE'), JSON.stringify(places));
  assert.equal(at(text, places, 'Fla.')?.gazetteerId, 'adm1:US-FL');
});

test('the conflict-zone readings hold with cue-found names too', () => {
  const text = 'Russian troops arrived in Dushanbe on Monday. Drills were held in the Khatlon region, near the Afghan border, ' +
    'weeks after the attack on Crocus City Hall near Moscow.';
  const places = findPlaces(text, placeCandidates(text), { countries: ['TJ', 'RU'] });
  assert.equal(at(text, places, 'Dushanbe')?.country, 'TJ');
  assert.equal(at(text, places, 'Khatlon region')?.gazetteerId, 'adm1:TJ-KT');
  assert.equal(at(text, places, 'Afghan border')?.gazetteerId, 'cur:tajik-afghan-border');
  assert.equal(at(text, places, 'Crocus City Hall')?.gazetteerId, 'cur:crocus-city-hall');
  assert.equal(at(text, places, 'Moscow')?.gazetteerId, 'gn:524901');
});

test("a tagged headline town no other town of its country is named after stays itself outside the states the story names", () => {
  const text = 'A man was shot in Fuquay-Varina on Friday. He had moved from Spokane, Washington, last year.';
  const spans = ['Fuquay-Varina', 'Spokane'].map((w) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w }));
  assert.equal(at(text, findPlaces(text, spans, {}), 'Fuquay-Varina')?.admin1, 'North Carolina');
  // A name many towns share still means the one in the named state, or none.
  const shared = 'A man was shot in Kensington on Friday. He had moved from Spokane, Washington, last year.';
  const kspans = ['Kensington', 'Spokane'].map((w) => ({ start: shared.indexOf(w), end: shared.indexOf(w) + w.length, text: w }));
  assert.equal(at(shared, findPlaces(shared, kspans, {}), 'Kensington'), undefined);
});
