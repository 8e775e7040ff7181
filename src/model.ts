// The shapes Sitrep stores, serves and tests with. Annotations are character offsets into
// `Article.text`, never copies of it: the text at an offset is the evidence.

/** A half-open character range [start, end) into an article's stored `text`. */
export interface Span {
  start: number;
  end: number;
}

/** A word or punctuation token, with its part of speech (a Universal POS tag from src/annotate/tokens/pos-tagger.ts). */
export interface Token extends Span {
  pos: string;
}

/** A sentence and its tokens. */
export interface Sentence extends Span {
  tokens: Token[];
}

/** A passage the cleaner removed, kept so the user can see what was cut and why. */
export interface Cut {
  /** The removed text, verbatim (it is not in `Article.text`, so it is a copy by necessity). */
  text: string;
  /** Why it went: "share-widget", "related-content", "teaser", "cookie-notice", "boilerplate"… */
  reason: string;
  /** Where it was: the offset in `Article.text` where the passage would have stood. */
  at: number;
}

/** What a source handed us before cleaning: one page, file, feed item or JSONL line. */
export interface RawDocument {
  /** Where it came from, as the user named it: a path, a URL, `-` for stdin, `file.jsonl:12`. */
  source: string;
  /** `html` goes through Readability; `text` only through the clutter filter. */
  kind: 'html' | 'text';
  body: string;
  /** Metadata given by the source (JSONL fields, feed item fields, HTTP headers). It wins over what the cleaner finds. */
  given: Partial<ArticleMeta>;
}

export interface ArticleMeta {
  url: string | null;
  canonicalUrl: string | null;
  title: string | null;
  /** ISO 8601 date or date-time, as precise as the page said. */
  published: string | null;
  author: string | null;
  outlet: string | null;
}

export interface Article extends ArticleMeta {
  /** Stable id derived from the clean text, so re-ingesting the same input finds the same article. */
  id: string;
  source: string;
  /** The clean body: paragraphs separated by blank lines. Every offset in Sitrep points into this. */
  text: string;
  cut: Cut[];
  /** ISO 639-3 code from franc, or "und" when the text is too short to tell. */
  language: string | null;
  /** MinHash signature of the text's word shingles (src/dedupe/minhash.ts); near-duplicates share most values. */
  fingerprint: string;
  /** The id of the first copy when this article is a syndicated or near-identical copy. */
  duplicateOf: string | null;
  ingestedAt: string;
  /** Set when a stage failed on this article; the run goes on and the failure stays visible here. */
  error: string | null;
}

export type EntityType =
  | 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'FAC' | 'NORP'
  | 'ARMED_GROUP' | 'MILITARY_UNIT' | 'MEDIA';

/** A named thing in the text, linked to the actor knowledge base when we know it. */
export interface Mention extends Span {
  type: EntityType;
  kbId: string | null;
  /** Which rule or model proposed it: "kb-alias", "ner-perceptron", "cue:president"… */
  rule: string;
}

export type GeoPrecision = 'point' | 'region' | 'country';

/** A place mention resolved to the gazetteer. */
export interface Place extends Span {
  gazetteerId: string | null;
  name: string;
  country: string | null; // ISO alpha-2
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  precision: GeoPrecision;
  rule: string;
}

export type DatePrecision = 'day' | 'month' | 'year';

export interface DateMention extends Span {
  /** ISO date (YYYY-MM-DD, YYYY-MM or YYYY) or null when the year cannot be known. */
  value: string | null;
  endValue: string | null;
  precision: DatePrecision;
  yearResolved: boolean;
  /** Why the year is unresolved (e.g. "no publication date and no year in text"), or null. */
  reason: string | null;
  /** Month and day as read, kept so a later stage can resolve the year from context. */
  parts: { year: number | null; month: number | null; day: number | null };
  role: 'point' | 'start' | 'end' | 'interval';
  rule: string;
}

export interface Quantity extends Span {
  low: number | null;
  best: number | null;
  high: number | null;
  /** "over", "at least", "about", "dozens", "up to", "exact"… */
  qualifier: string;
  /** What is counted, when the text says: "killed", "injured", "troops", "deaths"… */
  unit: string | null;
  rule: string;
}

/** A claim: who says so, about what. */
export interface Claim {
  claimant: string;
  claimantKbId: string | null;
  stance: 'reports' | 'claims_responsibility' | 'attributes' | 'denies' | 'accuses' | 'announces';
  about: string | null;
  evidence: Evidence[];
}

/** The exact words a field came from: `text` must equal the stored article text at [start, end). */
export interface Evidence extends Span {
  articleId: string;
  text: string;
}

/** Where sources disagree about a field: every value, with the articles that give it. */
export interface Conflict {
  field: string;
  values: { value: unknown; articleIds: string[] }[];
}

/** One step of a canonical event's merge history: which mention joined, why, with what score. */
export interface MergeStep {
  mentionId: string;
  /** "created" for the first mention, "merged" for the others, "split" after an unmerge. */
  action: 'created' | 'merged' | 'split';
  score: number;
  reasons: string[];
  at: string;
}

/** A real-world event: the mentions of it in every article, reconciled. */
export interface CanonicalEvent extends Event {
  mentionIds: string[];
  /** Distinct outlets (or articles, where the outlet is unknown) reporting it. */
  corroboration: number;
  conflicts: Conflict[];
  history: MergeStep[];
  storyId: string | null;
}

/** A group of articles about one developing situation. */
export interface Story {
  id: string;
  title: string;
  start: string | null;
  end: string | null;
  articleIds: string[];
  eventIds: string[];
}

export type Modality = 'occurred' | 'ongoing' | 'planned' | 'hypothetical' | 'denied';

export interface EventActor {
  name: string;
  kbId: string | null;
  role: 'actor1' | 'actor2' | 'partner' | 'target' | 'associated';
  country: string | null;
}

export interface EventLocation {
  name: string;
  admin1: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  gazetteerId: string | null;
  /** 1 point, 2 region, 3 country (ACLED's geo_precision). */
  precision: 1 | 2 | 3;
}

export interface EventDate {
  /** ISO date; "--MM-DD" (ISO 8601 without a year) when the year is not known. */
  start: string | null;
  end: string | null;
  precision: DatePrecision;
  basis: 'stated' | 'implied';
  /** False when a stated month and day have no year yet; `reason` says why. */
  yearResolved: boolean;
  reason: string | null;
}

export interface Count {
  low: number | null;
  best: number | null;
  high: number | null;
  qualifier: string;
}

/** One event as reported; canonical events merge several of these across articles. */
export interface Event {
  id: string;
  type: string;
  tags: string[];
  actors: EventActor[];
  location: EventLocation | null;
  date: EventDate | null;
  fatalities: Count | null;
  injured: Count | null;
  claims: Claim[];
  modality: Modality;
  main: boolean;
  background: boolean;
  /** Field name (e.g. "type", "actors.0", "location") → the spans it came from. */
  evidence: Record<string, Evidence[]>;
  /** Field name → the rule or model that made it, and whether it was stated or implied. */
  provenance: Record<string, { rule: string; basis: 'stated' | 'implied' }>;
  articleIds: string[];
}
