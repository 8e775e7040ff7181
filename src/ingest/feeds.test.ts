import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { readSources } from './sources.ts';
import { SUMMARY_MAX_CHARS } from './feeds.ts';
import { collect, options, page, serve, type TestServer } from './testing.ts';

const LONG_STORY = [
  'Heavy fighting resumed on Monday around the hilltop villages north of the provincial capital, residents said.',
  'Local officials reported that shelling damaged a school and a water pumping station, leaving several districts without supply.',
  'The regional governor said two civilians were killed and at least nine wounded, and that evacuation buses would run through the night.',
  'Neither side commented on the claims, and the figures could not be independently verified.',
  'Aid groups warned that the roads south were crowded with families leaving with whatever they could carry.',
].join(' ');
const PAGE_RU = 'В понедельник вечером спасатели эвакуировали жителей двух сёл, пострадавших от обстрела.';
const TEASER = 'Evacuations continue after shelling; full story on our site.';

function rss(base: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Valley Herald &amp; Courier</title>
  <link>${base}/</link>
  <item>
    <title>Fighting resumes near hilltop villages</title>
    <link>${base}/stories/fighting</link>
    <pubDate>Mon, 15 Apr 2024 18:05:00 +0500</pubDate>
    <dc:creator>Staff reporter</dc:creator>
    <description>Short teaser.</description>
    <content:encoded><![CDATA[<p>${LONG_STORY}</p>]]></content:encoded>
  </item>
  <item>
    <title>Villagers evacuated</title>
    <link>${base}/stories/evacuation</link>
    <pubDate>Mon, 15 Apr 2024 20:00:00 GMT</pubDate>
    <description>&lt;p&gt;${TEASER}&lt;/p&gt;</description>
  </item>
  <item>
    <title>Bridge closed</title>
    <link>${base}/stories/deleted</link>
    <description>The story behind this link was taken down.</description>
  </item>
  <item>
    <title>Curfew announced</title>
    <description>A curfew from 10 pm will apply in the capital until further notice.</description>
  </item>
</channel>
</rss>`;
}

function atom(base: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Frontier Monitor</title>
  <entry>
    <title type="html">Fighting &amp;amp; shelling</title>
    <link rel="self" href="${base}/atom/1.xml"/>
    <link rel="alternate" href="${base}/stories/fighting"/>
    <published>2024-04-15T18:05:00+05:00</published>
    <updated>2024-04-16T08:00:00+05:00</updated>
    <author><name>Desk editor</name></author>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>${LONG_STORY}</p><p>More <b>later</b>.</p></div></content>
  </entry>
  <entry>
    <title>Villagers evacuated</title>
    <link href="go/evacuation"/>
    <updated>2024-04-15T20:00:00Z</updated>
    <summary>${TEASER}</summary>
  </entry>
</feed>`;
}

describe('reading RSS and Atom feeds', () => {
  let server: TestServer;
  before(async () => {
    const routes = {
      '/rss.xml': (_req: unknown, res: import('node:http').ServerResponse) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(server.base)),
      '/atom.xml': (_req: unknown, res: import('node:http').ServerResponse) => res.writeHead(200, { 'content-type': 'text/xml' }).end(atom(server.base)),
      '/broken.xml': page('<rss version="2.0"><channel><title>Broken</title><item><title>Cut off</item></channel></rss>', { 'content-type': 'application/rss+xml' }),
      '/stories/evacuation': page(iconv.encode(`<html><head><title>Эвакуация</title></head><body><p>${PAGE_RU}</p></body></html>`, 'windows-1251'), { 'content-type': 'text/html' }),
      '/go/evacuation': page('', { location: '/stories/evacuation' }, 301),
      '/feeds/latest': page('', { location: '/atom.xml' }, 302),
    };
    server = await serve(routes);
  });
  after(() => server.close());

  it('yields full-text items directly and fetches the page behind a summary, keeping the feed metadata', async () => {
    const items = await collect(readSources([server.base + '/rss.xml'], options()));
    assert.equal(items.length, 4);
    const [full, fetched, deleted, curfew] = items;

    assert.ok(full.ok);
    assert.equal(full.raw.source, server.base + '/stories/fighting');
    assert.equal(full.raw.kind, 'html');
    assert.equal(full.raw.body, `<p>${LONG_STORY}</p>`);
    assert.deepEqual(full.raw.given, {
      url: server.base + '/stories/fighting',
      title: 'Fighting resumes near hilltop villages',
      published: '2024-04-15T18:05:00+05:00',
      author: 'Staff reporter',
      outlet: 'Valley Herald & Courier',
    });

    assert.ok(fetched.ok, fetched.ok ? '' : fetched.error);
    assert.ok(fetched.raw.body.includes(PAGE_RU), 'the linked page (windows-1251) replaces the teaser');
    assert.equal(fetched.raw.given.title, 'Villagers evacuated');
    assert.equal(fetched.raw.given.published, '2024-04-15T20:00:00Z');
    assert.equal(fetched.raw.given.outlet, 'Valley Herald & Courier');
    assert.equal(fetched.raw.given.url, server.base + '/stories/evacuation');

    assert.ok(!deleted.ok);
    assert.equal(deleted.error, `${server.base}/stories/deleted: HTTP 404 Not Found`);

    assert.ok(curfew.ok, 'an item with no link keeps its own text');
    assert.equal(curfew.raw.source, server.base + '/rss.xml#4');
    assert.ok(curfew.raw.body.includes('curfew from 10 pm'));
  });

  it('reads Atom: alternate link, published date, inline XHTML content, summaries fetched through redirects', async () => {
    const items = await collect(readSources([server.base + '/atom.xml'], options()));
    assert.equal(items.length, 2);
    const [full, fetched] = items;
    assert.ok(full.ok);
    assert.equal(full.raw.given.url, server.base + '/stories/fighting');
    assert.equal(full.raw.given.title, 'Fighting & shelling');
    assert.equal(full.raw.given.published, '2024-04-15T18:05:00+05:00');
    assert.equal(full.raw.given.author, 'Desk editor');
    assert.equal(full.raw.given.outlet, 'Frontier Monitor');
    assert.ok(full.raw.body.includes('<p>More <b>later</b>.</p>'), full.raw.body);
    assert.ok(fetched.ok && fetched.raw.body.includes(PAGE_RU));
    assert.equal(fetched.raw.given.url, server.base + '/go/evacuation', 'the feed link wins over the redirect target');
  });

  it('resolves relative item links against the feed URL reached after redirects', async () => {
    const items = await collect(readSources([server.base + '/feeds/latest'], options()));
    assert.deepEqual(
      items.map((i) => (i.ok ? i.raw.given.url : i.error)),
      [server.base + '/stories/fighting', server.base + '/go/evacuation'],
    );
  });

  it('reports a malformed feed as one failure', async () => {
    const items = await collect(readSources([server.base + '/broken.xml'], options()));
    assert.equal(items.length, 1);
    assert.ok(!items[0].ok);
    assert.match(items[0].error, /broken\.xml: malformed feed: .*line 1\)$/);
  });

  it('reads a feed from a file, by extension or by content, fetching summaries from absolute links', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-feed-'));
    try {
      fs.writeFileSync(path.join(dir, 'herald.rss'), rss(server.base));
      fs.writeFileSync(path.join(dir, 'monitor'), atom(server.base));
      const items = await collect(readSources([dir], options()));
      assert.deepEqual(
        items.map((i) => (i.ok ? `ok ${i.raw.source}` : `error ${i.source}`)),
        [
          `ok ${server.base}/stories/fighting`, `ok ${server.base}/stories/evacuation`, `error ${server.base}/stories/deleted`, `ok ${path.join(dir, 'herald.rss')}#4`,
          // A relative item link cannot be resolved without the feed's URL.
          `ok ${server.base}/stories/fighting`, 'error go/evacuation',
        ],
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fetches the link only when the item text is shorter than SUMMARY_MAX_CHARS', async () => {
    const sentence = 'Patrols were stepped up along the border road. ';
    const text = (n: number) => sentence.repeat(Math.ceil(n / sentence.length)).slice(0, n - 1) + '.';
    const feed = `<rss version="2.0"><channel><title>Edge</title>
      <item><title>Short</title><link>${server.base}/stories/evacuation</link><description>${text(SUMMARY_MAX_CHARS - 1)}</description></item>
      <item><title>Long enough</title><link>${server.base}/stories/never-fetched</link><description>${text(SUMMARY_MAX_CHARS)}</description></item>
    </channel></rss>`;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-feed-'));
    try {
      fs.writeFileSync(path.join(dir, 'edge.xml'), feed);
      const hitsBefore = server.hits.length;
      const [short, long] = await collect(readSources([path.join(dir, 'edge.xml')], options()));
      assert.ok(short.ok && short.raw.body.includes(PAGE_RU), 'the short item is replaced by its page');
      assert.ok(long.ok && long.raw.body === text(SUMMARY_MAX_CHARS), 'the long item is kept as given');
      assert.deepEqual(server.hits.slice(hitsBefore), ['/stories/evacuation']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads an .xml file that is a web page as HTML, and refuses XML that is no feed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-xml-'));
    try {
      fs.writeFileSync(path.join(dir, 'a-page.xml'), `<html><head><title>Evacuation</title></head><body><p>${TEASER}</p></body></html>`);
      fs.writeFileSync(path.join(dir, 'b-sitemap.xml'), '<?xml version="1.0"?><urlset><url><loc>https://news.example/1</loc></url></urlset>');
      const [pageItem, sitemap] = await collect(readSources([dir], options()));
      assert.ok(pageItem.ok && pageItem.raw.kind === 'html');
      assert.ok(!sitemap.ok);
      assert.match(sitemap.error, /b-sitemap\.xml: malformed feed: no <rss>, <rdf:RDF> or <feed> root element$/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
