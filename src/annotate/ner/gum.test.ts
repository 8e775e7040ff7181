import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readGumText } from './gum.ts';
import { ENTITY_TYPES } from './labels.ts';
import { tagsToSpans } from './spans.ts';

/** A CoNLL-U sentence from [form, upos, head (1-based, 0 root), deprel, Entity brackets] rows. */
function conllu(rows: [string, string, number, string, string][]): string {
  return rows
    .map(([form, upos, head, rel, entity], i) =>
      [i + 1, form, form, upos, upos === 'PROPN' ? 'NNP' : 'NN', '_', head, rel, '_', entity ? `Entity=${entity}` : '_'].join('\t'),
    )
    .join('\n');
}

const names = (text: string) =>
  readGumText(text).flatMap((s) => tagsToSpans(s.tags).map((sp) => `${ENTITY_TYPES[sp.type]} ${s.tokens.slice(sp.start, sp.end).join(' ')}`));

test('a person mention "X of Party" names the person at its head, and the party apart', () => {
  const text = conllu([
    ['councillor', 'NOUN', 7, 'nsubj', '(1-person'],
    ['Alvin', 'PROPN', 1, 'flat', ''],
    ['Yeung', 'PROPN', 2, 'flat', ''],
    ['of', 'ADP', 6, 'case', ''],
    ['Civic', 'PROPN', 6, 'compound', '(2-organization'],
    ['Party', 'PROPN', 1, 'nmod', '2)1)'],
    ['won', 'VERB', 0, 'root', ''],
  ]);
  assert.deepEqual(names(text).sort(), ['ORG Civic Party', 'PER Alvin Yeung']);
});

test('a person mention headed by a common noun with no name beside it is nominal', () => {
  const text = conllu([
    ['the', 'DET', 2, 'det', '(1-person'],
    ['president', 'NOUN', 5, 'nsubj', ''],
    ['of', 'ADP', 4, 'case', ''],
    ['Afghanistan', 'PROPN', 2, 'nmod', '(2-place)1)'],
    ['spoke', 'VERB', 0, 'root', ''],
  ]);
  assert.deepEqual(names(text), ['LOC Afghanistan']);
});

test('a hyphenated name split into tokens keeps its hyphen inside the span', () => {
  const text = conllu([
    ['Kim', 'PROPN', 5, 'nsubj', '(1-person'],
    ['Jong', 'PROPN', 1, 'flat', ''],
    ['-', 'PUNCT', 4, 'punct', ''],
    ['un', 'PROPN', 1, 'flat', '1)'],
    ['spoke', 'VERB', 0, 'root', ''],
  ]);
  assert.deepEqual(names(text), ['PER Kim Jong - un']);
});
