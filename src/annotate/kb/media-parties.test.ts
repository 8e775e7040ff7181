// News outlets and political parties in the shipped actor KB, on sentences written for these tests:
// outlets link as MEDIA and parties as ORG; names that are also a surname, a phrase or another
// body ("Spiegel", "the Guardian Council") do not link to the outlet.
import test from 'node:test';
import assert from 'node:assert/strict';
import { loadKb } from './match.ts';

const linked = (sentence: string) => loadKb().match(sentence).map((m) => `${sentence.slice(m.start, m.end)}=${m.kbId}:${m.type}`);

test('news outlets in a sentence link to their entries as MEDIA', () => {
  const cases: [string, string][] = [
    ['The strike was first reported by Haaretz and the Financial Times.', 'Haaretz=med:haaretz:MEDIA'],
    ['The strike was first reported by Haaretz and the Financial Times.', 'Financial Times=med:ft:MEDIA'],
    ['State media KCNA said the launch succeeded.', 'KCNA=med:kcna:MEDIA'],
    ['Speaking to Der Spiegel, the minister denied it.', 'Der Spiegel=med:spiegel:MEDIA'],
    ['Footage aired on Al Arabiya showed the convoy.', 'Al Arabiya=med:al-arabiya:MEDIA'],
  ];
  for (const [sentence, want] of cases) assert.ok(linked(sentence).includes(want), `${want} not in ${linked(sentence).join(', ')}`);
});

test('parties with names of their own link as ORG', () => {
  assert.ok(linked('Likud and the BJP both won seats.').includes('Likud=pty:likud:ORG'));
  assert.ok(linked('Likud and the BJP both won seats.').includes('BJP=pty:bjp:ORG'));
  assert.ok(linked('Members of United Russia voted for the bill.').includes('United Russia=pty:united-russia:ORG'));
});

test("a surname or another body holding an outlet's name is not the outlet", () => {
  assert.deepEqual(linked('Evan Spiegel founded the firm.'), []);
  const council = linked("Iran's Guardian Council barred the candidates.");
  assert.ok(!council.some((l) => l.includes('med:guardian')), council.join(', '));
});
