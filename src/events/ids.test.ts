// Event mention ids are unique within an article (the store keys mentions by id): by construction
// (article, trigger offset, type) and by the refiners' last pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Event } from '../model.ts';
import { mentionId } from './mention.ts';
import { uniqueIds } from './refine.ts';
import { extractArticle } from './run.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIRS = [path.join(REPO, 'examples/pages'), path.join(REPO, 'examples/text'), path.join(REPO, 'src/events/fixtures')];

const bare = (id: string, type: string): Event => ({
  id, type, tags: [], actors: [], location: null, date: null, fatalities: null, injured: null, claims: [],
  modality: 'occurred', main: false, background: false, evidence: {}, provenance: {}, articleIds: ['a1'],
});

test('one trigger word read as two event types gives two ids', () => {
  assert.notEqual(mentionId('a1', 355, 'shelling_artillery_missile_attack'), mentionId('a1', 355, 'air_drone_strike'));
});

test('events that still share an id get distinct ids, the first keeping its own', () => {
  const evs = uniqueIds([bare('a1:10:attack', 'attack'), bare('a1:10:attack', 'attack'), bare('a1:40:arrest', 'arrest'), bare('a1:10:attack', 'attack')]);
  assert.deepEqual(evs.map((e) => e.id), ['a1:10:attack', 'a1:10:attack#2', 'a1:40:arrest', 'a1:10:attack#3']);
});

test('no fixture article yields two events with one id', async () => {
  const files = DIRS.flatMap((d) => fs.readdirSync(d).map((f) => path.join(d, f)));
  for (const file of files) {
    const doc = await extractArticle(file, fs.readFileSync(file, 'utf8'), { published: '2024-05-08' }, file.endsWith('.html') ? 'html' : 'text');
    const ids = doc.events!.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length, `${file}: ${ids.join(', ')}`);
  }
});
