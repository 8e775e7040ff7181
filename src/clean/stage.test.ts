import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanDocument, cleanStage } from './stage.ts';
import { articleId } from '../article-id.ts';
import type { RawDocument } from '../model.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const page = fs.readFileSync(path.join(here, 'fixtures/red-sea-strikes.html'), 'utf8');
const html = (body: string, given: RawDocument['given'] = {}): RawDocument => ({ source: 'page.html', kind: 'html', body, given });
const text = (body: string, given: RawDocument['given'] = {}): RawDocument => ({ source: 'story.txt', kind: 'text', body, given });

test('a news page yields its body without navigation, share bar, related links, cookie banner or footer', () => {
  const a = cleanDocument(html(page));
  assert.match(a.text, /^American and British warplanes/);
  assert.match(a.text, /Bab el-Mandeb strait\.$/);
  for (const clutter of ['Home', 'Facebook', 'Related articles', 'Shipping giants pause', 'cookies', 'All rights reserved', 'Share this article', 'Advertisement']) {
    assert.ok(!a.text.includes(clutter), `"${clutter}" should not be in the text`);
  }
  assert.deepEqual(a.cut.map((c) => c.reason), ['advertisement']);
});

test('page metadata: JSON-LD date and headline, site name, canonical URL, author', () => {
  const a = cleanDocument(html(page));
  assert.equal(a.title, 'US and UK strike Houthi targets in Yemen after weeks of Red Sea attacks');
  assert.equal(a.published, '2024-01-12T06:40:00+00:00');
  assert.equal(a.outlet, 'Harbour Ledger');
  assert.equal(a.author, 'Dana Whitcombe');
  assert.equal(a.canonicalUrl, 'https://news.example.org/world/2024/01/12/yemen-strikes');
});

test('a <br> inside a paragraph splits it without losing either half', () => {
  const a = cleanDocument(html(page));
  assert.ok(a.text.includes('warned that the group would retaliate.\n\nOfficials in Sanaa described'));
});

test('paragraphs are separated by exactly one blank line and the id follows the text', () => {
  const a = cleanDocument(html(page));
  assert.ok(!/\n{3,}/.test(a.text) && !/[ \t]\n|\n[ \t]/.test(a.text));
  assert.equal(a.text.split('\n\n').length, 7);
  assert.equal(a.id, articleId(a.text));
  assert.equal(a.language, null);
  assert.equal(a.duplicateOf, null);
  assert.equal(a.error, null);
});

test('metadata given by the source wins over what the page says', () => {
  const a = cleanDocument(html(page, { title: 'Strikes in Yemen', published: '2024-01-11', url: 'https://feed.example.net/x' }));
  assert.equal(a.title, 'Strikes in Yemen');
  assert.equal(a.published, '2024-01-11');
  assert.equal(a.url, 'https://feed.example.net/x');
  assert.equal(a.outlet, 'Harbour Ledger');
});

test('a Windows-style text file with odd whitespace is normalised', () => {
  const body =
    'Flooding closes border crossing\r\n\r\n' +
    'Heavy rain\u00a0forced\tthe closure of the main   border crossing on Tuesday, officials said, stranding hundreds of lorries.\r\n' +
    '\r\n   \r\n' +
    'Engineers expect the road to reopen\u200b within two days once the water recedes.  \r\n';
  const a = cleanDocument(text(body));
  assert.equal(a.title, 'Flooding closes border crossing');
  assert.equal(
    a.text,
    'Heavy rain forced the closure of the main border crossing on Tuesday, officials said, stranding hundreds of lorries.\n\n' +
      'Engineers expect the road to reopen within two days once the water recedes.',
  );
});

test('a page with almost no text is refused as empty', () => {
  assert.throws(() => cleanDocument(text('Share this page:\n\nAdvertisement')), /empty page: 0 characters of text after cleaning/);
  assert.throws(() => cleanDocument(html('<html><body><p>Hi.</p></body></html>'), { minTextChars: 40 }), /empty page: 3 characters/);
});

test('the stage reads raw and adds article', async () => {
  const doc: { raw: RawDocument; article?: import('../model.ts').Article } = { raw: text('A long enough first sentence about the ceasefire talks in Doha, which resumed on Monday.') };
  await cleanStage.run(doc, { config: { minTextChars: 10 } as never });
  assert.equal(cleanStage.name, 'clean');
  assert.deepEqual(cleanStage.needs, ['raw']);
  assert.deepEqual(cleanStage.adds, ['article']);
  assert.equal(doc.article?.source, 'story.txt');
  assert.match(doc.article?.text ?? '', /^A long enough/);
});
