// The event-mention filter: features, the committed model's held-out score, and its mark in provenance.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { candidateFeatures, eventFilterModel } from './event-filter.ts';
import { sentenceWords } from './triggers/match.ts';
import { extractArticle } from './run.ts';

test('a candidate is described by its words and its neighbours', () => {
  const s = 'Police found an explosive device near the market.';
  const words = sentenceWords(s, { start: 0, end: s.length, tokens: [] });
  const at = s.indexOf('explosive device');
  const f = candidateFeatures(words, { start: at, end: at + 'explosive device'.length, type: 'remote_explosive_landmine_ied', rule: 'curated:explosive device' });
  for (const x of ['head=device', 'p1=an', 'n1=near', 'w=explosive', 'src=curated', 'type=remote_explosive_landmine_ied']) assert.ok(f.includes(x), x);
});

test('the committed model beats always saying "event" on the held-out ECB+ topics', () => {
  const model = eventFilterModel();
  assert.ok(model, 'models/events/event-filter.json is missing: run scripts/train-event-filter.ts');
  const dev = model.meta.dev as { accuracy: number; eventShare: number; n: number };
  // Only candidates no rule decides are judged, so the held-out topics give a few dozen of them.
  assert.ok(dev.n >= 50, JSON.stringify(dev));
  assert.ok(dev.accuracy > dev.eventShare, JSON.stringify(dev));
});

test('an event whose noun trigger the model judged says so in its provenance; a verb trigger does not', async () => {
  const doc = await extractArticle('kabul.txt', 'A suicide bombing at a market in Kabul on Monday left the square in ruins.\n\nGunmen killed two guards at a bank in Herat on Tuesday.', { published: '2024-05-14' });
  const bombing = doc.events!.find((e) => e.type === 'suicide_bomb');
  assert.ok(bombing, JSON.stringify(doc.events!.map((e) => e.type)));
  assert.match(bombing.provenance.type.rule, /\+model:event-filter$/);
  const killing = doc.events!.find((e) => e.evidence.type.some((t) => t.text === 'killed'));
  assert.ok(killing);
  assert.doesNotMatch(killing.provenance.type.rule, /model:/);
});
