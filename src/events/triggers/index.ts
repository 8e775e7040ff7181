// The trigger layer's public face: the event assembler calls findTriggers per sentence.
export { findTriggers, type TriggerCandidate, type SentenceInput } from './match.ts';
export { defaultLexicon, buildLexicon, type Lexicon, type LexiconEntry } from './lexicon.ts';
