import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer, parseGazetteer } from './gazetteer.ts';
import { encodeGazetteer, type BuildEntry } from './format.ts';
import { normalizeName } from './normalize.ts';

test('normalizeName folds case, diacritics, dashes and possessives', () => {
  assert.equal(normalizeName('Gorno-Badakhshan'), 'gorno badakhshan');
  assert.equal(normalizeName('Sant Julià de Lòria'), 'sant julia de loria');
  assert.equal(normalizeName("Tajikistan's border"), 'tajikistan border');
  assert.equal(normalizeName('Tajik–Afghan border'), 'tajik afghan border');
  assert.equal(normalizeName('Москва'), 'москва');
});

function entry(id: string, name: string, kind: BuildEntry['kind'], names: BuildEntry['names']): BuildEntry {
  return { id, name, kind, country: 'TJ', admin1: null, lat: 38.5, lon: 68.8, population: 1000, precision: 'point', names };
}

test('the file format round-trips entries and name classes, best class first', () => {
  const text = encodeGazetteer([
    entry('adm1:TJ-KT', 'Khatlon Province', 'admin1', [{ name: 'Khatlon Province', cls: 'p' }, { name: 'Khatlon', cls: 'd' }]),
    entry('gn:1', 'Khatlon', 'place', [{ name: 'Khatlon', cls: 'p' }]),
    entry('gn:2', 'Bokhtar', 'place', [{ name: 'Bokhtar', cls: 'p' }, { name: 'Kurgan-Tyube', cls: 'a' }, { name: 'Bokhtar', cls: 'a' }]),
  ]);
  const g = parseGazetteer(text);
  assert.equal(g.size, 3);
  assert.deepEqual(g.matches('KHATLON').map((m) => [m.entry.id, m.cls]), [['gn:1', 'p'], ['adm1:TJ-KT', 'd']]);
  assert.deepEqual(g.lookup('Kurgan Tyube').map((e) => e.id), ['gn:2']);
  assert.deepEqual(g.matches('Bokhtar').map((m) => m.cls), ['p']);
  assert.deepEqual(g.lookup('Nowhere'), []);
  assert.equal(g.get('gn:2')?.name, 'Bokhtar');
  assert.deepEqual(g.scanNames(), ['khatlon province']);
});

test('the committed gazetteer holds countries, admin-1 regions, places and curated entries', () => {
  const g = loadGazetteer();
  assert.ok(g.size > 100_000);
  const tj = g.get('cty:TJ');
  assert.equal(tj?.kind, 'country');
  assert.equal(tj?.precision, 'country');
  assert.ok(g.lookup('Khatlon Province').some((e) => e.id === 'adm1:TJ-KT'));
  assert.ok(g.lookup('Viloyati Khatlon').some((e) => e.id === 'adm1:TJ-KT'));
  assert.equal(g.get('gn:1221874')?.name, 'Dushanbe');
  assert.equal(g.get('cur:crocus-city-hall')?.kind, 'landmark');
  assert.equal(g.get('cur:tajik-afghan-border')?.kind, 'border');
  assert.ok(g.lookup('Москва').some((e) => e.id === 'gn:524901'), 'Russian alternate names are kept');
  assert.equal(loadGazetteer(), g, 'loaded once per process');
});

test('a name looked up again gets the same matches, and a caller changing its copy changes nobody else\'s', () => {
  const g = parseGazetteer(encodeGazetteer([
    entry('adm1:TJ-KT', 'Khatlon Province', 'admin1', [{ name: 'Khatlon Province', cls: 'p' }, { name: 'Khatlon', cls: 'd' }]),
    entry('gn:1', 'Khatlon', 'place', [{ name: 'Khatlon', cls: 'p' }]),
  ]));
  const first = g.matches('Khatlon');
  first[0].cls = 'q';
  first.pop();
  assert.deepEqual(g.matches('Khatlon').map((m) => [m.entry.id, m.cls]), [['gn:1', 'p'], ['adm1:TJ-KT', 'd']]);
  assert.deepEqual(g.matches('Nowhere'), []);
  assert.deepEqual(g.matches('Nowhere'), []);
});

test('a name finds its own entry among names it begins or that begin it', () => {
  const g = parseGazetteer(encodeGazetteer([
    entry('gn:1', 'San', 'place', [{ name: 'San', cls: 'p' }]),
    entry('gn:2', 'San Jose', 'place', [{ name: 'San Jose', cls: 'p' }]),
    entry('gn:3', 'Sana', 'place', [{ name: 'Sana', cls: 'p' }]),
    entry('gn:4', 'Sa', 'place', [{ name: 'Sa', cls: 'p' }]),
    entry('gn:5', 'Santa Ana', 'place', [{ name: 'Santa Ana', cls: 'p' }]),
  ]));
  for (const [name, id] of [['San', 'gn:1'], ['SAN JOSÉ', 'gn:2'], ['Sana', 'gn:3'], ['Sa', 'gn:4'], ['Santa Ana', 'gn:5']]) {
    assert.deepEqual(g.lookup(name).map((e) => e.id), [id], name);
  }
  for (const name of ['S', 'San J', 'Sanaa', 'Santa', 'Zzz', 'A']) assert.deepEqual(g.lookup(name), [], name);
});

test('lines are read in place: an id held twice answers with its last line, a name that only begins another is not found', () => {
  const text = encodeGazetteer([
    entry('adm1:GG-', 'Guernsey', 'admin1', [{ name: 'Guernsey', cls: 'p' }]),
    entry('gn:7', 'Khatlon', 'place', [{ name: 'Khatlon', cls: 'p' }]),
    entry('adm1:GG-', 'Alderney', 'admin1', [{ name: 'Alderney', cls: 'p' }]),
  ]);
  const g = parseGazetteer(text);
  assert.equal(g.get('adm1:GG-')?.name, 'Alderney');
  assert.equal(g.get('adm1:GG'), undefined);
  assert.equal(g.get('gn:7')?.name, 'Khatlon');
  assert.deepEqual(g.lookup('Khat'), []);
  assert.deepEqual(g.lookup('Khatlon Province'), []);
  assert.deepEqual(g.lookup('Alderney').map((e) => e.name), ['Alderney']);
});
