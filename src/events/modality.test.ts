// Modality of triggers governed by a distant verb of demand, prevention or intent, and the real
// events that must stay real; and that no planned or imagined event leads an article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readModality } from './modality.ts';
import { extractArticle } from './run.ts';

/** Reads the modality of the `nth` occurrence of `trigger` in a one-sentence text. */
function modalityOf(sentence: string, trigger: string) {
  const start = sentence.indexOf(trigger);
  assert.ok(start >= 0, `no "${trigger}" in the sentence`);
  const r = readModality(sentence, { start: 0, end: sentence.length }, { start, end: start + trigger.length });
  return { modality: r.modality, cue: r.cue && sentence.slice(r.cue.start, r.cue.end) };
}

test('a demand reaching across an acronym and "from using X to" makes the attack hypothetical', () => {
  const s = 'The ministry urged Kabul to stop fighters of Jamaat al-Furqan (JAF) from using its border districts to attack army posts.';
  assert.deepEqual(modalityOf(s, 'attack'), { modality: 'hypothetical', cue: 'stop' });
});

test('a distant demand verb governs an infinitival trigger', () => {
  const s = 'Western envoys on Tuesday asked the rebel commanders in the northern hills not to shell the provincial capital.';
  assert.deepEqual(modalityOf(s, 'shell'), { modality: 'hypothetical', cue: 'asked' });
});

test('prevention through "keep … from" makes the trigger hypothetical; "keep" alone does not', () => {
  assert.equal(modalityOf('Patrols are meant to keep smugglers and armed bands from raiding the villages.', 'raiding').modality, 'hypothetical');
  assert.equal(modalityOf('Armed bands keep raiding the villages near the river.', 'raiding').modality, 'occurred');
});

test('threats and vows make the trigger planned, with the verb as evidence', () => {
  assert.deepEqual(modalityOf('The group threatened strikes on oil terminals along the coast.', 'strikes'), { modality: 'planned', cue: 'threatened' });
  assert.deepEqual(modalityOf('Its commander vowed in a video posted online to bomb the bridges used by the army.', 'bomb'), { modality: 'planned', cue: 'vowed' });
});

test('real events stay real: a plain report, a speech verb, an aspectual verb', () => {
  assert.equal(modalityOf('Militants attacked a checkpoint outside the town on Monday.', 'attacked').modality, 'occurred');
  assert.equal(modalityOf('Officials said gunmen opened fire on a wedding party.', 'opened fire').modality, 'occurred');
  assert.equal(modalityOf('Rebel artillery began to shell the town at dawn.', 'shell').modality, 'occurred');
  assert.equal(modalityOf('The army warned residents, and later troops clashed with the rebels.', 'clashed').modality, 'occurred');
});

test('a noun after "an end to" is not governed by the demand', () => {
  assert.equal(modalityOf('The envoy demanded an end to the fighting in the valley.', 'fighting').modality, 'occurred');
});

test('a sentence break ends a governor\'s reach', () => {
  const text = 'Leaders urged calm. Gunmen then attacked a police station in the town.';
  const start = text.indexOf('attacked');
  const r = readModality(text, { start: text.indexOf('Gunmen'), end: text.length }, { start, end: start + 8 });
  assert.equal(r.modality, 'occurred');
});

test('a governed attack never becomes the main event; the reported strike does', async () => {
  const body = [
    'Airstrike hits market in border town',
    '',
    'An airstrike on a market in the border town of Chaman killed at least nine people on Sunday, local officials said.',
    '',
    'The interior ministry urged the neighbouring government to stop fighters of the Lashkar-e-Jhangvi (LeJ) from using its soil to attack Pakistani troops, and to prevent them to attack police posts.',
  ].join('\n');
  const doc = await extractArticle('governed-attack.txt', body, { published: '2024-05-08' });
  const events = doc.events!;
  const main = events.filter((e) => e.main);
  assert.equal(main.length, 1);
  assert.notEqual(main[0].modality, 'hypothetical');
  assert.notEqual(main[0].modality, 'planned');
  for (const e of events.filter((x) => x.modality === 'hypothetical' || x.modality === 'planned')) assert.equal(e.main, false);
});

test('a planned offensive told three times still does not lead the article', async () => {
  const body = [
    'Army plans offensive on rebel-held town',
    '',
    'The army plans to launch an offensive on the rebel-held town of Kora, the defence minister said on Monday. He said the offensive was planned for next month. The army intends to attack from three sides.',
    '',
    'Residents said a shop was looted overnight.',
  ].join('\n');
  const doc = await extractArticle('planned-offensive.txt', body, { published: '2024-05-08' });
  const events = doc.events!;
  const planned = events.filter((e) => e.modality === 'planned');
  assert.ok(planned.length > 0, 'the offensive is read as planned');
  assert.ok(planned.every((e) => !e.main));
  const main = events.filter((e) => e.main);
  assert.equal(main.length, 1);
  assert.ok(main[0].modality === 'occurred' || main[0].modality === 'ongoing');
});
