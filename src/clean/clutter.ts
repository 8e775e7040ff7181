// The clutter filter: page furniture that survives extraction (share rows, "Related content"
// sections, cookie and newsletter notices, bylines and datelines, captions, teaser lists). It
// judges each paragraph by its words and shape, so it serves HTML-derived and plain text alike,
// and it returns a reason for every paragraph it would cut.
import type { Block } from './text.ts';
import { isTeaserHeadline, teaserRuns } from './teasers.ts';

/** Furniture lines are short; a paragraph longer than this is prose whatever words it has. */
const SHORT_LINE = 120;
/** Notices (cookies, newsletters) run to a few sentences at most. */
const NOTICE_MAX = 400;
/** A "Related" heading in the first part of the text is a mid-article box, not the page tail. */
const TAIL_START = 0.5;
/** Navigation: runs of this many fully linked short paragraphs. */
const NAV_RUN = 2;
/** A paragraph whose text is at least this share link text reads as a link, not prose. */
const LINKED = 0.8;
/** After a "Related" heading at the page tail, a paragraph this much link is a teaser. */
const TAIL_LINKED = 0.3;

const SOCIAL_WORDS = new Set([
  'share', 'shares', 'facebook', 'twitter', 'x', 'whatsapp', 'pinterest', 'pint', 'pin', 'linkedin', 'email',
  'e-mail', 'mail', 'print', 'reddit', 'telegram', 'messenger', 'flipboard', 'tumblr', 'vk', 'copy', 'link',
  'tweet', 'comment', 'comments', 'save', 'sms', 'on', 'this', 'via', 'page', 'article', 'story', 'post', 'to',
  'baixar', 'compartir', 'partager', 'teilen', 'compartilhar', 'google', 'threads', 'bluesky', 'the',
]);
const SOCIAL_NETWORK = /\b(facebook|twitter|whatsapp|pinterest|linkedin|reddit|telegram|share|tweet|email)\b/i;

/** Headings that open a box of links to other stories. */
export const RELATED_HEADING = new RegExp(
  '^(related( content| articles?| stories| news| posts| coverage| topics| links| reading)?|read more|read next|' +
    'see more|also read|read also|more from .{1,40}|more (stories|news|articles|on this( story| topic)?)|' +
    'recommended( for you| stories| articles| reading)?|you (may|might) also (like|be interested in|enjoy)|' +
    'latest( news| stories)?|most (read|popular|viewed|shared)|trending( now| stories)?|top stories|' +
    "don'?t miss|do not miss|what to read next|further reading|in other news|popular( now| stories)?|" +
    "editor'?s picks|more in .{1,40}|also on .{1,40}|from around the web|sponsored stories|" +
    'more\\b.{0,40}\\b(stories|news|articles|reads|coverage|videos)|about the author|about the writer)\\s*[:.]?$',
  'i',
);
/** "Read more: Another story" — a one-paragraph pointer to another page. */
const POINTER = /^(read more|see more|read also|also read|related|more|watch|listen|see also|read|don'?t miss|must read|recommended|click here)\s*[:|»>-]\s*\S/i;
const ADVERT = /^(advertisement|advertising|ad|sponsored( content)?|paid content|promoted|story continues below( advertisement)?|article continues below( advertisement)?|continue reading( below| the main story)?|scroll to continue( with content)?)\s*[:.]?$/i;
const COOKIE = /\bcookies?\b/i;
const COOKIE_CONTEXT = /\b(we use|this (web)?site uses|accept|consent|privacy|browsing experience)\b/i;
const NEWSLETTER = /\b(sign up|signup|subscribe|register)\b.*\b(newsletters?|inbox|alerts|e-?mail updates|briefing|daily digest)\b|\bget\b.{0,40}\b(newsletters?|in your inbox|news alerts)\b|\bnewsletters?\b.*\b(sign up|subscribe)\b|^subscribe to\b|\b(news|e-?mail) (alerts|emails)$/i;
/** "Follow us on Twitter" and its kin: a pointer to social accounts. */
const FOLLOW = /^(follow|like|join)\b.{0,60}\b(on|at)\s+(twitter|facebook|instagram|x|youtube|telegram|linkedin|tiktok)\b/i;
/** "Home » World » Asia": a breadcrumb trail. */
const BREADCRUMB = /^home\b|(\s[»›>/|]\s.*){2}/i;
const ACCOUNT = /^(subscribe( now)?|sign in|sign up|log ?in|log out|register|my account|menu|search|close|skip to (main )?content|back to top|home|next|previous|loading\.*)$/i;
const COPYRIGHT = /^(©|\(c\)|copyright\b)|\ball rights reserved\b/i;
const DATE_WORDS = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)|\b\d{1,2}[:/.]\d{2}\b|\b\d{4}-\d{2}-\d{2}\b/i;
const DATE_LABEL = /^(published|updated|posted|last (updated|modified)|modified|first published|date)\b/i;
const BYLINE = /^(by|written by|words by|reporting by|story by)\s+\p{Lu}/iu;
const CAPTION = /\b(credit|photo|image|picture|source|foto|photograph)s?\s*:\s*[^.]{1,80}\)?$|^\d+\s?of\s?\d+\S|^(image|photo|picture|slide)s?\s+(\d+\s*(of|\/)|copyright|credit|source)\b|^caption$|^(image|photo) copyright\b/i;
/** "02 Ago 2017", "2019-11-19", "19.11.2019": a date standing alone, in any language's month names. */
const BARE_DATE = /^(\d{1,2}\.?\s+\p{L}{3,10}\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\b/u;
/** Two or more "Label:" pairs beside a date: a post's metadata line ("Published by: … - Tags: …"). */
const LABELLED = /(\p{L}+\s*:\s*\S.*){2}/u;
const URL_ONLY = /^(https?:\/\/|www\.)\S+$/i;
const HAS_LETTER = /\p{L}/u;

export interface ClutterContext {
  /** The article's headline: a paragraph repeating it is page furniture. */
  title: string | null;
  /** The site's name: a paragraph that is only the name is a credit line. */
  outlet: string | null;
}

/** The reason each paragraph is cut, or null for body text. */
export function judgeClutter(blocks: Block[], ctx: ClutterContext): (string | null)[] {
  const reasons: (string | null)[] = blocks.map((b) => lineReason(b, ctx));
  markNavigation(blocks, reasons);
  markShoutedHeadlines(blocks, reasons);
  for (const run of teaserRuns(blocks)) for (const i of run) reasons[i] ??= 'teaser';
  markRelatedSections(blocks, reasons);
  return reasons;
}

function lineReason(b: Block, ctx: ClutterContext): string | null {
  const t = b.text;
  const short = t.length <= SHORT_LINE;
  if (!HAS_LETTER.test(t)) return 'boilerplate';
  if (b.caption || (t.length <= NOTICE_MAX && CAPTION.test(t))) return 'caption';
  if (short && isShareRow(t)) return 'share-widget';
  if (short && ADVERT.test(t)) return 'advertisement';
  if (short && ACCOUNT.test(t)) return 'site-navigation';
  if (t.length <= NOTICE_MAX && COOKIE.test(t) && COOKIE_CONTEXT.test(t)) return 'cookie-notice';
  if (t.length <= NOTICE_MAX && NEWSLETTER.test(t)) return 'newsletter';
  if (t.length <= NOTICE_MAX && COPYRIGHT.test(t)) return 'copyright';
  if (short && URL_ONLY.test(t)) return 'url';
  if (short && DATE_WORDS.test(t) && (DATE_LABEL.test(t) || isMostlyDate(t))) return 'dateline';
  if (t.length <= SHORT_LINE * 2 && BARE_DATE.test(t) && (t.length <= 30 || LABELLED.test(t))) return 'dateline';
  if (short && ((BYLINE.test(t) && !/[.!?]\s+\p{Lu}/u.test(t)) || /^by:?$/i.test(t))) return 'byline';
  if (ctx.title && same(t, ctx.title)) return 'title';
  if (ctx.outlet && same(t, ctx.outlet)) return 'byline';
  if (short && FOLLOW.test(t)) return 'social-follow';
  if (short && b.linkShare >= LINKED / 2 && BREADCRUMB.test(t)) return 'breadcrumb';
  if (short && POINTER.test(t)) return 'related-link';
  return null;
}

function same(a: string, b: string): boolean {
  return a.length === b.length ? a.toLowerCase() === b.toLowerCase() : false;
}

/** A row of sharing buttons: only social words, at least one of them a network or "share". */
export function isShareRow(t: string): boolean {
  const words = t.toLowerCase().replace(/[^\p{L}\s-]/gu, ' ').split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => SOCIAL_WORDS.has(w)) && SOCIAL_NETWORK.test(t);
}

/** "Nov. 20, 2019 1:35 a.m." — a line that is a date and time and little else. */
function isMostlyDate(t: string): boolean {
  const rest = t.replace(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\b(am|pm|a\.m\.|p\.m\.|gmt|utc|[a-z]st|[a-z]dt|updated|published)\b|[\d\s,.:/|-]+/gi, '');
  return rest.replace(/\W/g, '').length <= 3;
}

function isLinkLine(b: Block): boolean {
  return b.linkShare >= LINKED && b.text.length <= SHORT_LINE;
}

/** Teaser lists print a short capitalised label above each headline ("EYE POPPING"). */
const KICKER_MAX_CHARS = 40;
function isKicker(t: string): boolean {
  return t.length <= KICKER_MAX_CHARS && isShouted(t);
}

/** All capitals, in a script that has capitals (Arabic or Chinese text is not "shouted"). */
function isShouted(t: string): boolean {
  return t === t.toUpperCase() && t !== t.toLowerCase();
}

/** Shouted headlines in a row ("SENATOR RESIGNS AFTER…") are a list of links to other stories. */
function markShoutedHeadlines(blocks: Block[], reasons: (string | null)[]): void {
  const shouted = (b: Block) =>
    b.text.length <= SHORT_LINE && b.text.split(' ').length >= 3 && isShouted(b.text) && !/[.!?]$/.test(b.text);
  for (let i = 0; i < blocks.length; i++) {
    let j = i;
    while (j < blocks.length && shouted(blocks[j])) j++;
    if (j - i >= NAV_RUN) for (let k = i; k < j; k++) reasons[k] ??= 'teaser';
    i = j;
  }
}

/** Runs of short, all-link paragraphs are menus and link lists. */
function markNavigation(blocks: Block[], reasons: (string | null)[]): void {
  let i = 0;
  while (i < blocks.length) {
    let j = i;
    while (j < blocks.length && (isLinkLine(blocks[j]) || (isKicker(blocks[j].text) && blocks[j + 1] && isLinkLine(blocks[j + 1])))) j++;
    if (j - i >= NAV_RUN) for (let k = i; k < j; k++) reasons[k] ??= 'navigation';
    i = Math.max(j, i + 1);
  }
}

/**
 * A "Related content"-type heading opens a box of teasers: the heading and the teaser-shaped
 * paragraphs after it go. Near the end of the text everything teaser-shaped after it goes; in
 * the middle the box ends at the first paragraph of prose.
 */
function markRelatedSections(blocks: Block[], reasons: (string | null)[]): void {
  const total = blocks.reduce((n, b) => n + b.text.length, 0);
  let seen = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const atTail = seen >= total * TAIL_START;
    seen += b.text.length;
    if (b.text.length > SHORT_LINE || !RELATED_HEADING.test(b.text)) continue;
    reasons[i] = 'related-content';
    for (let j = i + 1; j < blocks.length; j++) {
      const afterTeaser = j - 1 > i && reasons[j - 1] === 'teaser' && blocks[j - 1].linkShare < LINKED && isTeaserHeadline(blocks[j - 1].text);
      const teaser = reasons[j] !== null || isTeaserShaped(blocks[j], afterTeaser, atTail);
      if (teaser) reasons[j] ??= 'teaser';
      else if (!atTail) break;
    }
  }
}

/**
 * Headline-like, mostly link, cut off with an ellipsis, or (at the page tail) a short blurb
 * right after an unlinked teaser headline.
 */
function isTeaserShaped(b: Block, afterTeaserHeadline: boolean, atTail: boolean): boolean {
  if (b.linkShare >= (atTail ? TAIL_LINKED : LINKED)) return true;
  if (isTeaserHeadline(b.text) || /(…|\.\.\.)$/.test(b.text)) return true;
  return atTail && afterTeaserHeadline && b.text.length <= NOTICE_MAX;
}
