// Natural features named like bodies: "the Black Sea", "the Danube Delta", "the Indo-Australian
// Fault". The tagger, seeing a capitalised run after "the", sometimes reads an organisation; a
// name whose head word is a sea, river, mountain range, fault, brook, cave or road is a place,
// wherever it stands.
import type { Mention } from '../../model.ts';

/** Head words of natural features' names. */
const FEATURE_HEADS = new Set(
  (
    'sea ocean river delta lake gulf bay desert valley peninsula strait straits mountains range plateau basin ' +
    'canyon glacier archipelago fault rift island islands coast highlands lowlands ' +
    // Smaller waters and grounds, and roads ("Hancock Brook", "Lincoln Reservoir", "Collins Ave").
    'brook pond reservoir creek stream cave caves hollow forest woods hill hills marsh swamp wetland ' +
    'highway avenue ave street road boulevard'
  ).split(' '),
);

/** True when a name of two or more words ends with a natural feature's head word. */
export function isFeatureName(surface: string): boolean {
  const words = surface.split(/\s+/);
  return words.length >= 2 && FEATURE_HEADS.has(words[words.length - 1].toLowerCase());
}

/** The mentions, with the tagger's organisation readings of natural features' names typed LOC. */
export function markNaturalFeatures(text: string, mentions: Mention[]): Mention[] {
  return mentions.map((m) =>
    m.type === 'ORG' && !m.kbId && m.rule === 'ner-perceptron' && isFeatureName(text.slice(m.start, m.end))
      ? { ...m, type: 'LOC', rule: 'name:natural-feature' }
      : m,
  );
}
