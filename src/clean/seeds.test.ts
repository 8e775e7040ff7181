// Acceptance on the canonical example in ../shared/seeds (skipped when ../shared is absent).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanDocument } from './stage.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seeds = path.join(process.env.SITREP_SHARED ?? path.resolve(repoRoot, '../shared'), 'seeds');
const seed = (prefix: string) => {
  const name = fs.readdirSync(seeds).find((f) => f.startsWith(prefix))!;
  const body = fs.readFileSync(path.join(seeds, name), 'utf8');
  return { body, article: cleanDocument({ source: name, kind: 'text', body, given: {} }) };
};
const absent = fs.existsSync(seeds) ? false : `../shared/seeds is absent (${seeds}); set SITREP_SHARED to run the seed acceptance`;

test('seed 002: headline becomes the title, clutter and teasers are cut, all 11 body paragraphs stay intact', { skip: absent }, () => {
  const { body, article } = seed('002_');
  assert.equal(article.title, 'Russia and Tajikistan Conduct Joint Drills to Combat Afghan Terrorist Threats');
  // The body is every paragraph between the headline and the share row, verbatim.
  const lines = body.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter(Boolean);
  const bodyParagraphs = lines.slice(1, lines.findIndex((l) => /^Share this page/.test(l)));
  assert.equal(bodyParagraphs.length, 11);
  assert.deepEqual(article.text.split('\n\n'), bodyParagraphs);
  assert.ok(!article.text.includes('Share this page'));
  assert.ok(!article.text.includes('Related content'));
  // Every teaser headline and blurb is gone from the text and listed in the cuts.
  const tail = lines.slice(lines.findIndex((l) => l === 'Related content') + 1);
  assert.ok(tail.length >= 9);
  const cutText = article.cut.map((c) => c.text).join('\n\n');
  for (const line of tail) {
    assert.ok(!article.text.includes(line.slice(0, 40)), `teaser text left in: ${line.slice(0, 40)}`);
    assert.ok(cutText.includes(line), `teaser text not listed in cut: ${line.slice(0, 40)}`);
  }
  assert.deepEqual(article.cut.map((c) => c.reason), ['headline', 'share-widget', 'related-content', 'teaser']);
});

test('seed 000: the first line is a lead sentence, so there is no title and one paragraph per line', { skip: absent }, () => {
  const { body, article } = seed('000_');
  assert.equal(article.title, null);
  const lines = body.split('\n').map((l) => l.trim()).filter(Boolean);
  assert.deepEqual(article.text.split('\n\n'), lines);
  assert.deepEqual(article.cut, []);
});
