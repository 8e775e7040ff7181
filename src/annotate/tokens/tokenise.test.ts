import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newTokenList, tokenise } from './tokenise.ts';
import { sentenceStarts } from './sentence-breaks.ts';

const words = (text: string) => {
  const t = tokenise(text);
  return Array.from(t.start.subarray(0, t.count), (s, i) => text.slice(s, t.end[i]));
};
const sentences = (text: string) => {
  const t = tokenise(text);
  const starts = sentenceStarts(text, t);
  return starts.map((s, k) => text.slice(t.start[s], t.end[(starts[k + 1] ?? t.count) - 1]));
};

test('clitics are their own tokens, as in the treebank the NER tagger learned from', () => {
  assert.deepEqual(words("They didn't say if Iran's envoy can't or won't come; we're told I'm late."),
    ['They', 'did', "n't", 'say', 'if', 'Iran', "'s", 'envoy', 'ca', "n't", 'or', 'wo', "n't", 'come', ';',
      'we', "'re", 'told', 'I', "'m", 'late', '.']);
  assert.deepEqual(words('the Taliban’s leader and O’Neill'), ['the', 'Taliban', '’s', 'leader', 'and', 'O’Neill']);
  assert.deepEqual(words("the soldiers' guns"), ['the', 'soldiers', "'", 'guns']);
});

test('abbreviations, initials and dotted names keep their dot; a plain full stop stands alone', () => {
  assert.deepEqual(words('Col.-Gen. Ivanov met John F. Kennedy in the U.S. at 10 a.m., e.g. on No. 5 road.'),
    ['Col.-Gen.', 'Ivanov', 'met', 'John', 'F.', 'Kennedy', 'in', 'the', 'U.S.', 'at', '10', 'a.m.', ',', 'e.g.',
      'on', 'No.', '5', 'road', '.']);
  // "no" before no number is the word, and its full stop ends the sentence.
  assert.deepEqual(words('He said no.'), ['He', 'said', 'no', '.']);
  assert.deepEqual(words('the U.S.-led coalition'), ['the', 'U.S.-led', 'coalition']);
});

test('numbers, times, ordinals, hyphenated and non-Latin words stay whole', () => {
  assert.deepEqual(words('1,500 troops (3.5%) left at 10:30 on the 15th: a 20-year-old from Łódź met Miličević in Москва.'),
    ['1,500', 'troops', '(', '3.5', '%', ')', 'left', 'at', '10:30', 'on', 'the', '15th', ':', 'a', '20-year-old',
      'from', 'Łódź', 'met', 'Miličević', 'in', 'Москва', '.']);
  assert.deepEqual(words('al-Qaida’s cell'), ['al-Qaida', '’s', 'cell']);
});

test('URLs, e-mail addresses and handles are one token, without the sentence punctuation after them', () => {
  assert.deepEqual(words('See https://example.org/a?b=1, mail desk@news.example.com. Follow @press_desk #Khorog!'),
    ['See', 'https://example.org/a?b=1', ',', 'mail', 'desk@news.example.com', '.', 'Follow', '@press_desk', '#Khorog', '!']);
});

test('quotes and brackets stand alone and offsets point into the text as given', () => {
  const text = '“Lightly” wounded (two)  near\u00a0Khorog…';
  const t = tokenise(text);
  assert.deepEqual(words(text), ['“', 'Lightly', '”', 'wounded', '(', 'two', ')', 'near', 'Khorog', '…']);
  for (let i = 0; i < t.count; i++) assert.ok(t.end[i] > t.start[i]);
});

test('sentences end at stops before capitals, never after titles, initials or "No." before a number', () => {
  assert.deepEqual(sentences('Gen. Karimov signed order No. 12 on Jan. 27. J. R. Smith spoke. The drills began.'),
    ['Gen. Karimov signed order No. 12 on Jan. 27.', 'J. R. Smith spoke.', 'The drills began.']);
});

test('a closing quote stays with its sentence, and a quoted exclamation before "she said" ends none', () => {
  assert.deepEqual(sentences('“Help!” she shouted. “Run.” He ran (fast.) Then he hid.'),
    ['“Help!” she shouted.', '“Run.”', 'He ran (fast.)', 'Then he hid.']);
});

test('"U.S." ends a sentence before a capital but not before a lone capital or a lowercase word', () => {
  assert.deepEqual(sentences('Aid came from the U.S. The talks stalled. U.S. A team of U.S. officials left.'),
    ['Aid came from the U.S.', 'The talks stalled.', 'U.S. A team of U.S. officials left.']);
});

test('an ellipsis ends a sentence only before a capital; a line break always ends one', () => {
  assert.deepEqual(sentences('He waited... and waited… Nobody came\nTroops Mass Near Border\n\nIt ends'),
    ['He waited... and waited…', 'Nobody came', 'Troops Mass Near Border', 'It ends']);
});

test('clitics already split off by spaces, as in treebank text joined by spaces, stay clitics', () => {
  assert.deepEqual(words("Hitchcock 's films did n't sell and they 're gone ; say 'scuse me"),
    ['Hitchcock', "'s", 'films', 'did', "n't", 'sell', 'and', 'they', "'re", 'gone', ';', 'say', "'", 'scuse', 'me']);
});

test('a clock time written against its number is one token and holds its day', () => {
  assert.deepEqual(words('at 10:30p.m. Wednesday and 1a.m. Friday'), ['at', '10:30p.m.', 'Wednesday', 'and', '1a.m.', 'Friday']);
  assert.deepEqual(sentences('Shots rang out at 10:30p.m. Wednesday near the bar.'), ['Shots rang out at 10:30p.m. Wednesday near the bar.']);
});

test('a bracket after a plain full stop opens a new sentence; after a dateline state it does not', () => {
  assert.deepEqual(sentences('The crowd left. (Photo: Jane Roe) AURORA, Colo. (KXYZ) – A man was hurt.'),
    ['The crowd left.', '(Photo: Jane Roe) AURORA, Colo. (KXYZ) – A man was hurt.']);
});

test('a dot touching a lowercase word is inside a name, and a dot before a lowercase word after a space ends a sentence', () => {
  assert.deepEqual(sentences('They posted on alt.religion.scientology for years. image caption: the square'),
    ['They posted on alt.religion.scientology for years.', 'image caption: the square']);
});

test('a token list passed back is refilled: a short text after a long one keeps only its own tokens', () => {
  const long = Array.from({ length: 300 }, (_, i) => `Soldier${i} fled.`).join(' ');
  const reused = tokenise(long, newTokenList(4));
  assert.equal(reused.count, 900);
  const fresh = tokenise('Troops left Kabul.');
  const again = tokenise('Troops left Kabul.', reused);
  assert.equal(again.count, 4);
  assert.deepEqual([...again.start.subarray(0, 4)], [...fresh.start.subarray(0, fresh.count)]);
  assert.deepEqual([...again.end.subarray(0, 4)], [...fresh.end.subarray(0, fresh.count)]);
  assert.deepEqual([...again.kind.subarray(0, 4)], [...fresh.kind.subarray(0, fresh.count)]);
});
