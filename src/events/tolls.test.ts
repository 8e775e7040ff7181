// Tolls told across sentences: follow-up sentences, ordinals, toll updates and the dead listed by name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namedDead, namedVictimList, ordinalVictim, sentenceTolls, tollUpdate } from './tolls.ts';
import { victimCounts } from './victims.ts';
import { extractArticle } from './run.ts';

const whole = (s: string) => ({ start: 0, end: s.length });

test('a toll update gives the new figure; "at least" makes it a floor', () => {
  const s = 'By Tuesday evening the death toll had risen to 14, the governor said.';
  assert.deepEqual(tollUpdate(s, whole(s))?.count, { low: 14, best: 14, high: 14, qualifier: 'exact' });
  const f = 'The number of injured has climbed to at least forty.';
  assert.equal(tollUpdate(f, whole(f))?.kind, 'injured');
  assert.deepEqual(tollUpdate(f, whole(f))?.count, { low: 40, best: null, high: null, qualifier: 'at least' });
  const toll = 'The toll on the bridge rose to 5 dollars.';
  assert.equal(tollUpdate(toll, whole(toll)), null);
});

test('an ordinal victim is numbered among all the victims', () => {
  const s = 'A third soldier later died of his wounds in hospital.';
  assert.deepEqual([ordinalVictim(s, whole(s))?.kind, ordinalVictim(s, whole(s))?.ordinal], ['killed', 3]);
  const w = 'A second man was wounded in the leg.';
  assert.equal(ordinalVictim(w, whole(w))?.kind, 'injured');
});

test('the dead listed by name count one each', () => {
  const s = 'The dead were identified as Ana Ruiz, Tomas Vidal and Pedro Lima.';
  const persons = ['Ana Ruiz', 'Tomas Vidal', 'Pedro Lima'].map((n) => ({ start: s.indexOf(n), end: s.indexOf(n) + n.length }));
  assert.equal(namedDead(s, whole(s), persons)?.count.best, 3);
  assert.equal(namedDead(s, whole(s), persons.slice(0, 1))?.count.best, 1);
});

test('victims told without a number: in hospital, shot as object, headline, referred to', () => {
  const counts = (s: string) => Object.fromEntries(victimCounts(s, whole(s)).map((v) => [v.kind, v.count.best]));
  assert.deepEqual(counts('A 19-year-old man is hospitalized after the shooting.'), { injured: 1 });
  assert.deepEqual(counts('Police said he shot a woman in the leg and drove off.'), { injured: 1 });
  assert.deepEqual(counts('Man shot while walking home in Riverside'), { injured: 1 });
  assert.deepEqual(counts('Man shot while walking home dies'), { killed: 1 });
  assert.deepEqual(counts('He was pronounced dead at the scene.'), { killed: 1 });
});

test('one event gathers its toll from the sentences that follow its trigger', async () => {
  const text = [
    'Gunmen ambushed an army patrol near the village of Dalori on Monday, killing two soldiers.',
    'A third soldier died in hospital on Tuesday, the army said.',
    'Four other soldiers were wounded and taken to Maiduguri.',
    'The death toll had risen to five by Wednesday.',
  ].join('\n\n');
  const doc = await extractArticle('dalori.txt', text, { published: '2024-05-08' });
  const e = doc.events!.find((x) => x.main)!;
  assert.ok(e, JSON.stringify(doc.events!.map((x) => x.type)));
  assert.deepEqual(e.fatalities, { low: 3, best: 5, high: 5, qualifier: 'exact' });
  assert.equal(e.injured?.best, 4);
  assert.equal(e.provenance.fatalities.rule, 'toll:update');
  for (const span of [...e.evidence.fatalities, ...e.evidence.injured]) assert.equal(doc.article!.text.slice(span.start, span.end), span.text);
});

test('a follow-up sentence that recalls an earlier attack lends no toll', async () => {
  const text = [
    'Gunmen opened fire on a market in Kadera on Friday, police said.',
    'Three shoppers were wounded.',
    'Last year, a man who sold spices there was shot dead by robbers.',
  ].join('\n\n');
  const doc = await extractArticle('kadera.txt', text, { published: '2024-05-08' });
  const e = doc.events!.find((x) => x.main)!;
  assert.equal(e.injured?.best, 3);
  assert.equal(e.fatalities, null, JSON.stringify(e.fatalities));
});

const spans = (s: string, names: string[]) => names.map((n) => ({ start: s.indexOf(n), end: s.indexOf(n) + n.length }));

test('victims named in a row and told dead together count one each; the official who gives the names does not', () => {
  const s = 'According to County Coroner Ruth Lane, Ana Ruiz, 23, and Maria Vidal, 29, were both pronounced dead at the scene.';
  assert.equal(namedVictimList(s, spans(s, ['Ruth Lane', 'Ana Ruiz', 'Maria Vidal']))?.count.best, 2);
  const f = 'Deputies found 37-year-old Ana Ruiz and 16-year-old Tomas Ruiz dead in the kitchen.';
  assert.equal(namedVictimList(f, spans(f, ['Ana Ruiz', 'Tomas Ruiz']))?.count.best, 2);
  const w = 'Ana Ruiz and Tomas Ruiz were questioned by detectives.';
  assert.equal(namedVictimList(w, spans(w, ['Ana Ruiz', 'Tomas Ruiz'])), null);
});

test('an age after a name is not a toll', () => {
  const s = 'Jamal Reed, 18, was shot and killed on Friday.';
  const age = { start: s.indexOf('18'), end: s.indexOf('18') + 2, low: 18, best: 18, high: 18, qualifier: 'exact', unit: 'killed', rule: 'count+unit' };
  const readings = sentenceTolls(s, whole(s), [age], spans(s, ['Jamal Reed']));
  assert.deepEqual(readings.map((r) => [r.kind, r.count.best, r.rule]), [['killed', 1, 'victims:named-killed']]);
});

test('the lead shooting takes the toll told of the same incident typed another way, not of one in another town', async () => {
  const { lendTollsToLead } = await import('./tolls.ts');
  const ev = (type: string, main: boolean, start: number, town: string | null, fatalities: number | null) => ({
    type, main, background: false, modality: 'occurred', date: null,
    location: town ? { name: town, admin1: 'California', country: 'US', lat: 0, lon: 0, gazetteerId: `g:${town}`, precision: 1 } : null,
    fatalities: fatalities === null ? null : { low: fatalities, best: fatalities, high: fatalities, qualifier: 'exact' }, injured: null,
    evidence: { type: [{ articleId: 'a', start, end: start + 4, text: 'shot' }], ...(fatalities === null ? {} : { fatalities: [{ articleId: 'a', start, end: start + 4, text: 'shot' }] }) },
    provenance: fatalities === null ? {} : { fatalities: { rule: 'victims:headline-killed', basis: 'stated' } },
  }) as unknown as import('../model.ts').Event;
  const lead = ev('attack', true, 100, 'Stockton', null);
  lendTollsToLead([ev('armed_clash', false, 10, 'Stockton', 1), lead]);
  assert.equal(lead.fatalities?.best, 1);
  assert.equal(lead.provenance.fatalities?.rule, 'victims:headline-killed+toll:same-incident');
  assert.equal(lead.evidence.fatalities?.[0].start, 10);
  const apart = ev('attack', true, 100, 'Stockton', null);
  lendTollsToLead([ev('armed_clash', false, 10, 'Modesto', 3), apart]);
  assert.equal(apart.fatalities, null);
});

test('"another man was shot" is one victim more than told so far', () => {
  const s = 'Another man was shot and suffered unknown injuries.';
  const another = ordinalVictim(s, whole(s));
  assert.deepEqual([another?.kind, another?.ordinal, another?.rule], ['injured', 0, 'toll:another']);
  const later = 'Police arrested another man on Friday.';
  assert.equal(ordinalVictim(later, whole(later)), null);
});
