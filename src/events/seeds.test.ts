// Issue 4's acceptance on the two seed articles, each run alone. Skips when ../shared is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Event } from '../model.ts';
import { sharedDir } from '../eval/suite.ts';
import { extractArticle } from './run.ts';

const shared = sharedDir();

async function seed(prefix: string): Promise<{ events: Event[]; text: string }> {
  const dir = path.join(shared!, 'seeds');
  const file = path.join(dir, fs.readdirSync(dir).find((f) => f.startsWith(prefix))!);
  const doc = await extractArticle(file, fs.readFileSync(file, 'utf8'));
  return { events: doc.events!, text: doc.article!.text };
}
const ids = (e: Event, roles: string[]) => e.actors.filter((a) => roles.includes(a.role)).map((a) => a.kbId).sort();

test('seed 002: the Khatlon drills as lead event, with its background', { skip: !shared && 'no ../shared (set SITREP_SHARED)' }, async () => {
  const { events } = await seed('002_');
  const main = events.find((e) => e.main)!;
  assert.equal(main.type, 'military_exercise');
  assert.deepEqual(ids(main, ['actor1', 'partner']), ['cty:RU', 'cty:TJ']);
  assert.ok(main.actors.some((a) => a.kbId === 'mil:ru-201st-base' && a.role === 'associated'));
  assert.equal(main.actors.length, 3, 'the bracketed acronym is not another actor');
  assert.equal(main.location?.admin1, 'Khatlon Province');
  assert.equal(main.location?.country, 'TJ');
  assert.equal(main.date?.start, '2024-04-15');
  assert.ok(main.claims.some((c) => c.claimant === 'Russian Ministry of Defence' && c.claimantKbId === 'gov:ru-mod'));
  assert.ok(!main.tags.includes('terrorism'), 'a counter-terrorism drill is not terrorism');
  const bg = (type: string) => events.find((e) => e.type === type && e.background);
  assert.equal(bg('military_withdrawal')?.date?.start, '2021-08');
  assert.deepEqual(ids(bg('military_withdrawal')!, ['actor1']), ['cty:US']);
  assert.deepEqual(ids(bg('propaganda_publication')!, ['actor1']), ['grp:isis-k']);
  assert.equal(bg('group_formation')?.date?.start, '2022-07');
  assert.deepEqual(ids(bg('group_formation')!, ['actor1']), ['grp:tehrik-e-taliban-tajikistan']);
  const crocus = events.find((e) => e.location?.name === 'Crocus City Hall' || e.evidence.location?.some((x) => x.text === 'Crocus City Hall'));
  assert.equal(crocus?.type, 'attack');
  for (const junk of ['statement_threat', 'peaceful_protest', 'armed_clash', 'designation_sanction']) {
    assert.ok(!events.some((e) => e.type === junk), `no ${junk} from threat nouns, "demonstration of", "fighting terrorism" or teasers`);
  }
});

test('seed 000: the border drills, the Crocus attack, the CSTO statement and the Taliban denial', { skip: !shared && 'no ../shared (set SITREP_SHARED)' }, async () => {
  const { events } = await seed('000_');
  const main = events.find((e) => e.main)!;
  assert.equal(main.type, 'military_exercise');
  assert.equal(main.location?.name, 'Tajik–Afghan border');
  assert.equal(main.location?.precision, 2);
  assert.equal(main.date?.end, '--04-18');
  assert.equal(main.date?.yearResolved, false);
  assert.ok(main.date?.reason);
  assert.deepEqual(ids(main, ['actor1', 'partner']), ['cty:RU', 'cty:TJ']);
  const attack = events.find((e) => e.type === 'attack' && e.modality === 'occurred')!;
  assert.ok(attack.tags.includes('terrorism'));
  assert.deepEqual(attack.fatalities, { low: 141, best: null, high: null, qualifier: 'over' });
  assert.deepEqual(attack.claims.map((c) => [c.claimant, c.stance, c.about]), [['U.S. officials', 'attributes', 'Islamic State Khorasan Province']]);
  assert.deepEqual(ids(events.find((e) => e.type === 'statement_threat')!, ['actor1']), ['igo:csto']);
  assert.deepEqual(ids(events.find((e) => e.type === 'denial')!, ['actor1']), ['grp:taliban']);
  assert.ok(!events.some((e) => e.type === 'chemical_weapon' || e.type === 'shelling_artillery_missile_attack'), 'weapons listed in the drill are not attacks');
});
