// The stage contract (after spaCy's pipeline components): a stage declares what it needs on the
// working document and what it adds, and `pipeline.ts` checks the chain at start-up.
import type { Article, DateMention, Event, Mention, Place, Quantity, RawDocument, Sentence } from './model.ts';
import type { Store } from './store.ts';
import type { Config } from './config.ts';

/** The working document that flows through the stages. Each key is filled by exactly one stage. */
export interface Doc {
  raw?: RawDocument;
  article?: Article;
  sentences?: Sentence[];
  entities?: Mention[];
  places?: Place[];
  dates?: DateMention[];
  quantities?: Quantity[];
  /** Event mentions found in this article (one per real event, merged within the article). */
  events?: Event[];
  /** Set by a stage that decides the rest of the pipeline must not run (e.g. a duplicate). */
  stop?: string;
}

export type DocKey = Exclude<keyof Doc, 'stop'>;

export interface StageContext {
  config: Config;
  /** Absent when a command runs without a store (`sitrep clean`, `sitrep annotate`). */
  store?: Store;
  /** When present, each stage adds its wall-clock milliseconds here (for `npm run bench`). */
  timings?: Map<string, number>;
}

export interface Stage {
  name: string;
  needs: DocKey[];
  adds: DocKey[];
  run(doc: Doc, ctx: StageContext): void | Promise<void>;
  /**
   * The stage reads or writes the store. Worker threads run every stage without a store (such a
   * stage then does only its pure part); the main thread runs these stages again with the store.
   */
  usesStore?: boolean;
}
