import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType, Mention } from '../../model.ts';
import { runNamePasses } from './name-passes.ts';
import { mentionAt } from './test-mentions.ts';

const at = (text: string, phrase: string, type: EntityType, nth = 0) => mentionAt(text, phrase, type, null, nth);

test('a title is cut from a name before names read alone are repeated', () => {
  // The rank title is cut before names are split into parts: "Tavish" is then a person named
  // alone, and the later "Tavish" the tagger read as a place is that person. Run the other way
  // round, "Lord Tavish" would back no part and the place reading would stay.
  const text = 'Steven Orlo met Lord Tavish. Later, Orlo wrote to Tavish.';
  const ms = [at(text, 'Steven Orlo', 'PERSON'), at(text, 'Lord Tavish', 'PERSON'), at(text, 'Tavish', 'LOC', 1)];
  const out = runNamePasses(text, ms).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);
  assert.deepEqual(out, ['Steven Orlo:PERSON', 'Tavish:PERSON', 'Tavish:PERSON']);
});
