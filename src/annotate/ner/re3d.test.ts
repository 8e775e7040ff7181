import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ENTITY_TYPES } from './labels.ts';
import { readRe3dText } from './re3d.ts';
import { tagsToSpans } from './spans.ts';

/** A re3d document from "token/TAG" words, one sentence a line. */
const doc = (...sentences: string[]) =>
  sentences.map((s) => s.split(' ').map((w) => w.replace('/', '\t')).join('\n')).join('\n\n') + '\n';

const names = (text: string) =>
  readRe3dText(text).map((s) => tagsToSpans(s.tags).map((sp) => `${ENTITY_TYPES[sp.type]} ${s.tokens.slice(sp.start, sp.end).join(' ')}`));

test('names keep their type past a leading determiner; pronouns and titles alone become O', () => {
  const text = doc(
    'The/B-Organisation Ministry/I-Organisation of/I-Organisation Defence/I-Organisation said/O He/B-Person met/O Minister/B-Person Tobias/I-Person Ellwood/I-Person in/O Syria/B-Location ./O',
  );
  assert.deepEqual(names(text), [['ORG Ministry of Defence', 'PER Tobias Ellwood', 'LOC Syria']]);
});

test('a sentence whose nominal mention holds a name is dropped; lowercase mentions become O', () => {
  const text = doc(
    'U.S./B-Organisation service/I-Organisation members/I-Organisation left/O Syria/B-Location ./O',
    'the/B-Organisation regime/I-Organisation fired/O on/O Aleppo/B-Location ./O',
  );
  assert.deepEqual(names(text), [['LOC Aleppo']]);
});
