// Junk a trigger word alone would make an event of: a forecast of the toll, advice about someone
// else's attack, and arson by the attackers already reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './run.ts';

const types = async (text: string) => (await extractArticle('t.txt', text, { published: '2024-05-08' })).events!.map((e) => e.type);

test('"officials warned that the toll could rise" and "warned X about a planned attack" are not threats', async () => {
  const got = await types([
    'Gunmen killed 20 people at a market in the town of Mopti on Tuesday, local officials said.',
    'Rescue teams were still at the scene on Wednesday, and officials warned that the toll could rise.',
    'A foreign government had warned the authorities last month about a planned attack on markets.',
  ].join('\n\n'));
  assert.ok(!got.includes('statement_threat'), JSON.stringify(got));
});

test('the attackers setting fire to the building is part of their attack, not a second event', async () => {
  const got = await types([
    'Gunmen stormed a hotel in the city of Mogadishu on Friday, killing 9 guests, police said.',
    'The attackers also set fire to the building before security forces arrived.',
  ].join('\n\n'));
  assert.ok(!got.includes('looting_property_destruction'), JSON.stringify(got));
  assert.ok(got.some((t) => t === 'attack' || t === 'armed_clash'), JSON.stringify(got));
});
