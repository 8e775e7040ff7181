// Every export is read back (our RFC 4180 reader for CSV, JSON.parse for the rest) and compared
// with the stored events: ids, dates, fatalities, coordinates, and quoted text against the article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CanonicalEvent, Event } from '../model.ts';
import type { Store } from '../store.ts';
import { EXPORT_FORMATS, exportEvents } from './index.ts';
import { collectEvents } from './select.ts';
import { csvRecords } from './csv.ts';
import { handWrittenEvent } from '../store/contract-events.ts';
import { mixedStore, tempStore } from './test-store.ts';

const ACLED = 'event_id_cnty, event_date, year, time_precision, disorder_type, event_type, sub_event_type, actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction, civilian_targeting, iso, region, country, admin1, admin2, admin3, location, latitude, longitude, geo_precision, source, source_scale, notes, fatalities, tags, timestamp'.split(', ');
const UCDP = 'id, relid, year, active_year, code_status, type_of_violence, conflict_dyad_new_id, conflict_name, dyad_name, side_a, side_b, source_article, source_office, source_date, source_headline, where_prec, where_coordinates, adm_1, country, country_id, region, latitude, longitude, event_clarity, date_prec, date_start, date_end, deaths_a, deaths_b, deaths_civilians, deaths_unknown, best, high, low'.split(', ');

const fixture = mixedStore();
const all = fixture.then(({ store }) => collectEvents(store, {}));

async function articleText(store: Store, id: string): Promise<string> {
  const a = await store.getArticle(id);
  assert.ok(a, `article ${id} is stored`);
  return a.text;
}

/** Every evidence entry of a JSON record equals the stored article text at its offsets. */
async function assertEvidence(store: Store, evidence: Record<string, { article_id: string; start: number; end: number; text: string }[]>) {
  for (const [field, list] of Object.entries(evidence)) {
    for (const ev of list) assert.equal((await articleText(store, ev.article_id)).slice(ev.start, ev.end), ev.text, `evidence for ${field}`);
  }
}

const num = (s: string) => (s === '' ? null : Number(s));

test('acled-csv: ACLED column names, one row per event, dates, deaths, coordinates and quoted notes from the article', async () => {
  const { store, handEvents } = await fixture;
  const events = await all;
  const rows = csvRecords(await exportEvents(store, 'acled-csv', {}));
  assert.deepEqual(Object.keys(rows[0]), ACLED);
  assert.deepEqual(rows.map((r) => r.event_id_cnty).sort(), events.map((e) => e.id).sort());
  for (const r of rows) {
    const e = events.find((x) => x.id === r.event_id_cnty)!;
    assert.equal(r.event_date, e.date?.start ?? e.date?.end ?? '');
    assert.equal(num(r.fatalities), e.fatalities ? e.fatalities.low ?? e.fatalities.best : null, `fatalities of ${e.id}`);
    assert.equal(num(r.latitude), e.location?.lat ?? null);
    assert.equal(num(r.longitude), e.location?.lon ?? null);
    if (r.notes) {
      const texts = await Promise.all(e.articleIds.map((id) => articleText(store, id)));
      assert.ok(texts.some((t) => t.includes(r.notes)), `notes of ${e.id} are quoted from its article`);
    }
  }
  const clash = rows.find((r) => r.event_id_cnty === handEvents[0].id)!;
  assert.equal(clash.disorder_type, 'Political violence');
  assert.equal(clash.sub_event_type, 'Armed clash');
  assert.equal(clash.country, 'Afghanistan');
  assert.equal(clash.iso, '4');
  assert.equal(clash.source, 'Hindu Kush Wire Example');
  assert.match(clash.notes, /^KUNDUZ, March 5 — Afghan security forces fought .* Abdul "Rahim" Saberi, said\.$/, 'the quoted sentence survives commas and quotes');
  const drill = rows.find((r) => r.event_id_cnty === handEvents[3].id)!;
  assert.equal(drill.event_type, '', 'ACLED has no drills: left empty, not forced into a type');
  assert.match(drill.tags, /sitrep_type=military_exercise/);
  assert.equal(drill.location, 'Mazār-e Sharīf', 'UTF-8 names round-trip');
  assert.equal(drill.time_precision, '3', 'a month-precision date');
});

test('ucdp-csv: GED column names; type_of_violence 1 state-based, 2 non-state, 3 one-sided, empty when not violent', async () => {
  const { store, handEvents } = await fixture;
  const rows = csvRecords(await exportEvents(store, 'ucdp-csv', {}));
  assert.deepEqual(Object.keys(rows[0]), UCDP);
  assert.equal(rows.length, (await all).length);
  const row = (i: number) => rows.find((r) => r.id === handEvents[i].id)!;
  assert.deepEqual([0, 1, 2, 3].map((i) => row(i).type_of_violence), ['1', '2', '3', '']);
  assert.equal(row(0).side_a, 'Afghanistan');
  assert.equal(row(0).dyad_name, 'Afghanistan - Islamic State Khorasan Province');
  assert.deepEqual([row(0).best, row(0).low, row(0).high, row(0).deaths_unknown], ['6', '6', '6', '6']);
  assert.equal(row(2).deaths_civilians, '4', 'one-sided deaths are civilians');
  assert.deepEqual([row(1).date_start, row(1).date_end, row(1).date_prec], ['2024-03-01', '2024-03-31', '4'], 'a month widens to its first and last day');
  assert.deepEqual([row(0).country_id, row(0).region, row(0).where_prec], ['700', 'Asia', '1']);
  assert.equal(row(1).where_prec, '4', 'a province-level place');
});

test('geojson: a FeatureCollection of points with the event record; events without coordinates counted as omitted', async () => {
  const { store, handEvents } = await fixture;
  const events = await all;
  const fc = JSON.parse(await exportEvents(store, 'geojson', {}));
  assert.equal(fc.type, 'FeatureCollection');
  const located = events.filter((e) => e.location?.lat != null && e.location?.lon != null);
  assert.equal(fc.features.length, located.length);
  assert.equal(fc.omitted, events.length - located.length);
  assert.ok(!fc.features.some((f: { id: string }) => f.id === handEvents[2].id), 'the attack with no place is left out');
  for (const f of fc.features) {
    const e = located.find((x) => x.id === f.properties.id)!;
    assert.equal(f.geometry.type, 'Point');
    assert.deepEqual(f.geometry.coordinates, [e.location!.lon, e.location!.lat], 'GeoJSON order is [lon, lat]');
    await assertEvidence(store, f.properties.evidence);
  }
});

test('jsonl: one full record per line, with evidence equal to the article text at its offsets', async () => {
  const { store } = await fixture;
  const events = await all;
  const lines = (await exportEvents(store, 'jsonl', {})).trimEnd().split('\n');
  assert.equal(lines.length, events.length);
  for (const line of lines) {
    const rec = JSON.parse(line);
    const e = events.find((x) => x.id === rec.id)!;
    assert.ok(e, `record ${rec.id} is a stored event`);
    assert.deepEqual(rec.date?.start ?? null, e.date?.start ?? null);
    assert.deepEqual(rec.fatalities, e.fatalities);
    assert.deepEqual(rec.sources.map((s: { article_id: string }) => s.article_id), e.articleIds);
    await assertEvidence(store, rec.evidence);
  }
});

test('plover-json: PLOVER category and mode, actors with ISO-3 codes and sectors, the evidence sentence as text', async () => {
  const { store, handEvents } = await fixture;
  const records = JSON.parse(await exportEvents(store, 'plover-json', {}));
  assert.equal(records.length, (await all).length);
  for (const r of records) {
    if (r.textSpan) assert.equal((await articleText(store, r.textSpan.article_id)).slice(r.textSpan.start, r.textSpan.end), r.text);
    await assertEvidence(store, r.evidence);
  }
  const clash = records.find((r: { id: string }) => r.id === handEvents[0].id);
  assert.deepEqual([clash.event, clash.mode, clash.context, clash.dead, clash.injured], ['ASSAULT', 'firearms', 'military', 6, 2]);
  assert.deepEqual(clash.source, [{ actorText: 'Afghanistan', code: 'AFG', sector: 'GOV', kbId: 'cty:AF' }]);
  assert.deepEqual(clash.target.map((a: { sector: string }) => a.sector), ['REB']);
  assert.equal(clash.eventLoc.countryCode, 'AFG');
  assert.match(clash.text, /fought Islamic State Khorasan Province fighters/);
});

test('filters narrow every format alike, and an unknown format names the valid ones', async () => {
  const { store, handEvents } = await fixture;
  const q = { country: 'AF', since: '2024-03-01', until: '2024-03-31' };
  const expected = (await collectEvents(store, q)).map((e) => e.id).sort();
  assert.ok(expected.includes(handEvents[0].id) && !expected.includes(handEvents[2].id));
  assert.deepEqual(csvRecords(await exportEvents(store, 'acled-csv', q)).map((r) => r.event_id_cnty).sort(), expected);
  assert.deepEqual((await exportEvents(store, 'jsonl', q)).trimEnd().split('\n').map((l) => JSON.parse(l).id).sort(), expected);
  assert.equal(csvRecords(await exportEvents(store, 'ucdp-csv', { types: ['attack'], limit: 1 })).length, 1);
  await assert.rejects(exportEvents(store, 'xlsx' as never, {}), /unknown format "xlsx"; valid formats are acled-csv, ucdp-csv, geojson, jsonl, plover-json/);
  assert.deepEqual(EXPORT_FORMATS.map((f) => f.name), ['acled-csv', 'ucdp-csv', 'geojson', 'jsonl', 'plover-json']);
});

test('canonical events are exported once resolution has made any; mentions on request; a story filter works', async () => {
  const store = await tempStore();
  try {
    const mention: Event = handWrittenEvent('m1:10', { articleIds: ['m1'] });
    await store.putMentions('m1', [mention]);
    assert.deepEqual((await exportEvents(store, 'jsonl', {})).trimEnd().split('\n').map((l) => JSON.parse(l).id), ['m1:10'], 'mentions alone still export');
    const canon: CanonicalEvent = { ...handWrittenEvent('ev:1'), mentionIds: ['m1:10'], corroboration: 1, conflicts: [], history: [], storyId: 's1' };
    await store.putCanonical([canon, { ...canon, id: 'ev:2', storyId: 's2' }]);
    const ids = async (q: object) => (await exportEvents(store, 'jsonl', q)).trimEnd().split('\n').map((l) => JSON.parse(l).id).sort();
    assert.deepEqual(await ids({}), ['ev:1', 'ev:2']);
    assert.deepEqual(await ids({ storyId: 's2' }), ['ev:2']);
    assert.deepEqual(await ids({ mentions: true }), ['m1:10']);
    const empty = JSON.parse(await exportEvents(store, 'geojson', { country: 'ZZ' }));
    assert.deepEqual(empty, { type: 'FeatureCollection', features: [], omitted: 0 });
    assert.deepEqual(JSON.parse(await exportEvents(store, 'plover-json', { country: 'ZZ' })), []);
  } finally {
    await store.close();
  }
});

test('exports page through the store: more events than one page all come out', async () => {
  const store = await tempStore();
  try {
    const { PAGE_SIZE } = await import('./select.ts');
    const many = Array.from({ length: PAGE_SIZE + 7 }, (_, i) => handWrittenEvent(`bulk:${String(i).padStart(4, '0')}`, { articleIds: ['bulk'] }));
    await store.putMentions('bulk', many);
    const rows = csvRecords(await exportEvents(store, 'acled-csv', {}));
    assert.equal(new Set(rows.map((r) => r.event_id_cnty)).size, PAGE_SIZE + 7);
    assert.equal(rows[0].source, 'bulk', 'an article that is not stored is named by its id');
  } finally {
    await store.close();
  }
});
