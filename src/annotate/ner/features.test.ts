import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FeatureExtractor } from './features.ts';
import { Gazetteer } from './gazetteer.ts';

/** Static feature count of each token of the sentence. */
function featureCounts(x: FeatureExtractor, sentence: string): number[] {
  const toks = sentence.split(' ');
  x.extract(toks);
  return toks.map((_, i) => x.offsets[i + 1] - x.offsets[i]);
}

test('a name that opens with a known place and goes on ("Boston Bruins") gets the place-prefix feature', () => {
  const withPlaces = new FeatureExtractor([new Gazetteer('geo', ['boston'])]);
  const withoutPlaces = new FeatureExtractor([new Gazetteer('org', ['boston'])]);
  const a = featureCounts(withPlaces, 'the Boston Bruins won');
  const b = featureCounts(withoutPlaces, 'the Boston Bruins won');
  // "Bruins" differs only by the place-prefix feature; "Boston" also by its place-list marks.
  assert.equal(a[2] - b[2], 1);
});

test('a run that is all place ("New York") gets no place-prefix feature', () => {
  const withPlaces = new FeatureExtractor([new Gazetteer('geo', ['new york'])]);
  const withoutPlaces = new FeatureExtractor([new Gazetteer('org', ['new york'])]);
  assert.deepEqual(featureCounts(withPlaces, 'flights to New York resumed'), featureCounts(withoutPlaces, 'flights to New York resumed'));
});
