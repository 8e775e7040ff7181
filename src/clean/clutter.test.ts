import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanDocument } from './stage.ts';
import { judgeClutter, isShareRow } from './clutter.ts';
import { blocksFromPlainText } from './text.ts';

const body = [
  'Ceasefire talks resume in Doha as aid convoys wait at the border',
  '',
  'Negotiators from both sides returned to Doha on Monday for a new round of talks on a ceasefire, mediators said, after a week-long pause.',
  '',
  'Dozens of aid lorries remained parked at the Rafah crossing, where officials said inspections had slowed to a trickle over the weekend.',
  '',
  'The United Nations said fuel shortages had forced two hospitals in the south to cut services. "We cannot wait for another round," one official said.',
  '',
  'Share this page:',
  '',
  'Facebook Twitter WhatsApp Email',
  '',
  'Related content',
  '',
  'Drone strike hits fuel depot near Aden',
  '',
  'Drone strike hits fuel depot near Aden',
  '',
  'A fuel depot outside the southern port was set ablaze early on Sunday, local officials said, in the third such attack this…',
  'Sudan talks collapse as army and RSF trade blame',
  '',
  'Sudan talks collapse as army and RSF trade blame',
  '',
  'Mediators in Jeddah suspended the latest round of negotiations after neither delegation agreed to...',
  '',
  'We use cookies to give you the best experience on our website. By continuing you accept our cookie policy.',
  '',
  '© 2024 Example Wire. All rights reserved.',
].join('\n');

test('a plain-text article loses its share row, related section, teaser list, cookie notice and footer', () => {
  const a = cleanDocument({ source: 'doha.txt', kind: 'text', body, given: {} });
  assert.equal(a.title, 'Ceasefire talks resume in Doha as aid convoys wait at the border');
  const paragraphs = a.text.split('\n\n');
  assert.equal(paragraphs.length, 3);
  assert.match(paragraphs[0], /^Negotiators from both sides/);
  assert.match(paragraphs[2], /another round," one official said\.$/);
  for (const clutter of ['Share this page', 'Facebook', 'Related content', 'Drone strike', 'Sudan talks', 'cookies', 'Example Wire']) {
    assert.ok(!a.text.includes(clutter), `"${clutter}" should be cut`);
  }
  const reasons = a.cut.map((c) => c.reason);
  assert.deepEqual(reasons, ['headline', 'share-widget', 'related-content', 'teaser', 'cookie-notice', 'copyright']);
  const teasers = a.cut.find((c) => c.reason === 'teaser')!;
  assert.match(teasers.text, /third such attack this…/);
  assert.match(teasers.text, /neither delegation agreed to\.\.\./);
  for (const c of a.cut.slice(1)) assert.equal(c.at, a.text.length, 'trailing clutter stood at the end of the text');
});

test('a headline repeated on the next line with a blurb is a teaser even without a heading', () => {
  const blocks = blocksFromPlainText(
    'The army said it had retaken the town after two days of fighting, according to a statement read on state television.\n' +
      'Militants ambush convoy in the north\nMilitants ambush convoy in the north\nSeven soldiers were killed when…',
  );
  assert.deepEqual(judgeClutter(blocks, { title: null, outlet: null }), [null, 'teaser', 'teaser', 'teaser']);
});

test('body paragraphs that mention sharing, cookies or related talks are kept', () => {
  const blocks = blocksFromPlainText(
    [
      'The two governments agreed to share intelligence on armed groups operating along the border, the ministry said.',
      'Related talks on water rights are due to begin in March, according to officials in both capitals.',
      'Recommended',
      'Police said the suspects had hidden explosives in boxes labelled as cookies and sweets before the raid on Thursday.',
    ].join('\n'),
  );
  const reasons = judgeClutter(blocks, { title: null, outlet: null });
  assert.deepEqual(reasons, [null, null, 'related-content', null]);
});

test('share rows are only social words', () => {
  assert.ok(isShareRow('Share on Facebook Twitter'));
  assert.ok(isShareRow('Whatsapp Facebook Pint Baixar'));
  assert.ok(!isShareRow('Facebook said it removed the accounts'));
});

test('an all-capitals line in a script without capitals is not a shouted headline', () => {
  const arabic = 'لا تزال المفاوضات جارية بين الطرفين';
  const blocks = blocksFromPlainText(`${arabic}\n${arabic} اليوم\nThe talks continued on Tuesday in the capital, officials said.`);
  assert.deepEqual(judgeClutter(blocks, { title: null, outlet: null }), [null, null, null]);
});
