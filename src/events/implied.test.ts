import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Place } from '../model.ts';
import { homePlace } from './implied.ts';

/** A resolved place at the `nth` occurrence of `word` in `text`. */
function place(text: string, word: string, name: string, admin1: string, precision: Place['precision'] = 'point', nth = 0): Place {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = text.indexOf(word, start + 1);
  return { start, end: start + word.length, gazetteerId: `g:${name}`, name, country: 'US', admin1, lat: 0, lon: 0, precision, rule: 'test' };
}

test('the dateline town glued after the headline is home, over a town named more often', () => {
  const text = 'Father charged in daughter\u2019s death | Valley NewsDUNCANNON, Pa. (WVN) \u2013 A man was charged. Lawyer Ann Bender said Bender would appeal. Bender declined further comment.';
  const places = [place(text, 'DUNCANNON', 'Duncannon', 'Pennsylvania'), place(text, 'Bender', 'Bender', 'Moldova', 'point', 0), place(text, 'Bender', 'Bender', 'Moldova', 'point', 1), place(text, 'Bender', 'Bender', 'Moldova', 'point', 2)];
  assert.equal(homePlace(text, places)?.name, 'Duncannon');
});

test('a dateline state alone falls back to the town in that state named most', () => {
  const text = 'Woman shot on the interstate | KSTV.comST. LOUIS, MO (KSTV)- Police in St. Louis are investigating. The victim lived in Union.';
  const places = [place(text, 'MO', 'Missouri', 'Missouri', 'region'), place(text, 'St. Louis', 'St. Louis', 'Missouri'), place(text, 'Union', 'Union', 'Missouri')];
  assert.equal(homePlace(text, places)?.name, 'St. Louis');
});

test('without a dateline, origins and speakers do not count toward the most-named town', () => {
  const text = 'A Clayton man was shot in Dover on Friday. Clayton police said the Clayton man survived. "We are working," Paris said. Paris added more.';
  const places = [place(text, 'Clayton', 'Clayton', 'Delaware', 'point', 0), place(text, 'Clayton', 'Clayton', 'Delaware', 'point', 2), place(text, 'Dover', 'Dover', 'Delaware'),
    place(text, 'Paris', 'Paris', 'Île-de-France', 'point', 0), place(text, 'Paris', 'Paris', 'Île-de-France', 'point', 1)];
  assert.equal(homePlace(text, places)?.name, 'Dover');
});

test('an untold shooting takes the day the article tells of nearest before it, not the day police spoke', async () => {
  const { impliedDates } = await import('./implied.ts');
  const { findDates } = await import('../annotate/dates.ts');
  const text = 'Police said Tuesday they are looking for a gunman. The attack on Saturday night left a clerk hurt. The shooting closed the store.';
  const dates = findDates(text, '2016-01-12');
  const start = text.indexOf('shooting');
  const event = { type: 'attack', date: null, background: false, modality: 'occurred', evidence: { type: [{ articleId: 'a', start, end: start + 8, text: 'shooting' }] }, provenance: {} } as unknown as import('../model.ts').Event;
  impliedDates([event], { articleId: 'a', text, dates, reference: { value: '2016-01-12', basis: 'published', span: null } });
  assert.equal(event.date?.start, '2016-01-09');
  assert.equal(event.date?.basis, 'implied');
  assert.equal(event.evidence.date?.[0].text, 'Saturday night');
  assert.match(event.provenance.date!.rule, /^date:article-day/);
});

test('with no day told, an untold shooting happened by the day of publication', async () => {
  const { impliedDates } = await import('./implied.ts');
  const text = 'Police said Tuesday a clerk was hurt in a shooting.';
  const start = text.indexOf('shooting');
  const event = { type: 'attack', date: null, background: false, modality: 'occurred', evidence: { type: [{ articleId: 'a', start, end: start + 8, text: 'shooting' }] }, provenance: {} } as unknown as import('../model.ts').Event;
  const { findDates } = await import('../annotate/dates.ts');
  impliedDates([event], { articleId: 'a', text, dates: findDates(text, '2016-01-12'), reference: { value: '2016-01-12', basis: 'published', span: null } });
  assert.equal(event.date?.start, '2016-01-12');
  assert.equal(event.provenance.date?.rule, 'date:published');
  // A day read from the URL resolves the article's relative days but dates nothing left undated.
  const fromUrl = { ...event, date: null, evidence: { type: event.evidence.type }, provenance: {} } as typeof event;
  impliedDates([fromUrl], { articleId: 'a', text, dates: findDates(text, null, 'https://tv.example/2016/01/12/x'), reference: { value: '2016-01-12', basis: 'url', span: null } });
  assert.equal(fromUrl.date, null);
});

test('a shooting placed only in a state happened in the dateline town of that state', async () => {
  const { impliedLocations } = await import('./implied.ts');
  const text = 'Teen hurt at range | WXYZYORK, Pa. (WXYZ) – A teen was shot at a Pennsylvania gun range.';
  const york = place(text, 'YORK', 'York', 'Pennsylvania');
  const state = place(text, 'Pennsylvania', 'Pennsylvania', 'Pennsylvania', 'region');
  const event = { type: 'attack', background: false, location: { name: 'Pennsylvania', admin1: 'Pennsylvania', country: 'US', lat: 0, lon: 0, gazetteerId: 'g:Pennsylvania', precision: 2 },
    evidence: { location: [{ articleId: 'a', start: state.start, end: state.end, text: 'Pennsylvania' }] }, provenance: {} } as unknown as import('../model.ts').Event;
  impliedLocations([event], 'a', text, [york, state]);
  assert.equal(event.location?.name, 'York');
  assert.equal(event.evidence.location?.[0].text, 'YORK');
});

test('a town named only as where the victim is from is the home place when nothing else is named', () => {
  const text = 'A Baltimore man is recovering after he was shot in the face on Friday evening.';
  assert.equal(homePlace(text, [place(text, 'Baltimore', 'Baltimore', 'Maryland')])?.name, 'Baltimore');
});

test('a story that names only a country and a resident town happened in that town', () => {
  const text = 'A Millbrook woman is in custody after a shooting, deputies in Georgia said.';
  const country: Place = { ...place(text, 'Georgia', 'Georgia', ''), admin1: null, precision: 'country' };
  assert.equal(homePlace(text, [place(text, 'Millbrook', 'Millbrook', 'Alabama'), country])?.name, 'Millbrook');
});

test('a resident town in the only state the story names is home', () => {
  const text = 'An Augusta woman is in custody after a shooting in Georgia, deputies said.';
  assert.equal(homePlace(text, [place(text, 'Augusta', 'Augusta', 'Georgia'), place(text, 'Georgia', 'Georgia', 'Georgia', 'region')])?.name, 'Augusta');
});

test("a town named without its state and resolved by name alone far from the dateline town yields to the dateline town", async () => {
  const { impliedLocations } = await import('./implied.ts');
  const text = 'Carjacker shot | WXYZCLEVELAND -- A man was shot by officers in Erie Heights.';
  const cleveland = place(text, 'CLEVELAND', 'Cleveland', 'Ohio');
  const mk = (rule: string) => ({ type: 'attack', background: false,
    location: { name: 'Erie', admin1: 'Pennsylvania', country: 'US', lat: 0, lon: 0, gazetteerId: 'g:Erie', precision: 1 },
    evidence: { location: [{ articleId: 'a', start: text.indexOf('Erie'), end: text.indexOf('Erie') + 4, text: 'Erie' }] },
    provenance: { location: { rule, basis: 'stated' } } }) as unknown as import('../model.ts').Event;
  const byName = mk('place:span:only+locative');
  const byState = mk('place:span:qualified+locative');
  impliedLocations([byName, byState], 'a', text, [cleveland]);
  assert.equal(byName.location?.name, 'Cleveland');
  assert.equal(byState.location?.name, 'Erie');
});

test("a neighbourhood resolved by name alone to a faraway town yields to the outlet's town; a state named outright does not", async () => {
  const { impliedLocations } = await import('./implied.ts');
  const text = 'Dale Amos, 32 - The Homicide Report - Los Angeles TimesDale Amos, of Nevada, died Monday after being shot in Florence.';
  const outlet = { ...place(text, 'Los Angeles', 'Los Angeles', 'California'), rule: 'outlet:span:population' };
  const at = (word: string, loc: Partial<import('../model.ts').EventLocation>, rule: string) => ({ type: 'attack', background: false,
    location: { lat: 0, lon: 0, gazetteerId: `g:${word}`, admin1: null, country: null, name: word, precision: 1, ...loc },
    evidence: { location: [{ articleId: 'a', start: text.indexOf(word), end: text.indexOf(word) + word.length, text: word }] },
    provenance: { location: { rule, basis: 'stated' } } }) as unknown as import('../model.ts').Event;
  const florence = at('Florence', { admin1: 'Tuscany', country: 'IT' }, 'place:span:population+locative');
  const nevada = at('Nevada', { admin1: 'Nevada', country: 'US', precision: 2 }, 'place:span:only+locative');
  impliedLocations([florence, nevada], 'a', text, [outlet]);
  assert.equal(florence.location?.name, 'Los Angeles');
  assert.equal(florence.evidence.location?.[0].text, 'Los Angeles');
  assert.equal(nevada.location?.name, 'Nevada');
});

test('without dateline or outlet, the admin-1 most places lie in anchors the story; surnames do not vote', async () => {
  const { anchorPlace } = await import('./implied.ts');
  const text = 'Carson City man killed. A Carson City teen was held; Carson City police said Rivera and Grant were questioned. Rivera declined. Rivera left.';
  const carson = [0, 1, 2].map((k) => place(text, 'Carson City', 'Carson City', 'Nevada', 'point', k));
  const grant = place(text, 'Grant', 'Grant', 'Minnesota');
  const rivera = [0, 1, 2].map((k) => place(text, 'Rivera', 'Rivera', 'Rivera Department', 'region', k));
  const surnames = rivera.map((r) => ({ start: r.start, end: r.end }));
  assert.equal(anchorPlace(text, [...carson, grant, ...rivera], surnames)?.name, 'Carson City');
  // With the surnames counted as places, no admin-1 leads clearly.
  assert.equal(anchorPlace(text, [...carson, grant, ...rivera]), null);
});

test("the outlet's town is one vote: a wire story's own towns outvote it, a lone namesake does not", async () => {
  const { anchorPlace } = await import('./implied.ts');
  const text = 'Police shot man | Springs Gazette, NewsAn autopsy shows a man was shot by Oaktown police. Oaktown officials met in Oaktown. Wilmington was calm in Wilmington.';
  const outlet = { ...place(text, 'Springs', 'Colorado Springs', 'Colorado'), rule: 'outlet:cue:only' };
  const oaktown = [0, 1, 2].map((k) => place(text, 'Oaktown', 'Oaktown', 'California', 'point', k));
  assert.equal(anchorPlace(text, [outlet, ...oaktown])?.name, 'Oaktown');
  const wilmington = [0, 1].map((k) => place(text, 'Wilmington', 'Wilmington', 'North Carolina', 'point', k));
  assert.equal(anchorPlace(text, [outlet, ...wilmington])?.name, 'Colorado Springs');
});

test('a hand-curated landmark resolved by name alone is meant, not a namesake of the dateline town', async () => {
  const { impliedLocations } = await import('./implied.ts');
  const text = 'DUSHANBE — A fire broke out at the Crocus City Hall concert venue on Friday, investigators said.';
  const dushanbe = { ...place(text, 'DUSHANBE', 'Dushanbe', 'Dushanbe'), country: 'TJ' };
  const start = text.indexOf('Crocus');
  const mk = (gazetteerId: string) => ({ type: 'attack', background: false,
    location: { name: 'Crocus City Hall', admin1: 'Moscow Oblast', country: 'RU', lat: 0, lon: 0, gazetteerId, precision: 1 },
    evidence: { location: [{ articleId: 'a', start, end: start + 16, text: 'Crocus City Hall' }] },
    provenance: { location: { rule: 'place:trie:only+locative', basis: 'stated' } } }) as unknown as import('../model.ts').Event;
  const curated = mk('cur:crocus-city-hall');
  const generated = mk('gn:1');
  impliedLocations([curated, generated], 'a', text, [dushanbe]);
  assert.equal(curated.location?.name, 'Crocus City Hall');
  assert.equal(generated.location?.name, 'Dushanbe', 'the same name from the generated gazetteer still yields to the dateline town');
});
