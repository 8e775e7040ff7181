// The API in-process (fastify.inject) over a temp store filled by ingesting the bundled examples
// through the real pipeline.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildServer } from './server.ts';
import { EXAMPLES_DIR, ingestedStore, type TempStore } from './testing.ts';
import { stagesThrough } from '../pipeline.ts';
import type { Event } from '../model.ts';

let fx: TempStore;
let app: FastifyInstance;

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.headers['content-type']?.toString().startsWith('application/json') ? res.json() : res.body, res };
};

/** The main drills mention of each drills article (the page and the wire), found by article title. */
async function drillsMentions(): Promise<Event[]> {
  const found = await fx.store.queryMentions({ types: ['military_exercise'], limit: 100 });
  const out: Event[] = [];
  for (const title of ['Russian and Tajik troops begin drills near Afghan frontier', 'Tajik and Russian forces drill near Afghan border']) {
    const [summary] = (await fx.store.listArticles({ search: title, limit: 1 })).filter((a) => a.title === title);
    assert.ok(summary, `article "${title}" was ingested`);
    const m = found.find((e) => e.articleIds.includes(summary.id) && e.main) ?? found.find((e) => e.articleIds.includes(summary.id));
    assert.ok(m, `a drills mention in "${title}"`);
    out.push(m);
  }
  return out;
}

before(async () => {
  fx = await ingestedStore([EXAMPLES_DIR]);
  app = await buildServer(fx.store, { config: fx.config });
});
after(async () => {
  await app.close();
  await fx.cleanup();
});

describe('events', () => {
  test('lists events with a total, each field pointing at the stored article text', async () => {
    const { status, body } = await get('/api/events?limit=500');
    assert.equal(status, 200);
    assert.equal(body.kind, 'canonical', 'resolution ran in the pipeline');
    assert.ok(body.total >= 5 && body.events.length === body.total);
    for (const e of body.events.slice(0, 10)) {
      for (const spans of Object.values(e.evidence) as { article_id: string; start: number; end: number; text: string }[][]) {
        for (const s of spans) {
          const { body: a } = await get(`/api/articles/${s.article_id}`);
          assert.equal(a.article.text.slice(s.start, s.end), s.text);
        }
      }
    }
  });

  test('filters by type, country, date and bounding box', async () => {
    const drills = (await get('/api/events?type=military_exercise&limit=500')).body;
    assert.ok(drills.total > 0 && drills.events.every((e: { type: string }) => e.type === 'military_exercise'));
    const tj = (await get('/api/events?country=tj&limit=500')).body;
    assert.ok(tj.total > 0 && tj.events.every((e: { location: { country: string } }) => e.location.country === 'TJ'));
    const april = (await get('/api/events?since=2024-04-01&until=2024-04-30&limit=500')).body;
    assert.ok(april.total > 0);
    for (const e of april.events) assert.ok(e.date.end >= '2024-04-01' && e.date.start <= '2024-04-30\uffff', JSON.stringify(e.date));
    // Central Asia: exactly the located events inside the box.
    type Located = { id: string; location: { lat: number | null; lon: number | null } | null };
    const inBox = (e: Located) => e.location?.lat != null && e.location.lon! >= 60 && e.location.lon! <= 80 && e.location.lat >= 30 && e.location.lat <= 45;
    const every = (await get('/api/events?limit=1000&view=summary')).body.events as Located[];
    const box = (await get('/api/events?bbox=60,30,80,45&limit=1000&view=summary')).body.events as Located[];
    assert.ok(box.length > 0);
    assert.deepEqual(box.map((e) => e.id).sort(), every.filter(inBox).map((e) => e.id).sort());
  });

  test('pages with limit and offset under a stable total', async () => {
    const a = (await get('/api/events?limit=2&offset=0')).body;
    const b = (await get('/api/events?limit=2&offset=2')).body;
    assert.equal(a.total, b.total);
    assert.equal(a.events.length, 2);
    assert.ok(!b.events.some((e: { id: string }) => a.events.some((x: { id: string }) => x.id === e.id)));
  });

  test('bad parameters are 400s that name the parameter and the valid values', async () => {
    const type = await get('/api/events?type=drills');
    assert.equal(type.status, 400);
    assert.equal(type.body.parameter, 'type');
    assert.ok(type.body.allowed.includes('military_exercise'));
    const unknown = await get('/api/events?tpye=attack');
    assert.equal(unknown.status, 400);
    assert.match(unknown.body.message, /unknown query parameter "tpye"; valid query parameters are type, /);
    const limit = await get('/api/events?limit=0');
    assert.deepEqual([limit.status, limit.body.parameter], [400, 'limit']);
    const since = await get('/api/events?since=2024-13-01');
    assert.deepEqual([since.status, since.body.parameter], [400, 'since']);
    assert.match(since.body.message, /YYYY-MM-DD/);
    const bbox = await get('/api/events?bbox=80,30,60');
    assert.deepEqual([bbox.status, bbox.body.parameter], [400, 'bbox']);
    const view = await get('/api/events?view=map');
    assert.deepEqual(view.body.allowed, ['full', 'summary']);
  });

  test('one mention, and 404 for an unknown id', async () => {
    const [m] = await drillsMentions();
    const { status, body } = await get(`/api/events/${encodeURIComponent(m.id)}`);
    assert.equal(status, 200);
    assert.equal(body.event.kind, 'mention');
    assert.equal(body.event.sources[0].title, 'Russian and Tajik troops begin drills near Afghan frontier');
    assert.equal((await get('/api/events/no-such-event')).status, 404);
  });
});

describe('articles, actors, places', () => {
  test('full-text search and one article with its cut passages and annotations', async () => {
    const { body } = await get('/api/articles?q=Crocus');
    assert.ok(body.articles.some((a: { title: string }) => /concert hall/i.test(a.title)));
    const page = body.articles.find((a: { title: string }) => /drills/.test(a.title ?? ''));
    const one = (await get(`/api/articles/${page.id}`)).body;
    assert.ok(one.article.text.includes('Khatlon'));
    assert.ok(one.article.cut.length > 0, 'the cleaner cut the page clutter and says so');
    assert.ok(one.analysis.entities.length > 0 && one.events.length > 0);
    assert.equal(one.article.fingerprint, undefined);
    assert.equal((await get('/api/articles/nope')).status, 404);
  });

  test('actors: search, then the Taliban with aliases and events over time', async () => {
    const { body } = await get('/api/actors?q=taliban');
    assert.equal(body.actors[0].id, 'grp:taliban');
    const t = (await get('/api/actors/grp:taliban')).body;
    assert.ok(t.actor.aliases.includes('Taleban'));
    assert.ok(t.total > 0 && t.by_month.length > 0);
    const army = (await get('/api/actors/mil:tj-armed-forces')).body;
    assert.equal(army.parent.id, 'cty:TJ');
    assert.equal((await get('/api/actors?q=t')).body.parameter, 'q');
  });

  test('places by name', async () => {
    const { body } = await get('/api/places?q=Dushanbe&country=TJ');
    assert.ok(body.places.some((p: { kind: string; lat: number }) => p.kind === 'place' && Math.abs(p.lat - 38.5) < 0.2));
  });
});

describe('ingest', () => {
  const article = {
    title: 'Border guards report clash with smugglers in Gorno-Badakhshan',
    published: '2024-05-02',
    outlet: 'Test Wire',
    text: 'KHOROG, Tajikistan — Tajik border guards clashed with armed smugglers on the Panj river near Khorog on Wednesday, May 1, killing two of them, the State Committee for National Security said.\n\nThe committee said a guard was wounded in the exchange of fire.',
  };

  test('stores an article posted as text and answers with its id and events; a repeat is already stored', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/ingest', payload: article });
    assert.equal(res.statusCode, 201);
    const [r] = res.json().articles;
    assert.equal(r.status, 'stored');
    assert.ok(r.events.length > 0);
    assert.equal((await get(`/api/articles/${r.article_id}`)).body.article.title, article.title);
    const again = await app.inject({ method: 'POST', url: '/api/ingest', payload: article });
    assert.equal(again.statusCode, 200);
    assert.equal(again.json().articles[0].status, 'already-stored');
  });

  test('bad input is a 400 naming the field', async () => {
    const post = (payload: object) => app.inject({ method: 'POST', url: '/api/ingest', payload }).then((r) => [r.statusCode, r.json().parameter]);
    assert.deepEqual(await post({ title: 'no body' }), [400, 'text']);
    assert.deepEqual(await post({ ...article, published: 'soon' }), [400, 'published']);
    assert.deepEqual(await post({ url: 'file:///etc/passwd' }), [400, 'url']);
    assert.deepEqual(await post({ ...article, author: 'x' }), [400, 'author']);
    assert.deepEqual(await post({ text: 42 }), [400, 'text']);
  });
});

describe('canonical events and stories', () => {
  test('a merged event comes with its mentions, sources and history; its mentions point back to it', async () => {
    const [m] = await drillsMentions();
    const c = await fx.store.canonicalOfMention(m.id);
    assert.ok(c, 'the drills mention belongs to a canonical event');
    const one = (await get(`/api/events/${encodeURIComponent(c.id)}`)).body;
    assert.equal(one.event.kind, 'canonical');
    assert.deepEqual(one.mentions.map((x: { id: string }) => x.id).sort(), [...c.mentionIds].sort());
    assert.deepEqual(one.sources.map((x: { article_id: string }) => x.article_id).sort(), [...new Set([...c.articleIds, ...one.mentions.flatMap((x: { sources: { article_id: string }[] }) => x.sources.map((y) => y.article_id))])].sort());
    assert.equal(one.history.length, c.history.length);
    assert.equal((await get(`/api/events/${encodeURIComponent(m.id)}`)).body.canonical_id, c.id);
    assert.equal((await get('/api/events?type=military_exercise&mentions=true')).body.kind, 'mention');
  });

  test('stories list and one story with its timeline in date order', async () => {
    const stored = await fx.store.listStories({ limit: 1000 });
    const list = (await get('/api/stories?limit=1000')).body;
    assert.deepEqual(list.stories.map((s: { id: string }) => s.id), stored.map((s) => s.id));
    const withEvents = stored.find((s) => s.eventIds.length > 0);
    assert.ok(withEvents, 'some story has events');
    const one = (await get(`/api/stories/${encodeURIComponent(withEvents.id)}`)).body;
    assert.equal(one.timeline.length, withEvents.eventIds.length);
    const starts = one.timeline.map((e: { date: { start: string } | null }) => e.date?.start ?? '9999');
    assert.deepEqual(starts, [...starts].sort());
    assert.equal(one.articles.length, withEvents.articleIds.length);
    assert.equal((await get('/api/stories/nope')).status, 404);
  });

  test('before resolution has run, mentions stand in for events', async () => {
    const bare = await ingestedStore([EXAMPLES_DIR], stagesThrough('events'));
    const app2 = await buildServer(bare.store, { config: bare.config });
    try {
      const res = (await app2.inject('/api/events?limit=1')).json();
      assert.equal(res.kind, 'mention');
      assert.equal(res.total, await bare.store.countEvents({}, false));
    } finally {
      await app2.close();
      await bare.cleanup();
    }
  });
});

describe('spec, UI files, exports', () => {
  test('OpenAPI 3 lists every endpoint with its query parameters', async () => {
    const spec = (await get('/openapi.json')).body;
    assert.match(spec.openapi, /^3\./);
    for (const p of ['/api/events', '/api/events/{id}', '/api/articles', '/api/stories/{id}', '/api/actors', '/api/places', '/api/export', '/api/brief', '/api/ingest']) {
      assert.ok(spec.paths[p], `spec has ${p}`);
    }
    const type = spec.paths['/api/events'].get.parameters.find((x: { name: string }) => x.name === 'type');
    assert.equal(type.in, 'query');
    assert.ok(spec.paths['/api/ingest'].post.requestBody);
  });

  test('serves the UI and its vendored modules locally, nothing outside src/web', async () => {
    const index = await get('/');
    assert.equal(index.status, 200);
    assert.match(String(index.res.headers['content-security-policy']), /default-src 'self'/);
    const geo = await get('/vendor/d3-geo.mjs');
    assert.ok(geo.res.body.includes("from '/vendor/d3-array.mjs'") && !/from ['"]d3-array['"]/.test(geo.res.body));
    assert.equal((await get('/web/..%2F..%2Fpackage.json')).status, 404);
    assert.equal((await get('/vendor/package.json')).status, 404);
  });

  test('export refuses an unknown format naming the valid ones', async () => {
    const bad = await get('/api/export?format=csv');
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.allowed, ['acled-csv', 'ucdp-csv', 'geojson', 'jsonl', 'plover-json']);
  });

  test('exports read back: JSONL lines are the filtered events, GeoJSON is a feature collection', async () => {
    const filtered = (await get('/api/events?country=TJ&limit=1000')).body;
    const jsonl = await get('/api/export?format=jsonl&country=TJ');
    assert.equal(jsonl.status, 200);
    assert.match(String(jsonl.res.headers['content-type']), /ndjson/);
    const lines = jsonl.res.body.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((e: { id: string }) => e.id), filtered.events.map((e: { id: string }) => e.id));
    const geo = await get('/api/export?format=geojson&download=true');
    assert.match(String(geo.res.headers['content-disposition']), /attachment; filename="sitrep-events.geojson"/);
    assert.equal(JSON.parse(geo.res.body).type, 'FeatureCollection');
    const csv = (await get('/api/export?format=acled-csv&type=military_exercise')).res.body;
    assert.match(csv.split('\n')[0], /event_date/);
  });

  test('brief: Markdown with citations for a country; 400 without a scope, 404 for an unknown story', async () => {
    const md = await get('/api/brief?country=TJ&since=2024-04-01');
    assert.equal(md.status, 200);
    assert.match(String(md.res.headers['content-type']), /markdown/);
    const json = (await get('/api/brief?country=TJ&since=2024-04-01&format=json')).body;
    assert.equal(json.markdown, md.res.body);
    assert.ok(json.citations.length > 0);
    for (const c of json.citations) {
      const a = (await get(`/api/articles/${c.articleId}`)).body.article;
      assert.equal(a.text.slice(c.start, c.end), c.text, 'each citation is the stored text at its span');
    }
    assert.deepEqual([(await get('/api/brief')).status, (await get('/api/brief')).body.parameter], [400, 'country']);
    assert.equal((await get('/api/brief?story=nope')).status, 404);
  });
});
