import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Event } from '../model.ts';
import { handWrittenEvent } from '../store/contract-events.ts';
import { mergeVerdict, MERGE_THRESHOLD } from './merge.ts';
import { combineDates, dayGap } from './dates.ts';
import { reconcile } from './reconcile.ts';

const day = (d: string) => ({ start: d, end: d, precision: 'day' as const, basis: 'stated' as const, yearResolved: true, reason: null });
const khost = { name: 'Khost', admin1: 'Khost', country: 'AF', lat: 33.34, lon: 69.92, gazetteerId: 'gn:1444362', precision: 1 as const };

function strike(id: string, date: string, over: Partial<Event> = {}): Event {
  return handWrittenEvent(id, {
    type: 'air_drone_strike', location: khost, date: day(date), articleIds: [id.split(':')[0]],
    actors: [{ name: 'Pakistan', kbId: 'cty:PK', role: 'actor1', country: 'PK' }], ...over,
  });
}

test('two reports of one strike on Khost merge; strikes in different years or a week apart do not', () => {
  const v = mergeVerdict(strike('b:9', '2022-04-16'), strike('a:5', '2022-04-16'));
  assert.ok(v && v.score >= MERGE_THRESHOLD, `one strike told twice merges (got ${JSON.stringify(v)})`);
  assert.equal(mergeVerdict(strike('b:9', '2024-03-18'), strike('a:5', '2022-04-16')), null, 'another year is another strike');
  assert.equal(mergeVerdict(strike('b:9', '2022-04-23'), strike('a:5', '2022-04-16')), null, 'a week apart is another strike');
});

test('a drill never merges with an attack, and places in different countries stay apart', () => {
  assert.equal(mergeVerdict(handWrittenEvent('a:1', { type: 'attack' }), handWrittenEvent('b:1')), null);
  const kabul = { ...khost, name: 'Kabul', admin1: 'Kabul', country: 'AF', gazetteerId: 'gn:1138958', lat: 34.5, lon: 69.2, precision: 1 as const };
  const dushanbe = { ...kabul, name: 'Dushanbe', country: 'TJ', admin1: 'Dushanbe', gazetteerId: 'gn:1221874', lat: 38.5, lon: 68.8 };
  assert.equal(mergeVerdict(handWrittenEvent('a:1', { location: kabul }), handWrittenEvent('b:1', { location: dushanbe })), null);
});

test('"through April 18" without a year is compatible with April 15th, 2024, and the merged span takes the year as implied', () => {
  const through = { start: null, end: '--04-18', precision: 'day' as const, basis: 'stated' as const, yearResolved: false, reason: 'no year in the text' };
  assert.equal(dayGap(through, day('2024-04-15')), 0);
  const merged = combineDates([day('2024-04-15'), through], null)!;
  assert.equal(merged.start, '2024-04-15');
  assert.equal(merged.end, '2024-04-18');
  assert.equal(merged.basis, 'implied');
  assert.match(merged.reason!, /2024/);
});

test('reconciled casualties: lowest floor, newest best figure, highest ceiling, and the disagreement listed with its sources', () => {
  const early = strike('a:5', '2024-03-22', { type: 'attack', fatalities: { low: 40, best: 40, high: 40, qualifier: 'exact' } });
  const late = strike('b:7', '2024-03-22', { type: 'attack', fatalities: { low: 141, best: null, high: null, qualifier: 'over' } });
  const sources = new Map([['a', { outlet: 'wire.example', published: '2024-03-22' }], ['b', { outlet: 'daily.example', published: '2024-03-24' }]]);
  const e = reconcile([early, late], [], { sources, storyId: 's', storyYear: null });
  assert.deepEqual(e.fatalities, { low: 40, best: null, high: 141, qualifier: 'over' });
  assert.match(e.provenance.fatalities.rule, /newest b/);
  assert.equal(e.corroboration, 2);
  const c = e.conflicts.find((x) => x.field === 'fatalities');
  assert.deepEqual(c?.values.map((v) => v.articleIds), [['a'], ['b']]);
  assert.deepEqual(e.mentionIds, ['a:5', 'b:7']);
});

test('the most precise place wins and keeps its region', () => {
  const country = handWrittenEvent('a:1', { location: { name: 'Tajikistan', admin1: null, country: 'TJ', lat: 38.5, lon: 71, gazetteerId: 'cty:TJ', precision: 3 } });
  const region = handWrittenEvent('b:1', { articleIds: ['b'] });
  const e = reconcile([country, region], [], { sources: new Map(), storyId: null, storyYear: null });
  assert.equal(e.location?.name, 'Khatlon');
  assert.equal(e.location?.admin1, 'Khatlon');
  assert.equal(e.corroboration, 2, 'articles count where outlets are unknown');
});

test('merged drills: one actor1 and a partner whatever each report called them, actor evidence follows the actor, one claim per claimant and stance', () => {
  const ru = { name: 'Russia', kbId: 'cty:RU', role: 'actor1' as const, country: 'RU' };
  const tj = { name: 'Tajikistan', kbId: 'cty:TJ', role: 'actor1' as const, country: 'TJ' };
  const ev = (articleId: string, start: number, text: string) => ({ articleId, start, end: start + text.length, text });
  const claim = (articleId: string, name: string, at: number) => ({ claimant: name, claimantKbId: 'gov:ru-mod', stance: 'reports' as const, about: null, evidence: [ev(articleId, at, name)] });
  const a = handWrittenEvent('a:1', { articleIds: ['a'], actors: [ru, { ...tj, role: 'partner' }], evidence: { 'actors.0': [ev('a', 0, 'Russia')], 'actors.1': [ev('a', 11, 'Tajikistan')] }, claims: [claim('a', 'Russian Defence Ministry', 40)] });
  const b = handWrittenEvent('b:1', { articleIds: ['b'], actors: [tj, { ...ru, role: 'partner' }], evidence: { 'actors.0': [ev('b', 0, 'Tajikistan')], 'actors.1': [ev('b', 15, 'Russia')] }, claims: [claim('b', 'Russian Ministry of Defence', 60)] });
  const e = reconcile([a, b], [], { sources: new Map(), storyId: null, storyYear: null });
  assert.deepEqual(e.actors.map((x) => `${x.role}:${x.kbId}`), ['actor1:cty:RU', 'partner:cty:TJ']);
  assert.deepEqual(e.evidence['actors.0'].map((x) => x.text), ['Russia', 'Russia']);
  assert.deepEqual(e.evidence['actors.1'].map((x) => x.text), ['Tajikistan', 'Tajikistan']);
  assert.equal(e.claims.length, 1);
  assert.equal(e.claims[0].evidence.length, 2, 'both reports keep their evidence');
});

const place = (name: string, gazetteerId: string, lat: number, lon: number, precision: 1 | 2 | 3 = 1, admin1: string | null = name, country = 'AF') => ({ name, admin1, country, lat, lon, gazetteerId, precision });
const kabul = place('Kabul', 'gn:1138958', 34.53, 69.17);
const bombing = (id: string, over: Partial<Event> = {}) => handWrittenEvent(id, { type: 'suicide_bomb', location: kabul, date: null, actors: [], articleIds: [id.split(':')[0]], ...over });

test('two bombings in one city a week apart stay apart; reports a day apart of one bombing merge', () => {
  assert.equal(mergeVerdict(bombing('b:1', { date: day('2023-01-08') }), bombing('a:1', { date: day('2023-01-01') })), null);
  const v = mergeVerdict(bombing('b:1', { date: day('2023-01-02') }), bombing('a:1', { date: day('2023-01-01') }));
  assert.ok(v && v.score >= MERGE_THRESHOLD, `one bombing, reported a day apart (${JSON.stringify(v)})`);
});

test('explicit days with their year three days apart are two events; implied dates may differ that much', () => {
  assert.equal(mergeVerdict(bombing('b:1', { date: day('2023-01-04') }), bombing('a:1', { date: day('2023-01-01') })), null);
  const implied = { ...day('2023-01-04'), basis: 'implied' as const };
  const v = mergeVerdict(bombing('b:1', { date: implied }), bombing('a:1', { date: day('2023-01-01') }));
  assert.ok(v && v.score >= MERGE_THRESHOLD, 'an implied date three days off still merges');
  const near = mergeVerdict(bombing('b:1', { date: day('2023-01-03') }), bombing('a:1', { date: day('2023-01-01') }));
  assert.ok(near && near.score >= MERGE_THRESHOLD, 'explicit days two apart: one report read its weekday against its own publication day');
});

test('different towns are different incidents unless a date or a party ties them; a town and the region around it are one area', () => {
  const herat = place('Herat', 'gn:1139715', 34.35, 62.2);
  assert.equal(mergeVerdict(bombing('b:1', { location: herat }), bombing('a:1')), null, 'Kabul and Herat, no date, no shared party');
  const charikar = place('Charikar', 'gn:1147290', 35.01, 69.17, 1, 'Parwan');
  assert.equal(mergeVerdict(bombing('b:1', { location: charikar }), bombing('a:1')), null, 'towns 55 km apart in other provinces, nothing else in common');
  const taliban = { name: 'Taliban', kbId: 'grp:taliban', role: 'actor1' as const, country: 'AF' };
  const tied = mergeVerdict(bombing('b:1', { location: charikar, actors: [taliban] }), bombing('a:1', { actors: [taliban] }));
  assert.ok(tied && tied.score >= MERGE_THRESHOLD, `a shared perpetrator ties nearby towns (${JSON.stringify(tied)})`);
  const suburbs = place('Moscow suburbs', 'cur:moscow-suburbs', 55.8, 37.3, 2, 'Moscow Oblast', 'RU');
  const moscow = place('Moscow', 'gn:524901', 55.75, 37.62, 1, 'Moscow', 'RU');
  const v = mergeVerdict(handWrittenEvent('b:1', { type: 'attack', location: moscow, actors: [], date: null }), handWrittenEvent('a:1', { type: 'attack', location: suburbs, actors: [], date: null }));
  assert.ok(v && v.score >= MERGE_THRESHOLD && v.reasons.some((r) => r.startsWith('same area')), `Moscow and its suburbs (${JSON.stringify(v)})`);
});

test('attacks on different victims are different incidents; a shared victim keeps them together', () => {
  const target = (name: string) => ({ name, kbId: null, role: 'target' as const, country: 'AF' });
  assert.equal(mergeVerdict(bombing('b:1', { type: 'attack', actors: [target('a police post')] }), bombing('a:1', { type: 'attack', actors: [target('a wedding party')] })), null);
  const v = mergeVerdict(bombing('b:1', { type: 'attack', actors: [target('a wedding party')] }), bombing('a:1', { type: 'attack', actors: [target('a wedding party')] }));
  assert.ok(v && v.score >= MERGE_THRESHOLD);
});

test('detentions by two different states stay apart; by one state, or by an unnamed party, they may merge', () => {
  const by = (id: string, state: string | null) => handWrittenEvent(id, {
    type: 'arrest', location: null, date: null, articleIds: [id.split(':')[0]],
    actors: state ? [{ name: state, kbId: `cty:${state}`, role: 'actor1', country: state }] : [],
  });
  assert.equal(mergeVerdict(by('a:1', 'TJ'), by('b:1', 'RU')), null, 'Tajik guards and Russian services are two detentions');
  assert.ok(mergeVerdict(by('a:1', 'TJ'), by('b:1', 'TJ')), 'the same state may be one detention told twice');
  assert.ok(mergeVerdict(by('a:1', 'TJ'), by('b:1', null)), 'a report naming no one can be the same detention');
});
