import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces, type PlaceCandidate } from './resolve.ts';
import type { Place } from '../model.ts';

/** Candidate spans for the given names, as an NER stage would hand them over (every occurrence). */
function spans(text: string, ...names: string[]): PlaceCandidate[] {
  const out: PlaceCandidate[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) out.push({ start: at, end: at + name.length, text: name });
  }
  return out;
}

function placeAt(text: string, places: Place[], surface: string): Place | undefined {
  return places.find((p) => text.slice(p.start, p.end) === surface);
}

const near = (a: number | null, b: number, tolerance: number) => a !== null && Math.abs(a - b) <= tolerance;

test('"the Khatlon region" resolves to the Tajik admin-1 region without any NER help', () => {
  const text = 'Russian and Tajik troops began joint exercises in the Khatlon region on Tuesday, the ministry said.';
  const places = findPlaces(text, [], {});
  const khatlon = placeAt(text, places, 'Khatlon region');
  assert.ok(khatlon, JSON.stringify(places));
  assert.equal(khatlon.gazetteerId, 'adm1:TJ-KT');
  assert.equal(khatlon.country, 'TJ');
  assert.equal(khatlon.precision, 'region');
  assert.ok(near(khatlon.lat, 37.8, 0.5) && near(khatlon.lon, 69.1, 0.6), `${khatlon.lat},${khatlon.lon}`);
});

test('Crocus City Hall is the landmark in Moscow Oblast, and Moscow is the city', () => {
  const text = 'Gunmen attacked concertgoers at Crocus City Hall near Moscow on Friday evening.';
  const places = findPlaces(text, spans(text, 'Crocus City', 'Moscow'), {});
  const hall = placeAt(text, places, 'Crocus City Hall');
  assert.ok(hall, JSON.stringify(places));
  assert.equal(hall.gazetteerId, 'cur:crocus-city-hall');
  assert.equal(hall.precision, 'point');
  assert.equal(hall.admin1, 'Moscow Oblast');
  assert.ok(near(hall.lat, 55.82, 0.05) && near(hall.lon, 37.39, 0.05));
  const moscow = placeAt(text, places, 'Moscow');
  assert.equal(moscow?.gazetteerId, 'gn:524901');
  assert.equal(moscow?.precision, 'point');
  assert.equal(places.filter((p) => p.start < hall.end && hall.start < p.end).length, 1, 'no overlapping "Crocus City" place');
});

test('"Moscow" alone is the capital city, "the Moscow region" the oblast around it', () => {
  const text = 'Drones were shot down over Moscow and over the Moscow region overnight.';
  const places = findPlaces(text, spans(text, 'Moscow'), {});
  assert.equal(placeAt(text, places, 'Moscow')?.gazetteerId, 'gn:524901');
  const region = placeAt(text, places, 'Moscow region');
  assert.equal(region?.gazetteerId, 'adm1:RU-MOS');
  assert.equal(region?.precision, 'region');
});

test('Dushanbe is the city (a point), not the admin-1 of the same name', () => {
  const text = 'The talks were held in Dushanbe.';
  const dushanbe = placeAt(text, findPlaces(text, spans(text, 'Dushanbe'), {}), 'Dushanbe');
  assert.equal(dushanbe?.country, 'TJ');
  assert.equal(dushanbe?.precision, 'point');
  assert.ok(dushanbe?.gazetteerId?.startsWith('gn:'));
  assert.ok(near(dushanbe!.lat, 38.54, 0.1));
});

test('Paris is in France unless the article is about Texas', () => {
  const french = 'Police in Paris cordoned off the street after the shooting.';
  assert.equal(placeAt(french, findPlaces(french, spans(french, 'Paris'), {}), 'Paris')?.country, 'FR');

  const texan = 'Police in Paris said the gunman fled north. The Lamar County town lies in northeast Texas.';
  const paris = placeAt(texan, findPlaces(texan, spans(texan, 'Paris', 'Texas'), {}), 'Paris');
  assert.equal(paris?.country, 'US');
  assert.equal(paris?.admin1, 'Texas');
  assert.match(paris!.rule, /context/);

  const qualified = 'A man was shot in Paris, Texas, on Sunday.';
  const places = findPlaces(qualified, spans(qualified, 'Paris'), {});
  assert.equal(placeAt(qualified, places, 'Paris')?.admin1, 'Texas');
  assert.match(placeAt(qualified, places, 'Paris')!.rule, /qualified/);
  assert.equal(placeAt(qualified, places, 'Texas')?.gazetteerId, 'adm1:US-TX');
});

test('"Georgia" is the country by default and the US state in "Atlanta, Georgia"', () => {
  const caucasus = 'Protesters gathered outside parliament in Georgia.';
  assert.equal(placeAt(caucasus, findPlaces(caucasus, [], {}), 'Georgia')?.gazetteerId, 'cty:GE');
  const us = 'The shooting happened in Atlanta, Georgia, late Friday.';
  assert.equal(placeAt(us, findPlaces(us, spans(us, 'Atlanta'), {}), 'Georgia')?.gazetteerId, 'adm1:US-GA');
});

test('"the Afghan border" needs a country in context to say which border', () => {
  const bare = 'Troops were sent to the Afghan border.';
  assert.equal(placeAt(bare, findPlaces(bare, [], {}), 'Afghan border'), undefined);
  const tajik = 'Tajikistan sent troops to the Afghan border.';
  assert.equal(placeAt(tajik, findPlaces(tajik, [], {}), 'Afghan border')?.gazetteerId, 'cur:tajik-afghan-border');
  const pakistani = 'Troops were sent to the Afghan border.';
  assert.equal(placeAt(pakistani, findPlaces(pakistani, [], { countries: ['PK'] }), 'Afghan border')?.gazetteerId, 'cur:pakistan-afghan-border');
  const explicit = "Clashes broke out on Tajikistan's border with Afghanistan.";
  assert.equal(findPlaces(explicit, [], {})[0]?.gazetteerId, 'cur:tajik-afghan-border');
});

test('names match whole words only, and lower-case "us" is not the United States', () => {
  const text = 'Parisians, Iranians and Romanians told us the Chadwick family left Omaha.';
  const places = findPlaces(text, [], {});
  assert.deepEqual(places.map((p) => p.gazetteerId), [], JSON.stringify(places));
  const caps = 'The US and the UK condemned the strike.';
  assert.deepEqual(findPlaces(caps, [], {}).map((p) => p.gazetteerId), ['cty:US', 'cty:GB']);
});

test('a candidate the gazetteer does not know is not emitted, and spans point into the text', () => {
  const text = 'Fighters of Zzyzxqtown Brigade entered Central Asia from the Fergana Valley.';
  const places = findPlaces(text, spans(text, 'Zzyzxqtown'), {});
  assert.deepEqual(places.map((p) => text.slice(p.start, p.end)), ['Central Asia', 'Fergana Valley']);
  assert.ok(places.every((p) => p.lat !== null && p.lon !== null && p.gazetteerId));
});

test('a Russian-language name resolves through GeoNames alternate names', () => {
  const text = 'Учения прошли в Таджикистане и в Душанбе.';
  const places = findPlaces(text, spans(text, 'Душанбе'), {});
  assert.equal(placeAt(text, places, 'Душанбе')?.country, 'TJ');
});

test('a stray name resolves in the country most of the article points to: York is in Pennsylvania in a story about US towns', () => {
  const local = 'Shots were fired in Lancaster on Friday. Officers from Dayton and Springfield responded, and a suspect was later arrested in York.';
  assert.equal(placeAt(local, findPlaces(local, spans(local, 'Lancaster', 'Dayton', 'Springfield', 'York'), {}), 'York')?.country, 'US');
  const alone = 'A suspect was arrested in York after the fight.';
  assert.equal(placeAt(alone, findPlaces(alone, spans(alone, 'York'), {}), 'York')?.country, 'GB');
});

test('a town word that begins an unknown name ("Granada Hills") is not that town elsewhere', () => {
  const text = 'He was shot in Granada Hills on Friday and taken to a hospital in Granada.';
  const places = findPlaces(text, [...spans(text, 'Granada Hills'), ...spans(text, 'Granada')], {});
  assert.equal(places.filter((p) => text.slice(p.start, p.end) === 'Granada').length, 1, JSON.stringify(places));
  assert.equal(places[0].start, text.lastIndexOf('Granada'));
});

test("the outlet's town gives the article its country: Florence in a Los Angeles paper is not in Tuscany", () => {
  const text = 'Dale Amos, 51 - The Homicide Report - Los Angeles TimesDale Amos died after being shot in Florence.';
  const la = text.indexOf('Los Angeles');
  const outlet = { start: la, end: la + 11, text: 'Los Angeles', outlet: true };
  const withOutlet = findPlaces(text, [outlet, ...spans(text, 'Florence')], {});
  assert.equal(placeAt(text, withOutlet, 'Florence')?.country, 'US');
  assert.equal(placeAt(text, findPlaces(text, spans(text, 'Florence'), {}), 'Florence')?.country, 'IT');
});

test('a name said three times is one vote for the home country, not three', () => {
  const text = 'York police said York schools closed. In York, officers from Lancaster, Dayton and Springfield helped.';
  const places = findPlaces(text, spans(text, 'York', 'Lancaster', 'Dayton', 'Springfield'), {});
  assert.equal(placeAt(text, places, 'York')?.country, 'US', JSON.stringify(places.map((p) => [p.name, p.country])));
});

test('"Georgia" in a story from a US outlet is the state, not the country', () => {
  const text = 'Clerk shot | The Augusta ChronicleA clerk was shot in Georgia on Friday.';
  const at = text.indexOf('Augusta');
  const outlet = { start: at, end: at + 7, text: 'Augusta', outlet: true };
  const georgia = placeAt(text, findPlaces(text, [outlet, ...spans(text, 'Georgia')], {}), 'Georgia');
  assert.deepEqual([georgia?.country, georgia?.precision], ['US', 'region']);
  assert.equal(placeAt(text, findPlaces(text, spans(text, 'Georgia'), {}), 'Georgia')?.precision, 'country');
});

test('a city bearing its name outright is sure though a foreign city was once called so: it places the neighbourhoods named with it', () => {
  // GeoNames keeps "Philadelphia" as an old name of Amman; that must not leave Philadelphia unsure.
  const text = 'A man was shot in Kensington on Friday. Philadelphia police are investigating the Kensington shooting.';
  const places = findPlaces(text, spans(text, 'Kensington', 'Philadelphia'), {});
  assert.equal(placeAt(text, places, 'Philadelphia')?.admin1, 'Pennsylvania');
  // The small Kensingtons of other states are not meant once the story is placed in Pennsylvania.
  assert.equal(placeAt(text, places, 'Kensington')?.admin1 ?? 'Pennsylvania', 'Pennsylvania');
});

test('a state the tagger names is sure over a small namesake town, and places a town named without its state', () => {
  const text = 'A man was shot in Franklin on Friday. Police in Indiana are looking for the gunman.';
  const places = findPlaces(text, spans(text, 'Franklin', 'Indiana'), {});
  assert.equal(placeAt(text, places, 'Indiana')?.precision, 'region');
  assert.equal(placeAt(text, places, 'Franklin')?.admin1, 'Indiana');
  // A small region abroad sharing the state's name (Florida, Uruguay) does not leave the state unsure.
  const woods = 'A hunter was killed in Oak Hill woods in Florida on Wednesday.';
  assert.equal(placeAt(woods, findPlaces(woods, spans(woods, 'Oak Hill', 'Florida'), {}), 'Oak Hill')?.admin1, 'Florida');
});

test('a dateline state abbreviation that drops its period before the dash still places the story', () => {
  const text = 'Man hurt in shooting | WXYZ 43LANCASTER TWP, Pa- A man was shot outside a cafe in Lancaster on Wednesday.';
  const places = findPlaces(text, spans(text, 'Lancaster'), {});
  assert.equal(placeAt(text, places, 'Pa')?.name, 'Pennsylvania');
  assert.equal(placeAt(text, places, 'Lancaster')?.admin1, 'Pennsylvania');
  // Without the dash it is a word, not a state.
  const plain = 'They met Jones, Pa and the others in Lancaster.';
  assert.equal(placeAt(plain, findPlaces(plain, spans(plain, 'Lancaster'), {}), 'Pa'), undefined);
});

test('a capitals dateline town is not dropped as foreign because a stray name elsewhere points abroad', () => {
  const text = 'Man shot by troopers carried rifles - News - Valley VoiceHONESDALE — A man shot by state police had rifles. He had once lived in Paris.';
  const cands = [{ start: text.indexOf('HONESDALE'), end: text.indexOf('HONESDALE') + 9, text: 'HONESDALE', cue: true }, ...spans(text, 'Paris')];
  const places = findPlaces(text, cands, { countries: ['FR'] });
  assert.equal(placeAt(text, places, 'HONESDALE')?.admin1, 'Pennsylvania');
  // The same small town named in passing, not as a dateline, is still dropped in a French story.
  const passing = 'Troopers met in Paris. A man from Honesdale was there.';
  assert.equal(placeAt(passing, findPlaces(passing, spans(passing, 'Honesdale', 'Paris'), { countries: ['FR'] }), 'Honesdale'), undefined);
});

test('"the provinces of Khost and Paktika" are the two admin-1 provinces; "Khost" alone is the town', () => {
  const text = 'Jets struck targets in the Afghan provinces of Khost and Paktika on Monday.';
  const places = findPlaces(text, spans(text, 'Khost', 'Paktika'), {});
  assert.equal(placeAt(text, places, 'Khost')?.precision, 'region', JSON.stringify(places));
  assert.equal(placeAt(text, places, 'Paktika')?.precision, 'region');
  const town = 'Residents of Khost said the market reopened.';
  assert.equal(placeAt(town, findPlaces(town, spans(town, 'Khost'), {}), 'Khost')?.precision, 'point');
});
