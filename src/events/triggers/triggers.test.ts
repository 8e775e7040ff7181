import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTriggers, type TriggerCandidate } from './index.ts';
import { EVENT_TYPES, TYPES, type EventType } from '../taxonomy.ts';

/** A plain word/punctuation tokenizer with empty POS: the matcher must not need a tagger. */
function sentenceOf(text: string) {
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu)].map((m) => ({
    start: m.index!, end: m.index! + m[0].length, pos: '',
  }));
  return { start: 0, end: text.length, tokens };
}

function triggers(text: string): TriggerCandidate[] {
  return findTriggers(text, sentenceOf(text));
}

function proposes(text: string, type: EventType, words: string): boolean {
  return triggers(text).some((c) => c.type === type && text.slice(c.start, c.end).toLowerCase().includes(words.toLowerCase()));
}

/** One handwritten sentence per type, with the words that should trigger it. */
const POSITIVES: [EventType, string, string][] = [
  ['armed_clash', 'Soldiers and militants clashed for hours near the border post.', 'clashed'],
  ['armed_clash', 'Gunmen ambushed an army convoy, killing four soldiers.', 'ambushed'],
  ['attack', 'A man fired several shots at a parked car outside the school.', 'fired several shots'],
  ['government_regains_territory', 'Government troops recaptured the town of Palmyra on Sunday.', 'recaptured'],
  ['non_state_actor_overtakes_territory', 'Jihadist fighters seized control of the district headquarters overnight.', 'seized control of'],
  ['chemical_weapon', 'Doctors said the victims showed symptoms of exposure to chlorine gas.', 'chlorine gas'],
  ['air_drone_strike', 'An air strike hit a fuel depot outside the city.', 'air strike'],
  ['air_drone_strike', 'Warplanes bombed the rebel-held village at dawn.', 'bombed'],
  ['suicide_bomb', 'A suicide bomber detonated his vest at the checkpoint.', 'suicide bomber'],
  ['shelling_artillery_missile_attack', 'Separatist forces shelled residential areas of the town.', 'shelled'],
  ['remote_explosive_landmine_ied', 'A roadside bomb struck a patrol vehicle near Kandahar.', 'roadside bomb'],
  ['remote_explosive_landmine_ied', 'Two shepherds were killed when they stepped on a landmine.', 'landmine'],
  ['grenade', 'Unknown assailants threw a grenade into a crowded bar.', 'grenade'],
  ['sexual_violence', 'Survivors said soldiers raped women in the camp.', 'raped'],
  ['attack', 'Gunmen stormed the church and killed eleven worshippers.', 'killed'],
  ['attack', 'The assailants opened fire on concertgoers leaving the hall.', 'opened fire'],
  ['abduction_forced_disappearance', 'Armed men kidnapped two aid workers on the highway.', 'kidnapped'],
  ['peaceful_protest', 'Thousands of demonstrators rallied peacefully outside parliament.', 'demonstrators'],
  ['peaceful_protest', 'Dock workers went on strike over unpaid wages.', 'went on strike'],
  ['protest_with_intervention', 'Police used tear gas to disperse the protesters.', 'tear gas'],
  ['excessive_force_against_protesters', 'Security forces shot dead three protesters with live ammunition.', 'protesters'],
  ['violent_demonstration', 'Rioters torched cars and looted shops in the suburb.', 'rioters'],
  ['mob_violence', 'A mob lynched a man accused of theft.', 'lynched'],
  ['agreement', 'The two sides signed a ceasefire agreement in Doha.', 'signed'],
  ['arrest', 'Police arrested five suspects in connection with the plot.', 'arrested'],
  ['change_to_group_activity', 'The militia pledged allegiance to the Islamic State last year.', 'pledged allegiance'],
  ['disrupted_weapons_use', 'Army engineers defused a bomb planted under a bridge.', 'defused'],
  ['disrupted_weapons_use', 'Air defences intercepted two drones over the capital.', 'intercepted'],
  ['headquarters_or_base_established', 'The insurgents established a new base in the hills.', 'established'],
  ['looting_property_destruction', 'Attackers looted the market and torched the granary.', 'looted'],
  ['non_violent_transfer_of_territory', 'The garrison handed over the town to the rebels without a fight.', 'handed over'],
  ['military_exercise', 'Russian and Tajik troops held joint drills near the Afghan border.', 'joint drills'],
  ['military_exercise', 'The navy began large-scale manoeuvres in the Baltic.', 'manoeuvres'],
  ['military_exercise', 'The two armies staged war games last week.', 'war games'],
  ['military_deployment', 'The ministry sent troops to reinforce the northern frontier.', 'sent troops'],
  ['military_withdrawal', 'The contingent pulled out of the base after ten years.', 'pulled out'],
  ['military_withdrawal', 'The withdrawal of foreign troops was completed in August.', 'withdrawal'],
  ['designation_sanction', 'Washington designated the group a foreign terrorist organization.', 'designated'],
  ['designation_sanction', 'The council imposed sanctions on three militia commanders.', 'sanctions'],
  ['statement_threat', 'The commander vowed to avenge the fallen fighters.', 'vowed'],
  ['statement_threat', 'The ministry warned of retaliation for any incursion.', 'warned'],
  ['accusation_attribution', 'The government blamed the separatists for the explosion.', 'blamed'],
  ['accusation_attribution', 'The group claimed responsibility for the ambush.', 'claimed responsibility'],
  ['denial', 'The ministry dismissed the reports as baseless propaganda.', 'dismissed'],
  ['denial', 'The army denied that its units had entered the village.', 'denied'],
  ['propaganda_publication', 'The group released a new video showing its fighters.', 'released'],
  ['propaganda_publication', 'The latest issue of its weekly magazine praised the attack.', 'issue of'],
  ['group_formation', 'A new armed group was formed in the region last spring.', 'group'],
  ['group_formation', 'Several factions founded a coalition called the Liberation Front.', 'founded'],
];

for (const [type, sentence, words] of POSITIVES) {
  test(`${type}: "${sentence}" proposes it at "${words}"`, () => {
    const got = triggers(sentence).map((c) => `${c.type}:${sentence.slice(c.start, c.end)}`);
    assert.ok(proposes(sentence, type, words), `got ${got.join(', ') || 'nothing'}`);
  });
}

test('every event type except the catch-all has a handwritten positive', () => {
  const covered = new Set(POSITIVES.map(([t]) => t));
  assert.deepEqual(EVENT_TYPES.filter((t) => !covered.has(t)), ['other']);
});

test('"exercise caution" and a workout are not military exercises', () => {
  for (const s of ['Officials urged travellers to exercise caution near the border.', 'She likes to exercise every morning before work.', 'Troops were told to exercise restraint at the checkpoint.']) {
    assert.equal(triggers(s).filter((c) => c.type === 'military_exercise').length, 0, s);
  }
});

test('a labour strike is not an air strike', () => {
  const s = 'Airline pilots and air traffic controllers will strike on Monday over pay.';
  assert.equal(triggers(s).filter((c) => c.type === 'air_drone_strike').length, 0);
  assert.ok(proposes('Teachers went on strike across the province.', 'peaceful_protest', 'strike'));
});

test('fired from a job is not gunfire', () => {
  for (const s of ['The coach was fired on Monday after the defeat.', 'The company fired two hundred workers.', 'He was fired from his job at the ministry.']) {
    assert.deepEqual(triggers(s), [], s);
  }
});

test('the victims decide between an attack on civilians and an armed clash', () => {
  const civilians = triggers('Militants killed nine villagers in the raid.');
  const soldiers = triggers('Militants killed nine soldiers at the checkpoint.');
  const top = (cs: TriggerCandidate[]) => [...cs].sort((a, b) => b.score - a.score)[0].type;
  assert.equal(top(civilians), 'attack');
  assert.equal(top(soldiers), 'armed_clash');
});

test('a protest met by live fire is excessive force; one with rioting is a violent demonstration', () => {
  assert.ok(proposes('Troops fired live ammunition at protesters, killing two.', 'excessive_force_against_protesters', 'protesters'));
  assert.ok(proposes('Protesters hurled stones at police and set a bank ablaze.', 'violent_demonstration', 'protesters'));
});

test('withdrawing from a treaty is not a military withdrawal', () => {
  assert.equal(triggers('Moscow withdrew from the arms control treaty.').filter((c) => c.type === 'military_withdrawal').length, 0);
});

test('tags: terrorism, suicide and cross-border come from the sentence', () => {
  const [bomb] = triggers('A suicide bomber carried out a terrorist attack on a cross-border market.').filter((c) => c.type === 'suicide_bomb');
  assert.ok(bomb);
  assert.deepEqual([...bomb.tags].sort(), ['cross_border', 'suicide', 'terrorism']);
});

test('offsets point into the article text, not the sentence', () => {
  const article = 'Headline line\n\nLater, rebels shelled the airport.';
  const start = article.indexOf('Later');
  const sentence = sentenceOf(article.slice(start));
  const shifted = { start, end: article.length, tokens: sentence.tokens.map((t) => ({ ...t, start: t.start + start, end: t.end + start })) };
  const [c] = findTriggers(article, shifted).filter((x) => x.type === 'shelling_artillery_missile_attack');
  assert.equal(article.slice(c.start, c.end), 'shelled');
});

test('a threat framing an attack ranks above the attack it threatens', () => {
  const cands = triggers('The militia threatened to shell the city if talks failed.');
  const top = [...cands].sort((a, b) => b.score - a.score)[0];
  assert.equal(top.type, 'statement_threat');
  assert.ok(cands.some((c) => c.type === 'shelling_artillery_missile_attack'), 'the framed event stays for the assembler');
});

test('the taxonomy maps every type, with ACLED names spelled as ACLED does', () => {
  assert.equal(EVENT_TYPES.length, 34);
  assert.deepEqual(TYPES.air_drone_strike.acled, { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' });
  assert.equal(TYPES.arrest.acled?.sub_event_type, 'Arrests');
  const acledTypes = EVENT_TYPES.filter((t) => TYPES[t].acled && t !== 'group_formation');
  assert.equal(acledTypes.length, 25);
  assert.equal(TYPES.military_exercise.acled, null);
  for (const t of EVENT_TYPES) assert.ok(TYPES[t].label && TYPES[t].group, t);
});

test('a source of the report is no victim: "police said" leaves an attack on hotel guests an attack', () => {
  const s = 'Gunmen stormed a hotel on Friday, killing 12 guests, police said.';
  const top = triggers(s).sort((a, b) => b.score - a.score)[0];
  assert.equal(top.type, 'attack');
  assert.ok(proposes('Gunmen killed three police officers at a checkpoint.', 'armed_clash', 'killed'));
});

test('forces arriving at the scene of an attack are a response, not a deployment', () => {
  assert.ok(!proposes('Security forces arrived and ended the siege after six hours.', 'military_deployment', 'forces'));
  assert.ok(!proposes('Soldiers arrived at the scene after the gunmen had fled.', 'military_deployment', 'soldiers'));
  assert.ok(proposes('About 300 French troops arrived in Niamey on Tuesday.', 'military_deployment', 'troops'));
});

test('a family reading names the sentence cues that chose it in its rule', () => {
  const onCivilians = triggers('Gunmen killed six villagers at a market.').find((c) => c.type === 'attack');
  assert.ok(onCivilians);
  assert.match(onCivilians.rule, /\+family:civilian-victims$/);
  const onSoldiers = triggers('Militants killed six soldiers at a checkpoint.').find((c) => c.type === 'armed_clash');
  assert.ok(onSoldiers);
  assert.match(onSoldiers.rule, /\+family:armed-parties$/);
});

test('a participle glued to the word before it is an adjective, not a trigger: "life-threatening", "rebel-held"', () => {
  assert.ok(!proposes('None of the injuries were life-threatening.', 'statement_threat', 'threatening'));
  assert.ok(proposes('The rebels threatened to shell the town.', 'statement_threat', 'threatened'));
});

test('a "…" gap never crosses a word that opens another clause', async () => {
  const { buildLexicon } = await import('./lexicon.ts');
  const lex = buildLexicon([{ type: 'shelling_artillery_missile_attack', pos: 'fixed', score: 0.5, source: 'test', phrases: ['bazooka … launches'] }], []);
  const joined = 'The army said a bazooka then launches the shell.';
  const split = 'The firm sells a bazooka which launches a net at drones.';
  assert.equal(findTriggers(joined, sentenceOf(joined), lex).length, 1);
  assert.equal(findTriggers(split, sentenceOf(split), lex).length, 0);
});
