// What story clustering sees of one article: weighted terms of its title and text, and keys for
// the actors, places and event types found in it, plus the day it speaks about.
import type { Article, Event, Mention, Place } from '../model.ts';
import { sublinear, termCounts } from './terms.ts';
import { articleAnchors, yearsStated, type Anchors } from './anchors.ts';

/** The headline names the story; its words count this many times a body word. */
const TITLE_WEIGHT = 3;
/** The lead says what happened; its words count this many times a later body word. */
const LEAD_WEIGHT = 2;
/** The lead: the first paragraph, cut at about this many characters (news leads run one or two sentences). */
const LEAD_CHARS = 300;

function lead(text: string): string {
  const para = text.split(/\n\s*\n/, 1)[0];
  return para.length <= LEAD_CHARS ? para : para.slice(0, para.lastIndexOf(' ', LEAD_CHARS) + 1 || LEAD_CHARS);
}

/** Entity types that name who or where a story is about (dates, money and the like are not entities here). */
const STORY_ENTITY_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'ARMED_GROUP', 'MILITARY_UNIT']);

/** The parts of a processed article that resolution reads (all present after the events stage). */
export interface ResolveInput {
  article: Pick<Article, 'id' | 'title' | 'text' | 'published' | 'outlet' | 'url'>;
  entities: Mention[];
  places: Place[];
  events: Event[];
}

export interface ArticleProfile {
  articleId: string;
  title: string | null;
  /** ISO day the article reports from: its publication date, else its main event's date; null when unknown. */
  day: string | null;
  terms: Map<string, number>;
  keys: Map<string, number>;
  /** Its people and regions, which tell incidents of one kind apart (src/resolve/anchors.ts). */
  anchors: Anchors;
  /** The stemmed words of its headline (numbers aside), which name what the story is about; absent in profiles built before. */
  headline?: string[];
  /** The years its headline and text state: a follow-up years later names the year of the story it returns to. */
  years?: string[];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

function articleDay(input: ResolveInput): string | null {
  if (input.article.published && ISO_DAY.test(input.article.published)) return input.article.published.slice(0, 10);
  const dated = input.events.filter((e) => !e.background && e.date?.start && ISO_DAY.test(e.date.start));
  const main = dated.find((e) => e.main) ?? dated[0];
  return main ? main.date!.start!.slice(0, 10) : null;
}

/** Entity key: the KB id when linked, else the lower-cased name as written (unlinked people still identify a story). */
function entityKey(text: string, m: Mention): string | null {
  if (!STORY_ENTITY_TYPES.has(m.type)) return null;
  if (m.kbId) return 'e:' + m.kbId.toLowerCase();
  const name = text.slice(m.start, m.end).toLowerCase().replace(/\s+/g, ' ').replace(/['’]s$/, '').trim();
  return name.length >= 3 ? 'e:' + name : null;
}

export function articleProfile(input: ResolveInput): ArticleProfile {
  const { article } = input;
  const counts = termCounts(article.title ?? '', TITLE_WEIGHT);
  termCounts(article.text, 1, counts);
  termCounts(lead(article.text), LEAD_WEIGHT - 1, counts);
  const keyCounts = new Map<string, number>();
  const bump = (k: string | null) => k && keyCounts.set(k, (keyCounts.get(k) ?? 0) + 1);
  for (const m of input.entities) bump(entityKey(article.text, m));
  for (const p of input.places) {
    if (p.country) bump('p:' + p.country);
    if (p.country && p.admin1) bump(`p:${p.country}/${p.admin1.toLowerCase()}`);
    if (p.gazetteerId && p.precision === 'point') bump('p:' + p.gazetteerId);
  }
  for (const e of input.events) if (!e.background) bump('y:' + e.type);
  return {
    articleId: article.id, title: article.title, day: articleDay(input), terms: sublinear(counts), keys: sublinear(keyCounts),
    anchors: articleAnchors(article.text, article.title, input.entities, input.places, article.published),
    headline: [...termCounts(article.title ?? '').keys()].filter((t) => !t.startsWith('#')),
    years: yearsStated(`${article.title ?? ''}\n${article.text}`),
  };
}
