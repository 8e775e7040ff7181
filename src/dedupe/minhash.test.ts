import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bands, minhash, similarity } from './minhash.ts';

const WIRE =
  'Police in the northern city said a car bomb exploded outside a market on Friday morning, killing ' +
  'four people and wounding eleven others. No group has claimed responsibility for the blast, which ' +
  'came two days after a similar attack on a checkpoint on the road to the airport. The governor ' +
  'ordered the market closed and said security would be tightened around mosques before prayers. ' +
  'Witnesses described a column of black smoke over the old quarter and ambulances queuing at the ' +
  'entrance of the provincial hospital, where doctors appealed for blood donors.';

test('a syndicated copy with its own dateline and credit line is near-identical; another story is not', () => {
  const copy = 'KABUL (Wire) - ' + WIRE + ' Reporting by staff; editing by the desk.';
  const other =
    'The central bank raised its main interest rate by half a point on Thursday, citing inflation that ' +
    'has stayed above target for eight months, and signalled that further increases were possible.';
  assert.ok(similarity(minhash(WIRE), minhash(copy)) >= 0.75, 'copy is close');
  assert.ok(similarity(minhash(WIRE), minhash(other)) < 0.2, 'unrelated text is far');
  assert.equal(similarity(minhash(WIRE), minhash(WIRE)), 1);
});

test('near copies share at least one LSH band, so the index finds them', () => {
  const a = bands(minhash(WIRE));
  const b = bands(minhash('KABUL (Wire) - ' + WIRE));
  assert.equal(a.length, 16);
  assert.ok(a.some((x) => b.includes(x)));
});
