import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { blocksFromElement, normaliseSpace, paragraphsFromPlainText } from './text.ts';
import { leadingHeadline, datelineDate } from './headline.ts';
import { isoDate, stripSiteName } from './metadata.ts';

const body = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as never;

test('blocks: headings, list items and <br> halves are separate paragraphs; links and figures are marked', () => {
  const blocks = blocksFromElement(
    body('<h2>Casualties</h2><p>At least 12 people <b>died</b>,<br>officials said.</p><ul><li><a href="/x">Earlier story</a></li></ul>' +
      '<figure><img alt="x"><figcaption>Rescuers at the site. Photo: Staff</figcaption></figure>'),
  );
  assert.deepEqual(blocks.map((b) => b.text), ['Casualties', 'At least 12 people died,', 'officials said.', 'Earlier story', 'Rescuers at the site. Photo: Staff']);
  assert.deepEqual(blocks.map((b) => b.tag), ['H2', 'P', 'P', 'LI', 'FIGCAPTION']);
  assert.equal(blocks[3].linkShare, 1);
  assert.equal(blocks[1].linkShare, 0);
  assert.equal(blocks[4].caption, true);
});

test('whitespace: non-breaking and zero-width spaces and soft hyphens are normalised', () => {
  assert.equal(normaliseSpace(' Kherson\u00a0region\u200b  and\tbeyond, in\u00adcluding\n'), 'Kherson region and beyond, including');
});

test('plain text: one paragraph per line, unless the text is hard-wrapped', () => {
  assert.deepEqual(paragraphsFromPlainText('First line.\nSecond line.\n\n\nThird line.'), ['First line.', 'Second line.', 'Third line.']);
  const wrapped = [
    'The convoy left the capital at dawn and reached the border crossing',
    'shortly before noon, where it was held for several hours by guards.',
    'Officials on both sides later said the delay had been caused by a',
    'dispute over paperwork rather than any security concern at all.',
    '',
    'The lorries carried food and medicine for about twenty thousand people',
    'living in camps near the frontier, aid agencies said on Wednesday.',
  ].join('\n');
  const paras = paragraphsFromPlainText(wrapped);
  assert.equal(paras.length, 2);
  assert.match(paras[0], /crossing shortly before noon/);
});

test('a short capitalised first line without a full stop is a headline; a lead sentence is not', () => {
  const blocks = (...t: string[]) => t.map((text) => ({ text, tag: 'TEXT', linkShare: 0, caption: false }));
  const lead = 'Troops withdrew from the village on Sunday after a week of shelling, residents said, and aid began to arrive.';
  assert.equal(leadingHeadline(blocks('Troops withdraw from border village', lead)), 'Troops withdraw from border village');
  assert.equal(leadingHeadline(blocks(lead, 'Short.')), null);
  assert.equal(leadingHeadline(blocks('Troops withdrew. Residents returned', lead)), null);
});

test('dates: ISO forms, datelines with a year, and title suffixes', () => {
  assert.equal(isoDate('2024-04-16T09:30:00+0300'), '2024-04-16T09:30:00+03:00');
  assert.equal(isoDate('2024-04-16'), '2024-04-16');
  assert.equal(isoDate('yesterday'), null);
  assert.equal(datelineDate('DUSHANBE, April 16, 2024 (Reuters) - Drills began on Monday.'), '2024-04-16');
  assert.equal(datelineDate('MOSCOW, April 16 (Reuters) - Drills began.'), null);
  assert.equal(stripSiteName('Drills begin near the Afghan border | Example Times', 'Example Times'), 'Drills begin near the Afghan border');
});
