import { test } from 'node:test';
import assert from 'node:assert/strict';
import { choose, type Context } from './score.ts';
import type { GazetteerEntry, NameMatch } from './gazetteer.ts';

const entry = (id: string, kind: GazetteerEntry['kind'], country: string, admin1: string | null, population: number): GazetteerEntry =>
  ({ id, name: id, kind, country, admin1, lat: 0, lon: 0, population, precision: kind === 'place' ? 'point' : 'region' });
const none: Context = { countries: new Set(), admin1s: new Set(), namedAdmin1s: new Set() };
const inUS: Context = { countries: new Set(['US']), admin1s: new Set(['US|Texas']), namedAdmin1s: new Set() };

const parisFR = entry('paris-fr', 'place', 'FR', 'Île-de-France', 2_100_000);
const parisTX = entry('paris-tx', 'place', 'US', 'Texas', 25_000);
const parisKY = entry('paris-ky', 'place', 'US', 'Kentucky', 2_000);

test('a world city wins alone; context brings the namesake in the named state forward', () => {
  const options: NameMatch[] = [{ entry: parisTX, cls: 'p' }, { entry: parisFR, cls: 'p' }, { entry: parisKY, cls: 'p' }];
  const alone = choose(options, none)!;
  assert.equal(alone.entry.id, 'paris-fr');
  assert.equal(alone.rival?.id, 'paris-tx');
  assert.equal(alone.decider, 'population');
  const local = choose(options, inUS)!;
  assert.equal(local.entry.id, 'paris-tx');
  assert.equal(local.rival?.id, 'paris-fr');
  assert.equal(local.decider, 'context');
  assert.equal(choose([], none), null);
  assert.deepEqual(choose([{ entry: parisKY, cls: 'p' }], none), { entry: parisKY, score: choose([{ entry: parisKY, cls: 'p' }], none)!.score, runnerUp: null, rival: null, decider: 'only' });
});

test('an entry counts once, by its best name; an alternate name never rivals a primary winner', () => {
  const amman = entry('amman', 'place', 'JO', null, 1_300_000);
  const philly = entry('philly', 'place', 'US', 'Pennsylvania', 1_500_000);
  const small = entry('philly-ms', 'place', 'US', 'Mississippi', 7_000);
  // Amman bears "Philadelphia" only as an old name: it does not rival the city that bears it as its own.
  const got = choose([{ entry: amman, cls: 'a' }, { entry: philly, cls: 'p' }, { entry: philly, cls: 'a' }, { entry: small, cls: 'p' }], none)!;
  assert.equal(got.entry.id, 'philly');
  assert.equal(got.rival?.id, 'philly-ms');
  assert.equal(got.decider, 'name', 'the winner\'s second name is not the runner-up; Amman is');
  // With only the alternate left as another entry, there is no rival at all.
  const noRival = choose([{ entry: philly, cls: 'a' }, { entry: amman, cls: 'a' }, { entry: philly, cls: 'p' }], none)!;
  assert.equal(noRival.entry.id, 'philly');
  assert.equal(noRival.runnerUp, null);
  assert.equal(noRival.rival, null);
});

test('equal scores go to the bigger entry, then to the earlier option', () => {
  const a = entry('a', 'admin1', 'UY', null, 60_000);
  const b = entry('b', 'admin1', 'US', null, 21_000_000);
  const c = entry('c', 'admin1', 'AR', null, 21_000_000);
  assert.equal(choose([{ entry: a, cls: 'p' }, { entry: b, cls: 'p' }, { entry: c, cls: 'p' }], none)!.entry.id, 'b');
  assert.equal(choose([{ entry: c, cls: 'p' }, { entry: a, cls: 'p' }, { entry: b, cls: 'p' }], none)!.entry.id, 'c');
  const many = Array.from({ length: 90 }, (_, i) => ({ entry: entry(`t${i}`, 'place', 'BR', null, 1_000 + (i % 7) * 10), cls: 'p' as const }));
  const best = choose(many, none)!;
  assert.equal(best.entry.id, 't6', 'the first of the biggest');
  assert.equal(best.rival?.id, 't13');
  assert.equal(best.runnerUp, best.score);
});
