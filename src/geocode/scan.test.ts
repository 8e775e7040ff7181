import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseGazetteer } from './gazetteer.ts';
import { encodeGazetteer, type BuildEntry } from './format.ts';
import { scanText } from './scan.ts';

const region = (id: string, name: string, kind: BuildEntry['kind'] = 'region'): BuildEntry =>
  ({ id, name, kind, country: 'TJ', admin1: null, lat: 38, lon: 72, population: 200_000, precision: 'region', names: [{ name, cls: 'p' }] });

const gazetteer = parseGazetteer(encodeGazetteer([
  region('cur:gbao', 'Gorno-Badakhshan'),
  region('cur:pamir', 'Pamir'),
  region('cur:pamir-highway', 'Pamir Highway', 'landmark'),
]));
const found = (text: string) => scanText(gazetteer, text).map((s) => s.text);

test('name words join across spaces and dashes, or one period and spaces, never across other marks', () => {
  assert.deepEqual(found('Fighting in Gorno-Badakhshan spread.'), ['Gorno-Badakhshan']);
  assert.deepEqual(found('Fighting in Gorno — Badakhshan spread.'), ['Gorno — Badakhshan']);
  assert.deepEqual(found('Fighting in Gorno  Badakhshan spread.'), ['Gorno  Badakhshan']);
  assert.deepEqual(found('Trucks on the Pamir. Highway crews came.'), ['Pamir. Highway']);
  assert.deepEqual(found('Trucks on the Pamir, Highway crews came.'), ['Pamir']);
  assert.deepEqual(found('Trucks on the Pamir (Highway) came.'), ['Pamir']);
  assert.deepEqual(found('Trucks on the Pamir.- Highway came.'), ['Pamir']);
});

test('a name stops where its next word goes on no name, and the longest name wins', () => {
  assert.deepEqual(found('The Pamir Highway and the Pamir range'), ['Pamir Highway', 'Pamir']);
  assert.deepEqual(found('Gorno spoke; Badakhshan answered.'), []);
});
