// Companies in the shipped actor KB, on sentences written for these tests: well-known firms link
// as ORG, and firms named with a common word or a place ("Apple", "Amazon", "Shell", "Ford") match
// only in a written form that cannot be the other thing.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { loadKb } from './match.ts';
import { findEntities } from '../entities.ts';
import { splitSentences } from '../sentences.ts';

const CURATED = new URL('../../../data/kb/curated.json', import.meta.url);

/** Company ids in the curated list. */
function companyIds(): Set<string> {
  const curated = JSON.parse(fs.readFileSync(CURATED, 'utf8')) as { entries: { id: string; type: string }[] };
  return new Set(curated.entries.filter((e) => e.id.startsWith('org:')).map((e) => e.id));
}

test('well-known companies in a news sentence link to their entries as ORG', () => {
  const kb = loadKb();
  const cases: [string, string, string][] = [
    ['Drivers for Uber protested outside the ministry.', 'Uber', 'org:uber'],
    ['Huawei denied that its equipment was used by the security services.', 'Huawei', 'org:huawei'],
    ['The missiles were made by Lockheed Martin and shipped in March.', 'Lockheed Martin', 'org:lockheed-martin'],
    ['Gazprom cut deliveries after the pipeline was damaged.', 'Gazprom', 'org:gazprom'],
    ["Turkey's Baykar delivered more drones to the army.", 'Baykar', 'org:baykar'],
    ['A spokesman for Rheinmetall said the plant would reopen.', 'Rheinmetall', 'org:rheinmetall'],
    ['The video spread on Twitter and Telegram within hours.', 'Twitter', 'org:twitter'],
    ['Investors sold shares of Amazon.com after the outage.', 'Amazon.com', 'org:amazon'],
    ['A tanker chartered by Shell plc was struck off the coast.', 'Shell plc', 'org:shell'],
    ['Workers at the Ford Motor Company plant walked out.', 'Ford Motor Company', 'org:ford'],
  ];
  for (const [sentence, surface, id] of cases) {
    const hit = kb.match(sentence).find((m) => sentence.slice(m.start, m.end) === surface);
    assert.ok(hit, `${surface} not found in: ${sentence}`);
    assert.equal(hit.kbId, id, sentence);
    assert.equal(hit.type, 'ORG', sentence);
  }
});

/** Sentences where a company's short name is an ordinary word, a river or forest, or a person. */
const NOT_COMPANIES = [
  'Fires spread through the Amazon rainforest last week.',
  'Boats carried supplies up the Amazon to the villages.',
  'Ford said on Monday that he would not run again.',
  'Shell fragments were found near the school after the strike.',
  'He ate the apple before the checkpoint opened.',
  'Apple orchards near the front line were burned.',
  'Total losses reached four million dollars.',
  'Target practice ended before the convoy left.',
  'Orange smoke rose over the square.',
  'Meta analysis of the casualty figures took months.',
];

test('common words, rivers and persons that share a company name are not read as that company', () => {
  const kb = loadKb();
  const companies = companyIds();
  for (const sentence of NOT_COMPANIES) {
    const wrong = kb.match(sentence).filter((m) => companies.has(m.kbId));
    assert.deepEqual(wrong.map((m) => sentence.slice(m.start, m.end)), [], sentence);
    const linked = findEntities(sentence, splitSentences(sentence)).filter((m) => m.kbId && companies.has(m.kbId));
    assert.deepEqual(linked.map((m) => sentence.slice(m.start, m.end)), [], sentence);
  }
});

test('a person named after a company stays a person', () => {
  const text = 'The inventor Nikola Tesla was born in a village in Lika.';
  const tesla = findEntities(text, splitSentences(text)).find((m) => text.slice(m.start, m.end).includes('Tesla'));
  assert.ok(tesla, 'Tesla not found');
  assert.equal(text.slice(tesla.start, tesla.end), 'Nikola Tesla');
  assert.equal(tesla.type, 'PERSON');
});

test("a company's short form inside a longer institution's name does not take it over", () => {
  const text = "The People's Bank of China cut rates, and Bank of China followed.";
  const got = loadKb().match(text).map((m) => [text.slice(m.start, m.end), m.kbId]);
  assert.deepEqual(got, [["People's Bank of China", 'org:pboc'], ['Bank of China', 'org:bank-of-china']]);
});
