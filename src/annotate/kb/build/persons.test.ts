import { test } from 'node:test';
import assert from 'node:assert/strict';
import { milNonStateEntries, petrarchPersonNames } from './petrarch.ts';
import { isPersonName } from './persons.ts';

// Office holders as the country file lists them: dated codes mark people.
const COUNTRIES = [
  'KARIM_HADDAD_  # CountryInfo.txt', '\t[LBNGOV 050101-090101]',
  'KARIM_NASSER_  # CountryInfo.txt', '\t[SYRGOV 010101-040101]',
  'SALIM_FARHAT_  # CountryInfo.txt', '\t[JORGOV 020101-060101]',
  'YUSUF_FARHAT_  # CountryInfo.txt', '\t[JORELI 070101-090101]',
  'BEIRUT_ [LBN]',
].join('\n');
const INTERNATIONAL = 'WORLD_FOOD_PROGRAMME_ [IGOUNOWFP]\n';

// A militant file in the TABARI format: the group, its leaders under its code, an unrelated
// group sharing a regional code, and a group whose name opens with a person's name.
const MILITANT = [
  'NORTHERN_DAWN_FRONT_ [IMGMUSNDF] # test',
  '+NDF_',
  '+DAWN_FRONT_',
  '+KARIM_HADDAD_',
  '+NORTHERN_DAWN_',
  '',
  'KARIM_HAMDAN_',
  '+HAMDAN_',
  '\t[IMGMUSNDF]',
  'SAMI_BIN_TAREK_',
  '+BIN_TAREK_',
  '\t[IMGMUSNDF]',
  'VALLEY_SHIELD_BRIGADES_ [IMGMUS]',
  'EASTERN_HILLS_ARMY_ [IMGMUS]',
  'ZIAD_FARHAT_ [IMGMUS]',
  'YUSUF_FARHAT_ [IMGMUS]',
  'KARIM_NASSER_MARTYRS_BRIGADE_ [IMGMUSKNB]',
  'KARIM_NASSER_ [IMGMUSKNB]',
].join('\n');

const people = petrarchPersonNames(COUNTRIES, INTERNATIONAL);
const entries = milNonStateEntries(MILITANT, new Map(), people);
const byName = (name: string) => entries.find((e) => e.name === name);

test('a person name has a known given or family name, or a patronymic, and no group word', () => {
  assert.ok(isPersonName('Karim Hamdan', people));
  assert.ok(isPersonName('Ziad Farhat', people));
  assert.ok(isPersonName('Sami bin Tarek', people));
  assert.ok(!isPersonName('Karim Nasser Martyrs Brigade', people));
  assert.ok(!isPersonName('Northern Dawn Front', people));
  assert.ok(!isPersonName('Hamdan', people), 'one word is a short form, not a full name');
});

test('a leader listed in the militant file is a PERSON under the group his code names', () => {
  const leader = byName('Karim Hamdan');
  assert.equal(leader?.type, 'PERSON');
  assert.equal(leader?.id, 'per:karim-hamdan');
  assert.deepEqual(leader?.aliases, ['Hamdan']);
  assert.equal(leader?.parent, byName('Northern Dawn Front')?.id);
  assert.equal(byName('Sami bin Tarek')?.type, 'PERSON');
  assert.equal(byName('Sami bin Tarek')?.parent, byName('Northern Dawn Front')?.id);
});

test("a person's name listed as a group's synonym is not a group alias; the group's short forms stay", () => {
  const group = byName('Northern Dawn Front');
  assert.equal(group?.type, 'ARMED_GROUP');
  assert.ok(!group?.aliases.includes('Karim Haddad'));
  assert.ok(group?.aliases.includes('NDF') && group.aliases.includes('Dawn Front') && group.aliases.includes('Northern Dawn'));
});

test('a regional code shared by several records names no parent', () => {
  assert.equal(byName('Ziad Farhat')?.type, 'PERSON');
  assert.equal(byName('Ziad Farhat')?.parent, null);
  assert.equal(byName('Valley Shield Brigades')?.type, 'ARMED_GROUP');
});

test('a name that opens a group name in the file stays a group ("Abu Sayyaf" of "Abu Sayyaf Group")', () => {
  assert.equal(byName('Karim Nasser')?.type, 'ARMED_GROUP');
});
