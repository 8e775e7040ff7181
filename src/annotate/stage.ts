// The language layer events are built from: sentences and tokens, entity mentions, dates and
// quantities, each a character span of the stored text.
import type { Stage } from '../stage.ts';
import { splitSentences } from './sentences.ts';
import { findEntities } from './entities.ts';
import { findDates } from './dates.ts';
import { findQuantities } from './quantities.ts';

/** The annotators are English-only; other languages keep their text but get no annotations. */
const ANNOTATED_LANGUAGES = new Set(['eng', 'und']);

export const annotateStage: Stage = {
  name: 'annotate',
  needs: ['article'],
  adds: ['sentences', 'entities', 'dates', 'quantities'],
  run(doc) {
    const a = doc.article!;
    if (a.language && !ANNOTATED_LANGUAGES.has(a.language)) {
      doc.sentences = [];
      doc.entities = [];
      doc.dates = [];
      doc.quantities = [];
      return;
    }
    const sentences = splitSentences(a.text);
    doc.sentences = sentences;
    doc.entities = findEntities(a.text, sentences);
    doc.dates = findDates(a.text, a.published);
    doc.quantities = findQuantities(a.text);
  },
};
