// Texts the sentence splitter reads once before its first real text, so V8 has seen every branch
// of the tokeniser, sentence breaks and tagger before it optimises them. Without them the first
// hours of a process are mostly plain ASCII prose: the optimised code then leaves out the rare
// branches (a capital outside ASCII, a title-case headline, a text ending inside an abbreviation),
// and the first real text that takes one throws that code away; recompiling tagSpans with all it
// inlines cost 50-100 ms of CPU each time (V8's --trace-opt on unseen real news, fresh process).
// The pieces are our own, joined into flat strings as the cleaner gives them (a rope of
// concatenations would teach the code a string kind real text never has).
import { mulberry32 } from '../../seeded-random.ts';

/** Pieces of news text, odd ones included: abbreviations, marks, numbers, addresses, other scripts, emoji. */
const PIECES = [
  'U.S.', 'Col.-Gen.', 'No. 5', 'e.g.', 'J.', 'St.', 'Mr', 'Inc.', 'p.m.', 'Colo. (KXYZ) –', "'s", "n't", "didn't", "O'Neill",
  'AT&T', '’', '“', '”', '"', "'", '(', ')', '[', ']', '—', '–', '-', '--', '...', '…', '.', ',', ';', ':', '!', '?', '?!',
  '\n', '\n\n', ' ', '  ', '\t', '\u00a0', '\u200b', '1,500', '3.5', '15th', '10:30', '€5', '40°', '«', '»', '&amp;',
  'https://x.example/a?b=1.', 'www.example.org', 'a@b.example', '@handle', '#tag', 'news.trust.org', 'fox8.comAKRON', '59INDIANAPOLIS',
  'Miličević', 'Łódź', 'Économie', 'İstanbul', 'ÇANAKKALE', 'Душанбе', 'الرياض', '北京', 'e\u0301', '🇹🇯', '👍🏽', '\ud83d',
  'al-Qaida', 'Tajik–Afghan', 'KABUL', 'the', 'drills', 'Khatlon', 'shelling', 'wounded',
  'Gunman Charged With Shooting Outside Downtown Nightclub\n',
];
/** Texts read; each is 1 to MAX_PIECES pieces: about 2,000 pieces, each met some 25 times; 25-35 ms of CPU once. */
const TEXTS = 100;
const MAX_PIECES = 40;
/** Tokens in one sentence of the warm-up: past the kernel's limit (pos-kernel.ts MAX_KERNEL_TOKENS), so the JS decode runs too. */
const LONG_SENTENCE_WORDS = 4200;
const SEED = 20261122;

/** The warm-up texts, the same every run. */
export function warmUpTexts(): string[] {
  const rand = mulberry32(SEED);
  const texts: string[] = [];
  for (let k = 0; k < TEXTS; k++) {
    const parts: string[] = [];
    const n = 1 + Math.floor(rand() * MAX_PIECES);
    for (let i = 0; i < n; i++) parts.push(PIECES[Math.floor(rand() * PIECES.length)], rand() < 0.5 ? ' ' : '');
    texts.push(parts.join(''));
  }
  texts.push(new Array(LONG_SENTENCE_WORDS).fill('troops').join(' '));
  return texts;
}
