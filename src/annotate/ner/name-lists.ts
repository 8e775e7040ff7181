// The tagger's name lists, for rules outside it: given names, words usually written in lowercase,
// places and peoples (models/ner/gaz-first, gaz-lower, gaz-geo, gaz-norp), read once per process.
import { MODEL_DIR, readGazetteers } from './model-files.ts';
import type { Gazetteer } from './gazetteer.ts';

export interface NameLists {
  first: Gazetteer;
  lower: Gazetteer;
  geo: Gazetteer;
  norp: Gazetteer;
}

let lists: NameLists | null = null;

export function taggerNameLists(): NameLists {
  if (!lists) {
    const [first, lower, geo, norp] = readGazetteers(MODEL_DIR, ['first', 'lower', 'geo', 'norp']);
    lists = { first, lower, geo, norp };
  }
  return lists;
}
