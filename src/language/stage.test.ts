import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from './stage.ts';

test('English, Russian, French and Spanish news paragraphs are told apart', () => {
  assert.equal(detectLanguage('Border guards said on Tuesday that they had detained three men who were trying to carry rifles across the river at night, and that the weapons were handed to investigators.'), 'eng');
  assert.equal(detectLanguage('Пограничники во вторник задержали трёх мужчин, которые пытались ночью перевезти через реку винтовки и патроны, сообщили в ведомстве. По словам представителя службы, задержанные были доставлены в отдел полиции, где против них возбуждено уголовное дело о контрабанде оружия.'), 'rus');
  assert.equal(detectLanguage("Les gardes-frontières ont arrêté mardi trois hommes qui tentaient de faire passer des fusils de l'autre côté du fleuve pendant la nuit, selon les autorités."), 'fra');
  assert.equal(detectLanguage('Los guardias fronterizos detuvieron el martes a tres hombres que intentaban cruzar el río de noche con fusiles y munición, según las autoridades locales.'), 'spa');
});

test('too little text is undetermined rather than guessed', () => {
  assert.equal(detectLanguage('Breaking news'), 'und');
});

test('a one-sentence English report is English (franc alone calls it French)', () => {
  assert.equal(detectLanguage('Gunmen killed three soldiers at a checkpoint near Kunduz on Monday, police said.'), 'eng');
});

test('a short, name-heavy English report that franc reads as Scots is English', () => {
  // franc alone says 'sco' here; the function-word share (4 of 20 words) is too low to decide.
  const report = 'Jorge Ramirez, 31, died Monday after being shot in Pomona. Police said Ramirez was found on Holt Avenue near Garey Avenue.';
  assert.equal(detectLanguage(report), 'eng');
});
