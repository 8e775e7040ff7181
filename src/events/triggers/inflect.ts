// Surface forms for lexicon words. The lexicon is written in lemmas ("shell", "air strike") and
// expanded here rather than lemmatising the article: a few non-words from overgeneration
// ("shelld") never match anything, while a missed form would silently lose a trigger.

const VOWEL = /[aeiou]/;
/** Consonants that double before -ed/-ing after a single short vowel ("ban" → "banned"). */
const DOUBLING = /[bdgklmnprt]$/;

export function nounForms(word: string): string[] {
  const out = [word];
  if (/(s|sh|ch|x|z)$/.test(word)) out.push(word + 'es');
  else if (/[^aeiou]y$/.test(word)) out.push(word.slice(0, -1) + 'ies');
  else out.push(word + 's');
  return out;
}

export function verbForms(word: string): string[] {
  const out = new Set<string>([word]);
  // third person
  if (/(s|sh|ch|x|z|o)$/.test(word)) out.add(word + 'es');
  else if (/[^aeiou]y$/.test(word)) out.add(word.slice(0, -1) + 'ies');
  else out.add(word + 's');
  // past and participle
  if (word.endsWith('e')) out.add(word + 'd');
  else if (/[^aeiou]y$/.test(word)) out.add(word.slice(0, -1) + 'ied');
  else out.add(word + 'ed');
  // gerund
  if (/[^e]e$/.test(word)) out.add(word.slice(0, -1) + 'ing');
  else if (word.endsWith('ie')) out.add(word.slice(0, -2) + 'ying');
  else out.add(word + 'ing');
  // one short syllable ending in a doubling consonant: "ban" → "banned", "banning"
  const vowelGroups = word.match(/[aeiouy]+/g) ?? [];
  if (vowelGroups.length === 1 && DOUBLING.test(word) && VOWEL.test(word.slice(-2, -1)) && !VOWEL.test(word.slice(-3, -2) || 'x')) {
    const last = word.slice(-1);
    out.add(word + last + 'ed');
    out.add(word + last + 'ing');
  }
  return [...out];
}

/** All forms of a word used as either part of speech (cue lists, where either may occur). */
export function anyForms(word: string): string[] {
  return [...new Set([...nounForms(word), ...verbForms(word)])];
}
