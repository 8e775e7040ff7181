// The KB build rules on small inputs written in each source's format: parsers, the noise filter,
// written-case conversion and the merge of sources.
import test from 'node:test';
import assert from 'node:assert/strict';
import { dropReason, splitParenthetical, writtenName } from './filter.ts';
import { parseActors, internationalEntries, milNonStateEntries, stateForceEntries } from './petrarch.ts';
import { parseCountryInfo } from './countryinfo.ts';
import { countryEntries, demonymPlural } from './countries.ts';
import { parseCsv, ucdpEntries } from './ucdp.ts';
import { ofacEntries } from './ofac.ts';
import { KbBuilder } from './merge.ts';

test('generic, one-letter and common-word source aliases are dropped with a reason', () => {
  assert.equal(dropReason('The Party'), 'generic-words');
  assert.equal(dropReason('Organization'), 'generic-words');
  assert.equal(dropReason('Security Council'), 'generic-words');
  assert.equal(dropReason('X'), 'too-short');
  assert.equal(dropReason('KR'), 'too-short');
  assert.equal(dropReason('Dawn'), 'common-word');
  assert.equal(dropReason('Congo (Brazzaville)'), 'malformed');
  assert.equal(dropReason("People's Liberation Army"), null);
  assert.equal(dropReason('M23'), null);
  assert.equal(dropReason('Jamaat Ansarullah'), null);
  assert.equal(dropReason('CAR'), 'common-word', 'an acronym that is an English word');
  assert.equal(dropReason('Muhammed'), 'common-word', 'a given name alone');
  assert.equal(dropReason('The United Nations'), 'leading-the');
});

test('aliases that read as dates, months, weekdays or numbers are dropped; longer names with a date stay', () => {
  for (const a of ['May 15', '17 November', 'June 78', '2nd of June', 'Friday', 'March', '1982']) assert.equal(dropReason(a), 'date-like', a);
  for (const a of ['May 15 Organization for the Liberation of Palestine', 'March 23 Movement', 'Black September']) assert.equal(dropReason(a), null, a);
});

test('UPPER_CASE source phrases become written names; short single words stay acronyms', () => {
  assert.equal(writtenName('ABU_NIDAL_ORGANIZATION'), 'Abu Nidal Organization');
  assert.equal(writtenName('ISLAMIC STATE OF IRAQ AND THE LEVANT'), 'Islamic State of Iraq and the Levant');
  assert.equal(writtenName('AL-SHABAAB'), 'al-Shabaab');
  assert.equal(writtenName("AL QA'IDA"), "Al Qa'ida");
  assert.equal(writtenName('LTTE_'), 'LTTE');
  assert.equal(writtenName('ISIS-K'), 'ISIS-K');
  assert.equal(writtenName('IS-KHORASAN'), 'IS-Khorasan');
  assert.equal(writtenName('IRAN_', false), 'Iran');
  assert.deepEqual(splitParenthetical('Islamic Army of Aden (IAA)'), ['Islamic Army of Aden', 'IAA']);
});

test('TABARI actor records keep synonyms, undated codes and mark office holders', () => {
  const text = [
    '# a comment',
    'ABU_NIDAL_ORGANIZATION [IMGMUSALQ] #  kkl 21 Mar 13',
    '+FATAH_REVOLUTIONARY_COUNCIL_',
    '',
    'KOFI_ANNAN_',
    '+K._ANNAN_',
    '\t[IGOUNO 970101-061231]',
    'UNITED_NATIONS_CHILDRENS_FUND_\t[IGOUNOKID]# NGO_Actors',
    'UNICEF_\t[IGOUNOKID]',
  ].join('\n');
  const recs = parseActors(text);
  assert.equal(recs.length, 4);
  assert.deepEqual(recs[0].names, ['Abu Nidal Organization', 'Fatah Revolutionary Council']);
  assert.deepEqual(recs[0].codes, ['IMGMUSALQ']);
  assert.equal(recs[1].dated, true);
  const orgs = internationalEntries(text).map((e) => e.name);
  assert.deepEqual(orgs, ['United Nations Childrens Fund', 'Unicef'], 'office holders and unrelated codes are skipped');
  const groups = milNonStateEntries('TALIBAN_ [AFGREB]\n+TALEBAN_\n', new Map([['AFG', 'AF']]), { given: new Set(), family: new Set() });
  assert.deepEqual(groups[0], { id: 'grp:taliban', type: 'ARMED_GROUP', name: 'Taliban', aliases: ['Taleban'], country: 'AF', parent: null, sources: ['petrarch'] });
});

test('state institutions of the country file become forces linked to their country', () => {
  const text = 'INTER-SERVICES_INTELLIGENCE\n+DIRECTORATE_FOR_INTER-SERVICES_INTELLIGENCE\n\t[PAKSPY]\nHAMID_KARZAI_  [AFGMIL]; CountryInfo.txt\n';
  const got = stateForceEntries(text, new Map([['PAK', 'PK'], ['AFG', 'AF']]));
  assert.equal(got.length, 1);
  assert.equal(got[0].name, 'Inter-Services Intelligence');
  assert.equal(got[0].parent, 'cty:PK');
});

test('CountryInfo blocks give a country, its demonym as NORP, its capital and its state forces', () => {
  const text = [
    '<!-- header that mentions <Country> tags -->',
    '<Country>',
    '<CountryCode>TJK</CountryCode>',
    '<CountryName>TAJIKISTAN</CountryName>',
    '<COW-Numeric>702</COW-Numeric>',
    '<ISO3166-alpha2>TJ</ISO3166-alpha2>',
    '<ISO3166-alpha3>TJK</ISO3166-alpha3>',
    '<Nationality>\n\tTAJIK_\n\tTADZHIKISTAN_\n</Nationality>',
    '<Capital>\n\tDUSHANBE_\n\tSTALINABAD_\n</Capital>',
    '</Country>',
  ].join('\n');
  const recs = parseCountryInfo(text);
  assert.equal(recs.length, 1);
  assert.deepEqual([recs[0].iso2, recs[0].cow, recs[0].name], ['TJ', 702, 'Tajikistan']);
  assert.deepEqual(recs[0].demonyms, ['Tajik']);
  assert.deepEqual(recs[0].variants, ['Tadzhikistan']);
  const entries = countryEntries(recs, {});
  const ids = entries.map((e) => e.id);
  assert.deepEqual(ids, ['cty:TJ', 'cap:tj-dushanbe', 'mil:tj-armed-forces', 'gov:tj-mod']);
  assert.deepEqual(entries[0].norp, ['Tajik', 'Tajiks']);
  assert.ok(entries[2].aliases.includes('Tajik troops'));
  assert.ok(entries[3].aliases.includes("Tajikistan's Defence Ministry"));
  assert.equal(demonymPlural('Chinese'), null);
  assert.equal(demonymPlural('Afghan'), 'Afghans');
});

test('UCDP rows: rename chains become aliases, governments are skipped, factions get a parent', () => {
  const csv = [
    'ActorId,NameData,NameOrig,NameOrigFull,NameOrigFullEng,NewName,NewNameFullEng,Org,JoinGroup,ActorIdGroup,ActorIdPrev,GWNOLoc',
    '303,Taleban,Taleban,Taleban,Taleban,,,1,0,,,"700, 770"',
    '131,Government of Tajikistan,Government of Tajikistan,n/a,Government of Tajikistan,,,4,0,,,702',
    '856,Taleban - Ali Dad faction,Taleban - Ali Dad faction,n/a,Taleban - Ali Dad faction,,,1,0,,303,700',
    '234,IS,"Jama’at Al-Tawhid wa Al-Jihad",n/a,The Monotheism and Jihad Group,"ISI, IS","Islamic State of Iraq, Islamic State",1,0,,,645',
  ].join('\n');
  assert.equal(parseCsv(csv).length, 5);
  const { entries, skippedGovernments } = ucdpEntries(csv, new Map([[700, 'AF'], [645, 'IQ']]));
  assert.equal(skippedGovernments, 1);
  assert.equal(entries[0].country, 'AF');
  assert.equal(entries[1].parent, entries[0].id);
  assert.deepEqual(entries[2].aliases.slice(0, 3), ['ISI', 'Islamic State', 'Islamic State of Iraq']);
});

test('OFAC: FTOs and armed-group names kept with remark aliases; front companies skipped', () => {
  const jsonl = [
    JSON.stringify({ ofac_ent_num: 1, name: 'ISIL KHORASAN', programs: ['FTO'], fto: true, aliases: ['ISIS-K', 'IS-KHORASAN'], remarks: '' }),
    JSON.stringify({ ofac_ent_num: 2, name: 'ARMED ISLAMIC GROUP', programs: ['SDGT'], fto: false, aliases: [], remarks: "a.k.a. 'GIA'." }),
    JSON.stringify({ ofac_ent_num: 3, name: 'AL-BARAKA EXCHANGE LLC', programs: ['SDGT'], fto: false, aliases: [], remarks: '' }),
  ].join('\n');
  const { entries, skippedNonArmed } = ofacEntries(jsonl);
  assert.equal(skippedNonArmed, 1);
  assert.deepEqual(entries[0].aliases, ['ISIS-K', 'IS-Khorasan']);
  assert.deepEqual(entries[1].aliases, ['GIA']);
});

test('merging: a later source joins the curated entry by name; claimed aliases stay with the first', () => {
  const kb = new KbBuilder();
  const base = { country: null, parent: null };
  kb.add('curated', [{ id: 'grp:taliban', type: 'ARMED_GROUP', name: 'Taliban', aliases: ['Taleban'], sources: ['curated'], ...base }], true);
  kb.add('ucdp', [
    { id: 'grp:taleban', type: 'ARMED_GROUP', name: 'Taleban', aliases: ['Islamic Movement of Taliban'], sources: ['ucdp'], ...base },
    { id: 'grp:other', type: 'ARMED_GROUP', name: 'Other Front Fighters Union', aliases: ['Taliban', 'The Party'], sources: ['ucdp'], ...base },
  ]);
  const [taliban, other] = kb.entries;
  assert.deepEqual(taliban.sources, ['curated', 'ucdp']);
  assert.deepEqual(taliban.aliases, ['Taleban', 'Islamic Movement of Taliban']);
  assert.deepEqual(other.aliases, []);
  assert.equal(kb.stats.ucdp.dropped.collision, 1);
  assert.equal(kb.stats.ucdp.dropped['generic-words'], 1);
});
