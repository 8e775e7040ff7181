import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { readSources } from './sources.ts';
import { collect, options, page, serve, type TestServer } from './testing.ts';

const DRILLS_RU =
  'Во вторник в пограничном районе начались совместные учения двух армий. ' +
  'По данным министерства обороны, в манёврах участвуют около двух тысяч военнослужащих и сорок единиц бронетехники.';
const BRIDGE_RU = 'Сапёры закончили разминирование моста через реку; движение по нему откроют в пятницу утром.';
const STRIKE_FR = "L'armée a annoncé vendredi que les exercices conjoints se dérouleraient près de la frontière, a déclaré le général.";

const htmlPage = (title: string, text: string, headExtra = '') =>
  `<!doctype html><html><head>${headExtra}<title>${title}</title></head><body><article><h1>${title}</h1><p>${text}</p></article></body></html>`;

describe('fetching pages over HTTP', () => {
  let server: TestServer;
  before(async () => {
    server = await serve({
      '/cp1251': page(iconv.encode(htmlPage('Учения', DRILLS_RU), 'windows-1251'), { 'content-type': 'text/html' }),
      '/koi8': page(iconv.encode(htmlPage('Мост', BRIDGE_RU), 'koi8-r'), { 'content-type': 'text/html' }),
      '/koi8-plain': page(iconv.encode(BRIDGE_RU, 'koi8-r')),
      '/header-charset': page(iconv.encode(htmlPage('Мост', BRIDGE_RU, '<meta charset="windows-1251">'), 'koi8-r'), {
        'content-type': 'text/html; charset=KOI8-R',
      }),
      '/meta-iso-8859-5': page(iconv.encode(htmlPage('Учения', DRILLS_RU, '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-5">'), 'iso-8859-5'), {
        'content-type': 'text/html',
      }),
      '/utf8': page(Buffer.from(htmlPage('Учения', DRILLS_RU)), { 'content-type': 'text/html' }),
      '/cp1252': page(iconv.encode(htmlPage('Exercices', STRIKE_FR), 'windows-1252'), { 'content-type': 'text/html' }),
      '/hop1': page('', { location: '/hop2' }, 301),
      '/hop2': page('', { location: `/hop3?from=2` }, 302),
      '/hop3': page('', { location: '/utf8' }, 307),
      '/loop-a': page('', { location: '/loop-b' }, 302),
      '/loop-b': page('', { location: '/loop-a' }, 302),
      '/slow': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><body><p>The first paragraph arrives');
        // …and the rest never does.
      },
      '/huge-chunked': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        const para = 'Convoys moved along the valley road through the night. '.repeat(100) + '\n';
        for (let i = 0; i < 40; i++) res.write(para);
        res.end();
      },
      '/huge-declared': page(Buffer.alloc(200 * 1024, 0x61), { 'content-type': 'text/plain', 'content-length': String(200 * 1024) }),
      '/api/articles': page(JSON.stringify([{ url: 'https://wire.example/drills', text: DRILLS_RU }, { title: 'Мост', text: BRIDGE_RU }]), {
        'content-type': 'application/json',
      }),
      '/gone': page('removed', { 'content-type': 'text/plain' }, 410),
      '/photo': page(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), { 'content-type': 'image/png' }),
    });
  });
  after(() => server.close());

  async function one(path: string, overrides = {}) {
    const items = await collect(readSources([server.base + path], options(overrides)));
    assert.equal(items.length, 1, JSON.stringify(items));
    return items[0];
  }

  it('decodes a windows-1251 Russian page when nothing declares the charset', async () => {
    const item = await one('/cp1251');
    assert.ok(item.ok);
    assert.equal(item.raw.kind, 'html');
    assert.ok(item.raw.body.includes(DRILLS_RU), item.raw.body);
    assert.equal(item.raw.given.url, server.base + '/cp1251');
    assert.equal(item.raw.source, server.base + '/cp1251');
  });

  it('decodes a KOI8-R Russian page and a KOI8-R plain text when nothing declares the charset', async () => {
    const pageItem = await one('/koi8');
    assert.ok(pageItem.ok && pageItem.raw.body.includes(BRIDGE_RU));
    const textItem = await one('/koi8-plain');
    assert.ok(textItem.ok);
    assert.equal(textItem.raw.kind, 'text');
    assert.equal(textItem.raw.body, BRIDGE_RU);
  });

  it('trusts the Content-Type charset over a contradicting <meta>', async () => {
    const item = await one('/header-charset');
    assert.ok(item.ok && item.raw.body.includes(BRIDGE_RU));
  });

  it('uses <meta http-equiv> when the header has no charset', async () => {
    const item = await one('/meta-iso-8859-5');
    assert.ok(item.ok && item.raw.body.includes(DRILLS_RU));
  });

  it('reads undeclared UTF-8 and windows-1252 pages', async () => {
    const utf8 = await one('/utf8');
    assert.ok(utf8.ok && utf8.raw.body.includes(DRILLS_RU));
    const latin = await one('/cp1252');
    assert.ok(latin.ok && latin.raw.body.includes(STRIKE_FR), latin.ok ? latin.raw.body : latin.error);
  });

  it('reads a JSON array of articles from a URL, each with its own metadata', async () => {
    const items = await collect(readSources([server.base + '/api/articles'], options()));
    assert.deepEqual(
      items.map((i) => (i.ok ? [i.raw.source, i.raw.body, i.raw.given] : i.error)),
      [
        [server.base + '/api/articles#1', DRILLS_RU, { url: 'https://wire.example/drills' }],
        [server.base + '/api/articles#2', BRIDGE_RU, { title: 'Мост' }],
      ],
    );
  });

  it('follows a redirect chain and records the final URL', async () => {
    const item = await one('/hop1');
    assert.ok(item.ok);
    assert.equal(item.raw.given.url, server.base + '/utf8');
    assert.equal(item.raw.source, server.base + '/hop1');
    assert.ok(item.raw.body.includes(DRILLS_RU));
  });

  it('refuses redirect loops and chains longer than the limit', async () => {
    const loop = await one('/loop-a');
    assert.ok(!loop.ok);
    assert.match(loop.error, /too many redirects/);
    assert.ok(loop.error.startsWith(server.base + '/loop-a: '), loop.error);
    const chain = await one('/hop1', { fetchMaxRedirects: 2 });
    assert.ok(!chain.ok && /too many redirects \(more than 2\)/.test(chain.error));
  });

  it('gives up on a server that stops answering', async () => {
    const item = await one('/slow', { fetchTimeoutMs: 300 });
    assert.ok(!item.ok);
    assert.match(item.error, /timed out after 300 ms/);
  });

  it('stops reading a body past the size limit, declared or not', async () => {
    const chunked = await one('/huge-chunked', { fetchMaxBytes: 64 * 1024 });
    assert.ok(!chunked.ok);
    assert.match(chunked.error, /too large: over 65536 bytes \(limit 65536\)/);
    const declared = await one('/huge-declared', { fetchMaxBytes: 64 * 1024 });
    assert.ok(!declared.ok);
    assert.match(declared.error, /too large: 204800 bytes \(limit 65536\)/);
  });

  it('reports HTTP errors, media types and unreachable hosts as one-line failures', async () => {
    const gone = await one('/gone');
    assert.ok(!gone.ok && /HTTP 410/.test(gone.error));
    const missing = await one('/nowhere');
    assert.ok(!missing.ok && /HTTP 404/.test(missing.error));
    const photo = await one('/photo');
    assert.ok(!photo.ok && /not text: image\/png/.test(photo.error));

    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((r) => closed.close(() => r()));
    const [refused] = await collect(readSources([`http://127.0.0.1:${port}/story`], options()));
    assert.ok(!refused.ok);
    assert.match(refused.error, /ECONNREFUSED/);
    for (const e of [gone, missing, photo, refused]) assert.ok(!e.ok && !e.error.includes('\n'));
  });
});
