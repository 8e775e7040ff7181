// The event, story and annotation behaviour every Store must show.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CanonicalEvent, Event, Evidence, MergeStep } from '../model.ts';
import type { Store } from '../store.ts';
import { canonicalMergeKeys, KEPT_SPANS_PER_FIELD, mergeKey, STORED_HISTORY } from './event-keys.ts';

export function handWrittenEvent(id: string, over: Partial<Event> = {}): Event {
  return {
    id, type: 'military_exercise', tags: [], modality: 'occurred', main: true, background: false,
    actors: [
      { name: 'Russia', kbId: 'cty:RU', role: 'actor1', country: 'RU' },
      { name: 'Tajikistan', kbId: 'cty:TJ', role: 'partner', country: 'TJ' },
    ],
    location: { name: 'Khatlon', admin1: 'Khatlon', country: 'TJ', lat: 37.8, lon: 69.1, gazetteerId: 'adm1:TJ-KT', precision: 2 },
    date: { start: '2024-04-15', end: '2024-04-18', precision: 'day', basis: 'stated', yearResolved: true, reason: null },
    fatalities: null, injured: null, claims: [],
    evidence: { type: [{ articleId: 'a1', start: 10, end: 19, text: 'exercises' }] },
    provenance: { type: { rule: 'test', basis: 'stated' } },
    articleIds: ['a1'],
    ...over,
  };
}

export function eventStoreContract(name: string, open: () => Promise<Store>): void {
  test(`${name}: event mentions are replaced per article and filtered by type, actor, country, dates, box and text`, async () => {
    const store = await open();
    try {
      const drill = handWrittenEvent('a1:10');
      const raid = handWrittenEvent('a1:300', {
        type: 'air_drone_strike', main: false,
        actors: [{ name: 'Pakistan', kbId: 'cty:PK', role: 'actor1', country: 'PK' }],
        location: { name: 'Khost', admin1: 'Khost', country: 'AF', lat: 33.3, lon: 69.9, gazetteerId: 'gn:1', precision: 1 },
        date: { start: '2022-04-16', end: '2022-04-16', precision: 'day', basis: 'stated', yearResolved: true, reason: null },
        evidence: { type: [{ articleId: 'a1', start: 300, end: 310, text: 'air strike' }] },
      });
      await store.putMentions('a1', [drill, raid]);
      assert.equal((await store.queryMentions({})).length, 2);
      assert.deepEqual((await store.queryMentions({ types: ['air_drone_strike'] })).map((e) => e.id), ['a1:300']);
      assert.deepEqual((await store.queryMentions({ actor: 'cty:tj' })).map((e) => e.id), ['a1:10']);
      assert.deepEqual((await store.queryMentions({ actor: 'pakistan' })).map((e) => e.id), ['a1:300']);
      assert.deepEqual((await store.queryMentions({ country: 'af' })).map((e) => e.id), ['a1:300']);
      assert.deepEqual((await store.queryMentions({ since: '2024-04-17' })).map((e) => e.id), ['a1:10'], 'a range touching the window counts');
      assert.deepEqual((await store.queryMentions({ until: '2023-01-01' })).map((e) => e.id), ['a1:300']);
      assert.deepEqual((await store.queryMentions({ bbox: [68, 37, 70, 38.5] })).map((e) => e.id), ['a1:10']);
      assert.deepEqual((await store.queryMentions({ text: 'air strike' })).map((e) => e.id), ['a1:300']);
      assert.deepEqual(await store.getMentions(['a1:10']), [drill]);
      assert.equal(await store.countEvents({ types: ['military_exercise'] }, false), 1);
      const march = handWrittenEvent('a2:7', {
        type: 'attack', date: { start: '2024-03', end: '2024-03', precision: 'month', basis: 'stated', yearResolved: true, reason: null },
      });
      await store.putMentions('a2', [march]);
      assert.deepEqual((await store.queryMentions({ since: '2024-03-20', until: '2024-03-25', types: ['attack'] })).map((e) => e.id), ['a2:7'], 'a month-precision date spans the whole month');
      assert.deepEqual((await store.queryMentions({ since: '2024-04-01', types: ['attack'] })).map((e) => e.id), []);
      await store.putMentions('a2', []);
      await store.putMentions('a1', [drill]);
      assert.equal((await store.queryMentions({})).length, 1, 're-processing an article replaces its mentions');
    } finally {
      await store.close();
    }
  });

  test(`${name}: a story's canonical summaries give ids, types, whole-day bounds, modality and background in query order`, async () => {
    const store = await open();
    try {
      const canonical = (id: string, storyId: string, over: Partial<Event>): CanonicalEvent => ({
        ...handWrittenEvent(id, over), mentionIds: [`m:${id}`], corroboration: 1, conflicts: [], history: [], storyId,
      });
      const drill = canonical('ev:drill', 's1', {});
      const siege = canonical('ev:siege', 's1', {
        type: 'attack', modality: 'ongoing', date: { start: '2024-03', end: null, precision: 'month', basis: 'stated', yearResolved: true, reason: null },
      });
      const recalled = canonical('ev:recalled', 's1', { background: true, modality: 'planned', date: null });
      const elsewhere = canonical('ev:other', 's2', {});
      await store.putCanonical([recalled, siege, elsewhere, drill]);
      const summaries = await store.canonicalSummaries('s1');
      assert.deepEqual(summaries, [
        { id: 'ev:drill', type: 'military_exercise', dateStart: '2024-04-15', dateEnd: '2024-04-18', modality: 'occurred', background: false },
        { id: 'ev:siege', type: 'attack', dateStart: '2024-03-01', dateEnd: '2024-03-31', modality: 'ongoing', background: false },
        { id: 'ev:recalled', type: 'military_exercise', dateStart: null, dateEnd: null, modality: 'planned', background: true },
      ], 'a month spans its whole days; undated events come last');
      assert.deepEqual(summaries.map((e) => e.id), (await store.queryCanonical({ storyId: 's1' })).map((e) => e.id), 'the order queryCanonical returns');
      assert.deepEqual(await store.canonicalSummaries('s3'), []);
    } finally {
      await store.close();
    }
  });

  test(`${name}: merge candidates come by story, type and week, the most reported first; a story's news span ignores background and coarse dates`, async () => {
    const store = await open();
    try {
      const canonical = (id: string, storyId: string, mentions: number, over: Partial<Event>): CanonicalEvent => ({
        ...handWrittenEvent(id, over), mentionIds: Array.from({ length: mentions }, (_, i) => `m${i}:${id}`), corroboration: 1, conflicts: [], history: [], storyId,
      });
      const day = (d: string) => ({ start: d, end: d, precision: 'day' as const, basis: 'stated' as const, yearResolved: true, reason: null });
      const strike = canonical('ev:strike', 's1', 1, { type: 'air_drone_strike', date: day('2022-04-16') });
      const retold = canonical('ev:retold', 's1', 3, { type: 'air_drone_strike', date: day('2022-04-17') });
      const later = canonical('ev:later', 's1', 5, { type: 'air_drone_strike', date: day('2023-04-16') });
      const undated = canonical('ev:undated', 's1', 1, { type: 'air_drone_strike', date: null });
      const recalled = canonical('ev:recalled', 's1', 1, { background: true, date: day('2021-08-30') });
      const elsewhere = canonical('ev:other', 's2', 1, { type: 'air_drone_strike', date: day('2022-04-16') });
      await store.putCanonical([strike, retold, later, undated, recalled, elsewhere]);
      const week = canonicalMergeKeys(strike).filter((k) => k !== mergeKey('s1', 'air_drone_strike', 'any'));
      assert.deepEqual((await store.mergeCandidates(week, 10)).map((e) => e.id).sort(), ['ev:retold', 'ev:strike'], 'same story, type and week only');
      assert.deepEqual((await store.mergeCandidates([mergeKey('s1', 'air_drone_strike', 'any')], 2)).map((e) => e.id).sort(), ['ev:later', 'ev:retold'], 'the two most reported');
      assert.deepEqual((await store.mergeCandidates([mergeKey('s1', 'air_drone_strike', 'undated')], 10)).map((e) => e.id), ['ev:undated']);
      assert.deepEqual(await store.mergeCandidates([mergeKey('s3', 'attack', 'any')], 10), []);
      assert.deepEqual(await store.storyNewsSpan('s1'), { start: '2022-04-16', end: '2023-04-16' }, 'the recalled 2021 event is left out');
      await store.deleteCanonical(['ev:later']);
      assert.deepEqual(await store.storyNewsSpan('s1'), { start: '2022-04-16', end: '2022-04-17' }, 'a deleted event leaves the span');
      assert.deepEqual((await store.mergeCandidates([mergeKey('s1', 'air_drone_strike', 'any')], 10)).map((e) => e.id).sort(), ['ev:retold', 'ev:strike', 'ev:undated']);
      await store.putCanonical([{ ...retold, storyId: 's2' }]);
      assert.deepEqual((await store.mergeCandidates(week, 10)).map((e) => e.id), ['ev:strike'], 'a moved event is found under its new story');
      assert.deepEqual(await store.storyNewsSpan('s9'), { start: null, end: null });
    } finally {
      await store.close();
    }
  });

  test(`${name}: a many-report event is read for merging with its first spans only; a merge appends its step and spans; full reads give it whole`, async () => {
    const store = await open();
    try {
      const many = manyReportEvent(6);
      await store.putCanonical([many]);
      assert.deepEqual(await store.getCanonical(many.id), many);
      const [read] = await store.mergeCandidates(canonicalMergeKeys(many), 10);
      assert.equal(read.evidence.type.length, KEPT_SPANS_PER_FIELD, 'the record keeps the first spans of a field');
      assert.deepEqual(read.history.map((s) => s.mentionId), [STORED_HISTORY], 'one step stands for the stored history');
      assert.deepEqual(await store.evidenceArticles(many.id, ['fatalities', 'date']), { fatalities: ['r0', 'r1', 'r2', 'r3', 'r4', 'r5'], date: [] });

      const step = reportStep(6);
      const grown = {
        ...read, mentionIds: [...read.mentionIds, 'r6:1'], articleIds: [...read.articleIds, 'r6'],
        evidence: { ...read.evidence, type: [...read.evidence.type, typeSpan(6)], fatalities: [...read.evidence.fatalities, tollSpan(6)] },
        history: [...read.history, step],
      };
      await store.putCanonical([grown]);
      const whole = {
        ...many, mentionIds: grown.mentionIds, articleIds: grown.articleIds, history: [...many.history, step],
        evidence: { type: [...many.evidence.type, typeSpan(6)], fatalities: [...many.evidence.fatalities, tollSpan(6)] },
      };
      assert.deepEqual(await store.getCanonical(many.id), whole, 'the stored steps and spans, then the new ones');
      assert.deepEqual(await store.queryCanonical({ storyId: 's1' }), [whole]);
      assert.deepEqual((await store.canonicalOfMention('r6:1'))?.history.length, 7, 'the new mention is linked');
      assert.equal((await store.canonicalOfMention('r0:1'))?.id, many.id, 'the stored mentions stay linked');
      assert.deepEqual((await store.queryCanonical({ text: 'bombardment' })).map((e) => e.id), [many.id], "a word of a span the record no longer keeps is still found");
      assert.deepEqual((await store.evidenceArticles(many.id, ['fatalities'])).fatalities.at(-1), 'r6');

      // An unmerge writes the whole record back: what it left out is gone.
      const split = {
        ...whole, mentionIds: whole.mentionIds.filter((m) => m !== 'r2:1'), history: whole.history.filter((s) => s.mentionId !== 'r2:1'),
        evidence: { type: whole.evidence.type.filter((s) => s.articleId !== 'r2') },
      };
      await store.putCanonical([split]);
      assert.deepEqual(await store.getCanonical(many.id), split);
      assert.equal(await store.canonicalOfMention('r2:1'), null, 'the split mention is unlinked');
      await store.deleteCanonical([many.id]);
      const again = manyReportEvent(1);
      await store.putCanonical([again]);
      assert.deepEqual(await store.getCanonical(many.id), again, 'a deleted event leaves no steps or spans behind');
    } finally {
      await store.close();
    }
  });

  test(`${name}: canonical events link their mentions; stories and annotations round-trip; splits are remembered`, async () => {
    const store = await open();
    try {
      const canon: CanonicalEvent = {
        ...handWrittenEvent('ev:1'), mentionIds: ['a1:10', 'a2:5'], corroboration: 2, conflicts: [],
        history: [{ mentionId: 'a1:10', action: 'created', score: 1, reasons: [], at: '2024-04-16T00:00:00Z' }], storyId: 's1',
      };
      await store.putCanonical([canon]);
      assert.deepEqual(await store.getCanonical('ev:1'), canon);
      assert.equal((await store.canonicalOfMention('a2:5'))?.id, 'ev:1');
      assert.equal((await store.queryCanonical({ storyId: 's1' })).length, 1);
      assert.equal((await store.queryMentions({})).length, 0, 'canonical events are not mentions');
      await store.deleteCanonical(['ev:1']);
      assert.equal(await store.getCanonical('ev:1'), null);
      assert.equal(await store.canonicalOfMention('a2:5'), null);

      const story = { id: 's1', title: 'Drills on the Afghan border', start: '2024-04-15', end: '2024-04-18', articleIds: ['a1', 'a2'], eventIds: ['ev:1'] };
      await store.putStory(story);
      assert.deepEqual(await store.getStory('s1'), story);
      assert.deepEqual((await store.listStories({ articleId: 'a2' })).map((s) => s.id), ['s1']);

      const analysis = { articleId: 'a1', entities: [{ start: 0, end: 6, type: 'GPE' as const, kbId: 'cty:RU', rule: 'kb-alias' }], places: [], dates: [], quantities: [] };
      await store.putAnalysis(analysis);
      assert.deepEqual(await store.getAnalysis('a1'), analysis);

      await store.putCannotLink('a2:5', 'a1:10', 'user split');
      assert.deepEqual(await store.cannotLinks(['a1:10']), [['a1:10', 'a2:5']]);
    } finally {
      await store.close();
    }
  });
}

const typeSpan = (i: number): Evidence => ({ articleId: `r${i}`, start: 10, end: 21, text: i === 4 ? 'bombardment' : 'shelling' });
const tollSpan = (i: number): Evidence => ({ articleId: `r${i}`, start: 40, end: 50, text: 'ten killed' });
const reportStep = (i: number): MergeStep => ({ mentionId: `r${i}:1`, action: i ? 'merged' : 'created', score: i ? 0.8 : 1, reasons: i ? ['same place and day'] : [], at: `2024-04-16T0${i}:00:00Z` });

/** One shelling told by `reports` articles, each giving its type and toll. */
export function manyReportEvent(reports: number): CanonicalEvent {
  const ids = Array.from({ length: reports }, (_, i) => i);
  return {
    ...handWrittenEvent('ev:shelling', {
      type: 'shelling_artillery_missile_attack', fatalities: { low: 10, best: 10, high: 10, qualifier: 'exact' },
      evidence: { type: ids.map(typeSpan), fatalities: ids.map(tollSpan) }, articleIds: ids.map((i) => `r${i}`),
    }),
    mentionIds: ids.map((i) => `r${i}:1`), corroboration: reports, conflicts: [], history: ids.map(reportStep), storyId: 's1',
  };
}
